import { expect, fixture, html } from '@open-wc/testing';
import { creditLine, formatCitation, type Citable, type CitationStyle } from '../src/cite.js';
import { figureById, quoteById, report } from '../src/data/index.js';
import '../src/index.js';
import { widgetTags } from './support/frame-page.js';

const remittances = figureById('remittances-2017')!;
const migrants = figureById('international-migrants')!;
const guterres = quoteById('legal-pathways')!;
const iom = quoteById('matter-of-choice')!;
const iomUrl =
  'https://www.iom.int/news/un-migration-agency-welcomes-un-secretary-generals-report-making-migration-work-all';

/** Every citation written out whole, per item and style (CSL-JSON as its parsed items). */
const citations: ReadonlyArray<{
  what: string;
  item: Citable;
  styles: Partial<Record<CitationStyle, string | object[]>>;
}> = [
  {
    what: 'a figure quoted from the report in the press release, on World Bank estimates: both documents, “as quoted in”, the paragraph and the basis',
    item: remittances,
    styles: {
      text: `Making Migration Work for All (A/72/643), United Nations, December 12, 2017, https://undocs.org/A/72/643; as quoted in UN Migration Agency Welcomes UN Secretary General’s Report – Making Migration Work for All, IOM, the UN Migration Agency, January 12, 2018, para. 3, ${iomUrl}; based on World Bank estimates.`,
      apa: [
        'United Nations Secretary-General. (2017). Making migration work for all: Report of the Secretary-General (A/72/643). United Nations. https://undocs.org/A/72/643',
        `International Organization for Migration. (2018, January 12). UN Migration Agency welcomes UN Secretary General’s report – Making migration work for all [Press release]. ${iomUrl}`,
        'In text: (United Nations Secretary-General, 2017, as cited in International Organization for Migration, 2018, para. 3), based on World Bank estimates',
      ].join('\n'),
      chicago: `United Nations Secretary-General, Making Migration Work for All: Report of the Secretary-General, A/72/643 (United Nations, December 12, 2017), https://undocs.org/A/72/643, quoted in International Organization for Migration, “UN Migration Agency Welcomes UN Secretary General’s Report – Making Migration Work for All,” press release, January 12, 2018, para. 3, ${iomUrl}, based on World Bank estimates.`,
      bibtex: `@techreport{un-sg-2017-a-72-643,
  author = {{United Nations Secretary-General}},
  title = {Making Migration Work for All},
  institution = {United Nations},
  type = {Report of the Secretary-General},
  number = {A/72/643},
  year = {2017},
  month = dec,
  date = {2017-12-12},
  url = {https://undocs.org/A/72/643},
  note = {As quoted in International Organization for Migration (2018), para. 3; based on World Bank estimates}
}

@misc{iom-2018-01-12,
  author = {{International Organization for Migration}},
  title = {UN Migration Agency Welcomes UN Secretary General’s Report – Making Migration Work for All},
  howpublished = {Press release},
  year = {2018},
  month = jan,
  date = {2018-01-12},
  url = {${iomUrl}}
}`,
      'csl-json': [
        {
          id: 'un-sg-2017-a-72-643',
          type: 'report',
          title: 'Making Migration Work for All',
          genre: 'Report of the Secretary-General',
          number: 'A/72/643',
          author: [{ literal: 'United Nations Secretary-General' }],
          publisher: 'United Nations',
          issued: { 'date-parts': [[2017, 12, 12]] },
          URL: 'https://undocs.org/A/72/643',
          note: 'As quoted in International Organization for Migration (2018), para. 3; based on World Bank estimates',
        },
        {
          id: 'iom-2018-01-12',
          type: 'article',
          title: 'UN Migration Agency Welcomes UN Secretary General’s Report – Making Migration Work for All',
          genre: 'Press release',
          author: [{ literal: 'International Organization for Migration' }],
          publisher: 'IOM, the UN Migration Agency',
          issued: { 'date-parts': [[2018, 1, 12]] },
          URL: iomUrl,
        },
      ],
    },
  },
  {
    what: 'a figure without a basis says none',
    item: migrants,
    styles: {
      text: `Making Migration Work for All (A/72/643), United Nations, December 12, 2017, https://undocs.org/A/72/643; as quoted in UN Migration Agency Welcomes UN Secretary General’s Report – Making Migration Work for All, IOM, the UN Migration Agency, January 12, 2018, para. 2, ${iomUrl}.`,
    },
  },
  {
    what: 'the Secretary-General’s words as quoted in the press release (never as text of the report)',
    item: guterres,
    styles: {
      text: `António Guterres, Secretary-General of the United Nations, as quoted in UN Migration Agency Welcomes UN Secretary General’s Report – Making Migration Work for All, IOM, the UN Migration Agency, January 12, 2018, para. 7, ${iomUrl}.`,
      apa: `International Organization for Migration. (2018, January 12). UN Migration Agency welcomes UN Secretary General’s report – Making migration work for all [Press release]. ${iomUrl}\nIn text: (António Guterres, as cited in International Organization for Migration, 2018, para. 7)`,
      chicago: `António Guterres, quoted in International Organization for Migration, “UN Migration Agency Welcomes UN Secretary General’s Report – Making Migration Work for All,” press release, January 12, 2018, para. 7, ${iomUrl}.`,
      bibtex: `@misc{iom-2018-01-12,
  author = {{International Organization for Migration}},
  title = {UN Migration Agency Welcomes UN Secretary General’s Report – Making Migration Work for All},
  howpublished = {Press release},
  year = {2018},
  month = jan,
  date = {2018-01-12},
  url = {${iomUrl}},
  note = {Words of António Guterres; as quoted in International Organization for Migration (2018), para. 7}
}`,
      'csl-json': [
        {
          id: 'iom-2018-01-12',
          type: 'article',
          title: 'UN Migration Agency Welcomes UN Secretary General’s Report – Making Migration Work for All',
          genre: 'Press release',
          author: [{ literal: 'International Organization for Migration' }],
          publisher: 'IOM, the UN Migration Agency',
          issued: { 'date-parts': [[2018, 1, 12]] },
          URL: iomUrl,
          note: 'Words of António Guterres; as quoted in International Organization for Migration (2018), para. 7',
        },
      ],
    },
  },
  {
    what: 'IOM’s own words are cited to IOM, not “as quoted in”',
    item: iom,
    styles: {
      apa: `International Organization for Migration. (2018, January 12). UN Migration Agency welcomes UN Secretary General’s report – Making migration work for all [Press release]. ${iomUrl}\nIn text: (International Organization for Migration, 2018, para. 6)`,
    },
  },
  {
    what: 'the report itself (summary panel)',
    item: report,
    styles: {
      text: 'Making Migration Work for All (A/72/643), United Nations, December 12, 2017, Summary, https://undocs.org/A/72/643.',
      apa: 'United Nations Secretary-General. (2017). Making migration work for all: Report of the Secretary-General (A/72/643). United Nations. https://undocs.org/A/72/643\nIn text: (United Nations Secretary-General, 2017, Summary)',
      chicago:
        'United Nations Secretary-General, Making Migration Work for All: Report of the Secretary-General, A/72/643 (United Nations, December 12, 2017), Summary, https://undocs.org/A/72/643.',
    },
  },
];

