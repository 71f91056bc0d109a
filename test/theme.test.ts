// The default theme follows the host page's colour scheme (its inherited `color-scheme`), not the
// operating system: a page that declares nothing keeps light widgets; `theme` forces one.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import { isChromium } from './support/media.js';
import { widgetTags as tags } from './support/frame-page.js';

const light = 'rgb(255, 255, 255)';
const dark = 'rgb(20, 32, 43)';

/** The widgets inside a wrapper with `style`, each with `attributes`, rendered. */
async function widgetsIn(style: string, attributes = ''): Promise<HTMLElement[]> {
  const wrapper = document.createElement('div');
  wrapper.setAttribute('style', style);
  wrapper.innerHTML = tags.map((tag) => `<${tag} ${attributes}></${tag}>`).join('');
  document.body.append(wrapper);
  const widgets = [...wrapper.children] as Array<HTMLElement & { updateComplete: Promise<unknown> }>;
  await Promise.all(widgets.map((w) => w.updateComplete));
  return widgets;
}

/** The background of a widget's box: what a reader sees as light or dark. */
const surface = (widget: HTMLElement) => getComputedStyle(widget.shadowRoot!.querySelector('.box')!).backgroundColor;

async function emulateOsDark(dark: boolean): Promise<void> {
  await executeServerCommand('cdp', {
    method: 'Emulation.setEmulatedMedia',
    params: { features: [{ name: 'prefers-color-scheme', value: dark ? 'dark' : '' }] },
  });
}

describe('theme: follows the host page', () => {
  afterEach(() => document.querySelectorAll('body > div').forEach((d) => d.remove()));

  it('light-dark() works in this engine (the default theme is built on it)', () => {
    expect(CSS.supports('color', 'light-dark(#fff, #000)')).to.equal(true);
  });

  it('a page that declares no colour scheme gets light widgets', async () => {
    for (const widget of await widgetsIn('')) expect(surface(widget), widget.localName).to.equal(light);
  });

  it('a page (or a dark toggle) that sets color-scheme: dark gets dark widgets, and light again when it switches back', async () => {
    const widgets = await widgetsIn('color-scheme: dark');
    for (const widget of widgets) expect(surface(widget), widget.localName).to.equal(dark);
    widgets[0]!.parentElement!.style.colorScheme = 'light';
    for (const widget of widgets) expect(surface(widget), widget.localName).to.equal(light);
  });

  it('theme="light" and theme="dark" force a scheme whatever the page says', async () => {
    for (const widget of await widgetsIn('color-scheme: dark', 'theme="light"'))
      expect(surface(widget), widget.localName).to.equal(light);
    for (const widget of await widgetsIn('color-scheme: light', 'theme="dark"'))
      expect(surface(widget), widget.localName).to.equal(dark);
  });

  if (isChromium) {
    it('Chromium, OS emulated dark: a silent page stays light; color-scheme: light dark and theme="system" follow the OS', async () => {
      await emulateOsDark(true);
      try {
        for (const widget of await widgetsIn('')) expect(surface(widget), widget.localName).to.equal(light);
        for (const widget of await widgetsIn('color-scheme: light dark'))
          expect(surface(widget), widget.localName).to.equal(dark);
        for (const widget of await widgetsIn('color-scheme: light', 'theme="system"'))
          expect(surface(widget), widget.localName).to.equal(dark);
      } finally {
        await emulateOsDark(false);
      }
    });
  } else {
    it('stand-in (no OS emulation here): theme="system" declares color-scheme "light dark", so the engine follows the OS', async () => {
      for (const widget of await widgetsIn('color-scheme: light', 'theme="system"')) {
        expect(getComputedStyle(widget).colorScheme, widget.localName).to.equal('light dark');
        expect(surface(widget), `${widget.localName}, OS light in this headless engine`).to.equal(light);
      }
    });
  }
});
