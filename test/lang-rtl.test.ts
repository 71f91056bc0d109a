import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';

/**
 * Right-to-left pages, laid out for real in each engine: citations stay readable (each date and
 * number on one line, English names and titles in their own order, runs in the sentence's order),
 * and an amount of money keeps its number and currency symbol together. Each case also saves a
 * screenshot of the source line (SHOTS_DIR, else test-results/screenshots/) for a person to look at.
 */

type Rendered = HTMLElement & { updateComplete: Promise<unknown> };

const elements = [
  ['stat-card', '<migration-stat-card no-animation></migration-stat-card>'],
  ['stat-card-remittances', '<migration-stat-card fact="remittances-2017" no-animation></migration-stat-card>'],
  ['quote-block', '<migration-quote-block></migration-quote-block>'],
  ['remittance-counter', '<migration-remittance-counter></migration-remittance-counter>'],
  ['summary-panel', '<migration-summary-panel with-figures></migration-summary-panel>'],
] as const;
const widths = [280, 400, 680];

/** The lines a box sits on: its fragments' distinct bottoms. */
function lines(rects: Iterable<DOMRect>): number {
  return new Set([...rects].filter((r) => r.width > 0.5).map((r) => Math.round(r.bottom))).size;
}

/** Each word under `node`, in logical order, with its box. */
function words(node: Node): Array<{ word: string; rect: DOMRect }> {
  const found: Array<{ word: string; rect: DOMRect }> = [];
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
    for (const match of text.data.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(text, match.index);
      range.setEnd(text, match.index + match[0].length);
      found.push({ word: match[0], rect: range.getBoundingClientRect() });
    }
  }
  return found;
}

const sameLine = (a: DOMRect, b: DOMRect) => Math.abs(a.bottom - b.bottom) < 2;

async function render(lang: string, width: number, markup: string): Promise<Rendered> {
  const page = document.createElement('div');
  page.lang = lang;
  page.dir = 'rtl';
  page.setAttribute('style', `inline-size: ${width}px; font: 16px/1.5 sans-serif; background: #fff`);
  page.innerHTML = markup;
  document.body.append(page);
  const widget = page.firstElementChild as Rendered;
  await widget.updateComplete;
  for (const card of widget.shadowRoot!.querySelectorAll<Rendered>('migration-stat-card')) await card.updateComplete;
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return widget;
}

async function screenshot(name: string, box: Element): Promise<void> {
  box.scrollIntoView({ block: 'start' });
  const { x, y, width, height } = box.getBoundingClientRect();
  const pad = 6;
  await executeServerCommand('save-screenshot', {
    name,
    rect: { x: Math.max(0, x - pad), y: Math.max(0, y - pad), width: width + 2 * pad, height: height + 2 * pad },
    viewportWidth: window.innerWidth,
  });
}

describe('right-to-left pages: unbroken citations (ar, fa)', () => {
  afterEach(() => document.querySelectorAll('body > div').forEach((d) => d.remove()));

  for (const lang of ['ar', 'fa']) {
    for (const [name, markup] of elements) {
      for (const width of widths) {
        it(`${lang} ${name} at ${width} px: credit and full citation keep dates and numbers on one line, English runs and the runs themselves in reading order`, async () => {
          const widget = await render(lang, width, markup);
          // Persian has no strings: the widget is English, left to right.
          const rtl = getComputedStyle(widget.shadowRoot!.querySelector('[part~="source"]')!).direction === 'rtl';
          expect(rtl, 'direction').to.equal(lang === 'ar');
          for (const shown of ['credit', 'citation']) {
            if (shown === 'citation') {
              widget.shadowRoot!.querySelector<HTMLElement>('[part~="citation-button"]')!.click();
              await widget.updateComplete;
            }
            const box = widget.shadowRoot!.querySelector(`[part~="${shown}"]`)!;
            const what = `${lang} ${name} ${width}px ${shown}`;
            expect(box.hasAttribute('hidden'), `${what} shown`).to.equal(false);
            // The runs: a citation's names, titles, dates and numbers, each its own element.
            const runs = [...box.querySelectorAll(':scope > *, .entry > *')].filter((run) => !run.matches('.entry'));
            expect(runs.length, `${what}: runs`).to.be.at.least(2);
            for (const run of runs) expect(run.localName, `${what}: "${run.textContent}" isolated`).to.equal('bdi');
            for (const run of runs) {
              const text = run.textContent.trim();
              if (run.querySelector('time') || !run.hasAttribute('lang'))
                expect(lines(run.getClientRects()), `${what}: "${text}" on one line`).to.equal(1);
              else {
                expect(run.getAttribute('lang'), `${what}: "${text}" lang`).to.equal('en');
                const inRun = words(run);
                for (let i = 1; i < inRun.length; i++) {
                  const [before, after] = [inRun[i - 1]!, inRun[i]!];
                  if (sameLine(before.rect, after.rect))
                    expect(after.rect.left, `${what}: "${before.word} ${after.word}" left to right`).to.be.above(
                      before.rect.left,
                    );
                }
              }
            }
            // Consecutive runs on one line follow the sentence: right to left in Arabic, left to right in English.
            for (let i = 1; i < runs.length; i++) {
              const before = [...runs[i - 1]!.getClientRects()].filter((r) => r.width > 0.5).at(-1)!;
              const after = [...runs[i]!.getClientRects()].filter((r) => r.width > 0.5)[0]!;
              if (!sameLine(before, after)) continue;
              const order = `${what}: "${runs[i - 1]!.textContent}" then "${runs[i]!.textContent}"`;
              if (rtl) expect(after.right, order).to.be.at.most(before.left + 1);
              else expect(after.left, order).to.be.at.least(before.right - 1);
            }
            // The summary panel is taller than a screen: its source line alone.
            const shot = name === 'summary-panel' ? widget.shadowRoot!.querySelector('[part~="source"]')! : widget;
            if (width === 400) await screenshot(`${lang}-${name}-${shown}`, shot);
          }
        });
      }
    }
  }
});

describe('right-to-left pages: money keeps its number and symbol together', () => {
  // A page read in 2030: the dated counter shows trillions (thirteen digits), as it does from 2026 on.
  const realNow = Date.now;
  before(() => (Date.now = () => Date.UTC(2030, 0, 1)));
  after(() => (Date.now = realNow));
  afterEach(() => document.querySelectorAll('body > div').forEach((d) => d.remove()));

  for (const variant of ['default', 'compact', 'emphasis']) {
    it(`ar at 280 px, variant="${variant}": the counter's amount is on one line and "US$" never leaves its number`, async () => {
      const widget = await render(
        'ar',
        280,
        `<migration-remittance-counter since="2017-01-01" variant="${variant}"></migration-remittance-counter>`,
      );
      const root = widget.shadowRoot!;
      // The amount, and the invisible copy of its widest form that sizes its box.
      for (const amount of root.querySelectorAll('[part~="amount"] > *')) {
        const range = document.createRange();
        range.selectNodeContents(amount);
        expect(lines(range.getClientRects()), `"${amount.textContent}" on one line`).to.equal(1);
      }
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let checked = 0;
      for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
        for (const match of text.data.matchAll(/\S\s?US\$/g)) {
          const range = document.createRange();
          range.setStart(text, match.index);
          range.setEnd(text, match.index + match[0].length);
          expect(lines(range.getClientRects()), `"${match[0]}" in "${text.data}" on one line`).to.equal(1);
          checked++;
        }
      }
      expect(checked, 'amounts in US$').to.be.at.least(3);
      if (variant === 'default') await screenshot('ar-remittance-counter-dated-280', widget);
    });
  }
});
