// The configurator's `:not(:defined)` rule (demo/reserve-rule.js, sizes measured by bench/measure-reserved-sizes.mjs)
// reserves at least the size each widget renders at, at every measured viewport width, in every language: a page
// that uses it does not push its text down when the script arrives (in the column the sizes were measured for).
import { expect } from '@open-wc/testing';
import { unLanguages } from '../src/data/index.js';
import { widgetTags } from './support/frame-page.js';
import { columnHeights, lookMarkup, looks, reserveRule } from './support/reserved-column.js';

const sizesModule = '/demo/reserved-sizes.js';
const { widths, reservedSizes } = (await import(sizesModule)) as {
  widths: number[];
  reservedSizes: Record<string, Record<string, number[]>>;
};
// The rules the configurator hands out, without a `lang` of their own: English, and `:lang()` for the others.
const css = [...new Set(looks.map(({ tag, attributes }) => reserveRule(tag, attributes)))].join('\n');

describe('reserved sizes for pages that cannot prerender', function () {
  this.timeout(60_000);

  it('are measured for every element, each built-in item and look, and nothing else', () => {
    expect([...new Set(looks.map((look) => look.tag))]).to.deep.equal([...widgetTags]);
    expect(Object.keys(reservedSizes).sort()).to.deep.equal([...new Set(looks.map((look) => look.key))].sort());
    expect(Object.keys(reservedSizes)).to.include.members([
      'migration-stat-card[fact="remittances-2017"][variant="emphasis"]',
      'migration-quote-block[quote="matter-of-choice"][variant="compact"]',
      'migration-remittance-counter',
      'migration-summary-panel[collapsed]',
      'migration-summary-panel[with-figures]',
    ]);
  });

  for (const width of widths)
    for (const lang of unLanguages)
      it(`at ${width} px in ${lang}: no widget renders taller than its reserved size`, async () => {
        const { reserved, rendered } = await columnHeights(width, lang, css);
        const tooSmall = looks
          .map((look, i) => ({ widget: lookMarkup(look), reserved: reserved[i]!, rendered: rendered[i]! }))
          .filter((look) => look.rendered > look.reserved + 0.5);
        expect(tooSmall).to.deep.equal([]);
      });
});
