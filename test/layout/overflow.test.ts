// No overflow at any width from 200 px up: every widget, variant, language and state keeps all its
// boxes inside its own width (a dated counter's long amount scales, `emphasis` obeys the narrow rules).
import { expect } from '@open-wc/testing';
import '../../src/index.js';

const widths = [200, 280, 320];
const variants = ['default', 'compact', 'emphasis'];
const langs = [
  ['en', 'ltr'],
  ['fr', 'ltr'],
  ['ar', 'rtl'],
];
/** Each element in the states that change its width: a dated counter, a paused one, panels open with figures. */
const states = [
  '<migration-stat-card no-animation></migration-stat-card>',
  '<migration-stat-card fact="remittances-2017" no-animation></migration-stat-card>',
  '<migration-stat-card fact="earnings-spent-in-host-country" no-animation></migration-stat-card>',
  '<migration-quote-block></migration-quote-block>',
  '<migration-quote-block clamp="3"></migration-quote-block>',
  '<migration-remittance-counter since="2017-01-01"></migration-remittance-counter>',
  '<migration-remittance-counter since="2017-01-01" paused></migration-remittance-counter>',
  '<migration-remittance-counter></migration-remittance-counter>',
  '<migration-summary-panel with-figures></migration-summary-panel>',
  '<migration-summary-panel collapsed></migration-summary-panel>',
];

type Rendered = HTMLElement & { updateComplete: Promise<unknown> };

/** Every element box in a shadow tree, nested shadow trees and slotted widgets included. */
function boxes(root: ShadowRoot): Element[] {
  const all: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    all.push(element);
    if (element.shadowRoot) all.push(...boxes(element.shadowRoot));
  }
  return all;
}

/** A column of `width` px in `lang` and `dir`, holding `markup`, appended to the page. */
function column(width: number, lang: string, dir: string, markup: string): HTMLDivElement {
  const div = document.createElement('div');
  div.lang = lang;
  div.dir = dir;
  div.style.inlineSize = `${width}px`;
  div.innerHTML = markup;
  document.body.append(div);
  return div;
}

/** `inner` keeps inside the widget box `outer` (half a pixel of rounding allowed). */
function expectInside(inner: Element, outer: DOMRect, what: string): void {
  const rect = inner.getBoundingClientRect();
  expect(rect.right, `${what} right edge`).to.be.at.most(outer.right + 0.5);
  expect(rect.left, `${what} left edge`).to.be.at.least(outer.left - 0.5);
}

describe('layout: no overflow from 200 px up', () => {
  afterEach(() => document.querySelectorAll('body > div').forEach((d) => d.remove()));

  for (const width of widths) {
    for (const variant of variants) {
      for (const [lang, dir] of langs) {
        it(`${width}px, variant="${variant}", ${lang}: every widget and state fits its width`, async () => {
          const markup = states.map((s) => s.replace('>', ` variant="${variant}">`)).join('');
          const widgets = [...column(width, lang!, dir!, markup).children] as Rendered[];
          await Promise.all(widgets.map((w) => w.updateComplete));
          for (const inner of widgets.flatMap((w) => boxes(w.shadowRoot!)))
            await (inner as Partial<Rendered>).updateComplete;
          await new Promise((resolve) => requestAnimationFrame(resolve));
          for (const widget of widgets) {
            const outer = widget.getBoundingClientRect();
            const name = widget.outerHTML.slice(0, widget.outerHTML.indexOf('>') + 1);
            expect(outer.width, `${name} width`).to.be.closeTo(width, 0.5);
            for (const inner of boxes(widget.shadowRoot!)) {
              const rect = inner.getBoundingClientRect();
              if (!rect.width || inner.closest('.visually-hidden')) continue;
              expectInside(
                inner,
                outer,
                `${name} <${inner.localName} ${inner.getAttribute('part') ?? inner.className}>`,
              );
            }
          }
        });
      }
    }
  }
});

describe('layout: a page’s own letter-spacing', () => {
  afterEach(() => document.querySelectorAll('body > div').forEach((d) => d.remove()));

  // letter-spacing is inherited into shadow trees: Tailwind's `tracking-widest` on an article widens every digit.
  for (const [lang, dir] of langs) {
    it(`${lang}: the longest amount a counter can show (10^15 a year since 1900, in IDR) stays in a 280 px box spaced 0.1em`, async () => {
      const spaced = column(
        280,
        lang!,
        dir!,
        '<migration-remittance-counter since="1900-01-01" annual-amount="1000000000000000" currency="IDR" variant="emphasis"></migration-remittance-counter>',
      );
      spaced.style.letterSpacing = '0.1em';
      const counter = spaced.firstElementChild as Rendered;
      await counter.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const outer = counter.getBoundingClientRect();
      const amount = counter.shadowRoot!.querySelector('[part~="amount"]')!;
      const shown = amount.querySelector(':scope > :not(.reserve)')!.textContent;
      expect(
        [...shown].filter((c) => /\p{Nd}/u.test(c)),
        `${shown}: 18 digits`,
      ).to.have.length(18);
      for (const inner of [amount, ...amount.querySelectorAll('*')])
        expectInside(inner, outer, `<${inner.localName} ${inner.className}>`);
    });
  }
});
