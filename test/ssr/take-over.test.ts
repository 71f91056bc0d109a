// The take-over path (src/take-over.ts): prerendered markup, then the element's script without Lit's
// hydration support (as on a partner page loading dist/migration-widgets.js). No @lit-labs/testing
// import here: its fixtures load Lit's hydration support, which the ssr/*.test.ts suites cover.
import { expect, nextFrame } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { html, type ReactiveElement, type TemplateResult } from 'lit';
import { captureConsole, rendered } from './rendered.js';

/** The server's render of `template` (the litSsrPlugin's command), as prerender() writes it: no Lit markers. */
async function prerendered(template: TemplateResult, module: string, markers: boolean): Promise<HTMLElement> {
  const markup: string = await executeServerCommand('lit-ssr-render', { template, modules: [module] });
  const container = document.createElement('div');
  container.style.inlineSize = '360px';
  document.body.append(container);
  container.setHTMLUnsafe(markers ? markup : markup.replace(/<!--\/?lit-(?:part|node)[^>]*-->|<\?>/g, ''));
  const element = container.firstElementChild as HTMLElement;
  element.removeAttribute('defer-hydration');
  return element;
}

/** Every word in the widget's shadow root, shown or not. */
const words = (el: HTMLElement) =>
  [...el.shadowRoot!.children]
    .filter((child) => !['STYLE', 'LINK'].includes(child.tagName))
    .map((child) => child.textContent)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

// Imported by name: the dev server maps a literal `.js` specifier to its `.ts` source, not a computed one.
const widgets: Array<{
  tag: string;
  module: string;
  load: () => Promise<unknown>;
  template: TemplateResult;
  parts: string;
}> = [
  {
    tag: 'migration-stat-card',
    module: 'stat-card',
    load: () => import('../../src/stat-card.js'),
    template: html`<migration-stat-card fact="remittances-2017"></migration-stat-card>`,
    parts: 'value',
  },
  {
    tag: 'migration-quote-block',
    module: 'quote-block',
    load: () => import('../../src/quote-block.js'),
    template: html`<migration-quote-block></migration-quote-block>`,
    parts: 'quote',
  },
  {
    tag: 'migration-summary-panel',
    module: 'summary-panel',
    load: () => import('../../src/summary-panel.js'),
    template: html`<migration-summary-panel></migration-summary-panel>`,
    parts: 'panel',
  },
  {
    tag: 'migration-remittance-counter',
    module: 'remittance-counter',
    load: () => import('../../src/remittance-counter.js'),
    template: html`<migration-remittance-counter></migration-remittance-counter>`,
    parts: 'basis',
  },
];

for (const { tag, module, load, template, parts } of widgets) {
  describe(`<${tag}> takes over its prerendered shadow root`, function () {
    this.timeout(30_000); // two server renders and the element's module, on a loaded machine
    it('with the same text, parts, links and size, its content once, no warning', async () => {
      const withMarkers = await prerendered(template, `/dist/${module}.js`, true);
      const plain = await prerendered(template, `/dist/${module}.js`, false);
      expect(customElements.get(tag), 'not defined yet: the page shows the server’s markup').to.equal(undefined);
      // Controls that need the script are unseen before it (innerText leaves them out): compare every word, seen or not.
      const state = (el: HTMLElement) => ({
        ...rendered(el),
        text: words(el),
        size: el.getBoundingClientRect().height,
      });
      const before = [withMarkers, plain].map(state);
      const log = captureConsole();
      await load();
      await Promise.all([withMarkers, plain].map((el) => (el as ReactiveElement).updateComplete));
      log.restore();
      const after = [withMarkers, plain].map(state);
      expect(after).to.deep.equal(before);
      for (const el of [withMarkers, plain]) {
        expect(el.shadowRoot!.querySelectorAll(`[part~="${parts}"]`), 'one copy').to.have.length(1);
        expect(el.shadowRoot!.querySelector('style'), 'the styles are adopted').to.equal(null);
      }
      expect(log.messages).to.deep.equal([]);
    });
  });
}

describe('a prerendered stat card', () => {
  it('does not count up the value the reader already sees', async () => {
    const el = await prerendered(
      html`<migration-stat-card fact="remittances-2017"></migration-stat-card>`,
      '/dist/stat-card.js',
      false,
    );
    await import('../../src/stat-card.js');
    await (el as ReactiveElement).updateComplete;
    await nextFrame();
    await nextFrame();
    expect(el.shadowRoot!.querySelector('[data-counting]')).to.equal(null);
  });
});