for (const { what, item, styles } of citations) {
  describe(`cite: ${what}`, () => {
    for (const [style, expected] of Object.entries(styles)) {
      it(style, () => {
        const citation = formatCitation(item, style as CitationStyle);
        if (typeof expected === 'string') expect(citation).to.equal(expected);
        else expect(JSON.parse(citation)).to.deep.equal(expected);
      });
    }
  });
}

describe('cite: the one-line credit an image carries, in the widget’s language', () => {
  it('English', () => {
    expect(creditLine(migrants, 'en')).to.equal(
      'Source: UN Secretary-General, Making Migration Work for All (A/72/643), as quoted by IOM, 2018',
    );
    expect(creditLine(remittances, 'en')).to.equal(
      'Source: UN Secretary-General, Making Migration Work for All (A/72/643), as quoted by IOM, 2018; based on World Bank estimates',
    );
    expect(creditLine(guterres, 'en')).to.equal('Source: António Guterres, as quoted by IOM, 2018');
    expect(creditLine(iom, 'en')).to.equal('Source: IOM, 2018');
    expect(creditLine(report, 'en')).to.equal(
      'Source: UN Secretary-General, Making Migration Work for All (A/72/643), 2017',
    );
  });

  it('Arabic and French: the library’s words translated, names and titles in English', () => {
    // WebKit writes Arabic with Arabic-Indic digits, Chromium and Firefox with Latin ones: both are right.
    expect(creditLine(remittances, 'ar')).to.be.oneOf([
      'المصدر: UN Secretary-General، Making Migration Work for All (A/72/643)، كما أوردته IOM، 2018؛ استنادًا إلى World Bank estimates',
      'المصدر: UN Secretary-General، Making Migration Work for All (A/72/643)، كما أوردته IOM، ٢٠١٨؛ استنادًا إلى World Bank estimates',
    ]);
    expect(creditLine(migrants, 'fr')).to.equal(
      // French puts a no-break space before the colon.
      'Source\u00a0: UN Secretary-General, Making Migration Work for All (A/72/643), cité par IOM, 2018',
    );
  });
});

describe('cite: the credit line’s "Source:" label, styled by the page through ::part(source-label)', () => {
  // The summary panel carries a credit line under its built-in figures.
  const attributes: Record<string, string> = { 'migration-summary-panel': ' with-figures' };
  for (const tag of widgetTags) {
    it(`<${tag}>: the label takes the page’s style, the source after it does not`, async () => {
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      // As a partner's stylesheet writes it.
      page.innerHTML = `<style>.page > *::part(source-label) { color: rgb(1, 2, 3); }</style>
        <div class="page"><${tag}${attributes[tag] ?? ''}></${tag}></div>`;
      const el = page.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(tag)!;
      await el.updateComplete;
      const walker = document.createTreeWalker(el.shadowRoot!.querySelector('[part~="source"]')!, NodeFilter.SHOW_TEXT);
      const texts: Text[] = [];
      while (walker.nextNode()) if ((walker.currentNode as Text).data.trim()) texts.push(walker.currentNode as Text);
      const [label, source] = texts;
      expect(label!.data.trim()).to.equal('Source:');
      expect(getComputedStyle(label!.parentElement!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(source!.parentElement!).color, source!.data).not.to.equal('rgb(1, 2, 3)');
    });
  }
});
