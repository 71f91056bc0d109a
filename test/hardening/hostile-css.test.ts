// Aggressive host-page CSS: widgets stay legible and laid out; what a host may style on purpose
// (font family, colours through --migration-*) still works.
import { expect } from '@open-wc/testing';
import { framePage, loadModule, widgetTags } from '../support/frame-page.js';

const bundle = `${location.origin}/dist/migration-widgets.js`;
const widgets = widgetTags.map((tag) => `<${tag}></${tag}>`).join('');

const hostile = {
  'a reset of everything (* { all: unset })': '* { all: unset; } body, html { display: block; }',
  'html { font-size: 62.5% }': 'html { font-size: 62.5%; }',
  'a huge line-height': 'body { line-height: 7; }',
  'div { display: none !important }': 'div { display: none !important; } span { color: transparent !important; }',
  'a flex row that gives no widths': 'body { display: flex; flex-wrap: wrap; align-items: flex-start; }',
  'transforms on ancestors': 'body { transform: scale(0.9) rotate(0.5deg); } body > * { transform: translateZ(0); }',
};

/**
 * Published stylesheets as partner pages load them, served from node_modules. WordPress's block styles
 * come from @wordpress/block-library's own tarball (scripts/fetch-stylesheets.mjs, a step of npm test).
 */
const published = {
  'Tailwind v4 preflight': 'tailwindcss/preflight.css',
  'Tailwind v3 preflight': 'tailwindcss3/src/css/preflight.css',
  'Bootstrap 5': 'bootstrap/dist/css/bootstrap.min.css',
  'normalize.css': 'normalize.css/normalize.css',
  'modern-normalize': 'modern-normalize/modern-normalize.css',
  Pico: '@picocss/pico/css/pico.min.css',
  Bulma: 'bulma/css/bulma.min.css',
  'sanitize.css': 'sanitize.css/sanitize.css',
  'WordPress block styles': '.cache/wordpress-block-library.css',
};

/** Every text node in a shadow tree (nested roots too) with its parent element. */
function textParents(root: ShadowRoot): Element[] {
  const parents: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent!.trim() && node.parentElement) parents.push(node.parentElement);
  }
  for (const element of root.querySelectorAll('*'))
    if (element.shadowRoot) parents.push(...textParents(element.shadowRoot));
  return parents;
}

async function loaded(win: Window): Promise<void> {
  await loadModule(win, bundle);
  for (const tag of widgetTags) {
    await win.customElements.whenDefined(tag);
    await (win.document.querySelector(tag) as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

describe('hardening: hostile host CSS', () => {
  for (const [name, css] of Object.entries(hostile)) {
    it(`${name}: every widget is laid out and its text legible`, async () => {
      const win = await framePage(widgets, `<style>${css}</style>`);
      await loaded(win);
      for (const tag of widgetTags) {
        const element = win.document.querySelector(tag)!;
        const box = element.getBoundingClientRect();
        expect(box.width, `${tag} width`).to.be.greaterThan(100);
        expect(box.height, `${tag} height`).to.be.greaterThan(20);
        const visibleText = textParents(element.shadowRoot!).filter((parent) => {
          const style = win.getComputedStyle(parent);
          return parent.getClientRects().length > 0 && style.visibility !== 'hidden';
        });
        expect(visibleText.length, `${tag} shows text`).to.be.greaterThan(0);
        for (const parent of visibleText) {
          const style = win.getComputedStyle(parent);
          expect(parseFloat(style.fontSize), `${tag} <${parent.localName}> font size`).to.be.at.least(9);
          expect(style.color, `${tag} <${parent.localName}> colour`).to.not.equal('rgba(0, 0, 0, 0)');
        }
      }
    });
  }

  for (const [name, path] of Object.entries(published)) {
    for (const width of [280, 900]) {
      it(`${name}, ${width}px column: every widget keeps its padding, accent rule and background, and nothing overflows`, async () => {
        const win = await framePage(
          `<div style="inline-size: ${width}px">${widgets}</div>`,
          `<link rel="stylesheet" href="/node_modules/${path}">`,
        );
        expect(win.document.styleSheets[0]!.cssRules.length, `${path} loaded`).to.be.greaterThan(5);
        await loaded(win);
        for (const tag of widgetTags) {
          const element = win.document.querySelector(tag)!;
          const box = element.shadowRoot!.querySelector('.box')!;
          const style = win.getComputedStyle(box);
          expect(parseFloat(style.paddingInlineStart), `${tag} padding`).to.be.at.least(10);
          expect(parseFloat(style.paddingBlockStart), `${tag} padding`).to.be.at.least(10);
          expect(parseFloat(style.borderInlineStartWidth), `${tag} accent rule`).to.be.at.least(3);
          expect(style.borderInlineStartStyle, `${tag} accent rule`).to.equal('solid');
          expect(style.backgroundColor, `${tag} background`).to.equal('rgb(255, 255, 255)');
          const outer = element.getBoundingClientRect();
          expect(outer.width, `${tag} width`).to.be.within(width - 1, width + 1);
          for (const inner of [box, ...box.querySelectorAll('*')]) {
            const rect = inner.getBoundingClientRect();
            if (!rect.width || inner.classList.contains('visually-hidden')) continue;
            expect(
              rect.right,
              `${tag} <${inner.localName} ${inner.getAttribute('part') ?? ''}> right edge`,
            ).to.be.at.most(outer.right + 0.5);
            expect(rect.left, `${tag} <${inner.localName}> left edge`).to.be.at.least(outer.left - 0.5);
          }
        }
      });
    }
  }

  it('the host still themes on purpose: font family and --migration-* colours', async () => {
    const win = await framePage(
      widgets,
      '<style>* { all: unset } html, body { display: block } body { font-family: monospace; --migration-text: rgb(1, 2, 3); }</style>',
    );
    await loaded(win);
    for (const tag of widgetTags) {
      const root = win.document.querySelector(tag)!.shadowRoot!;
      const first = textParents(root)[0]!;
      const style = win.getComputedStyle(first);
      expect(style.fontFamily, tag).to.include('monospace');
    }
    for (const tag of widgetTags) {
      const first = textParents(win.document.querySelector(tag)!.shadowRoot!)[0]!;
      expect(win.getComputedStyle(first).color, tag).to.equal('rgb(1, 2, 3)');
    }
  });
});
