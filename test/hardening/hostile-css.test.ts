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
