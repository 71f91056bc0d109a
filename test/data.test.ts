import { expect } from '@open-wc/testing';
import { figures, quotes, quoteText, report, pressRelease, reportDocument } from '../src/data/index.js';
import { version } from '../src/version.js';

// The repository's copy of ../shared/report/source-text.txt: every word shown must be in it.
const source = await (await fetch('/src/data/source-text.txt')).text();
const normalized = source.replace(/\s+/g, ' ');

describe('data: verbatim against source-text.txt', () => {
  it('the copy of the source text is the report summary and the press release', () => {
    expect(source).to.include('A/72/643');
    expect(source).to.include('Press Release');
  });

  it('each quote fragment appears character for character', () => {
    for (const quote of quotes) {
      for (const fragment of quote.fragments) expect(normalized, `${quote.id}: ${fragment}`).to.include(fragment);
    }
  });

  it('the joined quote changes only a closing comma into a full stop', () => {
    const quote = quotes.find((q) => q.id === 'legal-pathways')!;
    const joined = quoteText(quote);
    expect(joined).to.equal(`${quote.fragments[0]!.slice(0, -1)}. ${quote.fragments[1]}`);
    expect(quote.fragments[0]!.endsWith(',')).to.equal(true);
  });

  it('the source interrupts the legal-pathways quote with its attribution, as stored', () => {
    const [first, second] = quotes.find((q) => q.id === 'legal-pathways')!.fragments;
    expect(normalized).to.include(`“${first}” said UN SG Antonio Guterres. “${second}”`);
  });

  it('the summary paragraphs, first sentence, highlights and further theme are verbatim', () => {
    for (const paragraph of report.summary) expect(normalized).to.include(paragraph);
    expect(report.summary[0].startsWith(report.firstSentence)).to.equal(true);
    expect(normalized).to.include(report.firstSentence);
    expect(normalized).to.include(report.furtherTheme);
    expect(normalized).to.include(report.highlightsIntro);
    for (const { marker, text } of report.highlights) expect(normalized).to.include(`${marker} ${text}`);
    expect(report.highlights.map((h) => h.marker)).to.deep.equal(['(a)', '(b)', '(c)']);
  });

  it('the report facts are stated in the source', () => {
    expect(normalized).to.include(`${report.title} Report of the Secretary-General ${report.symbol}`);
    expect(normalized).to.include(`12 December 2017 :: ${report.pages} pages`);
    expect(report.date).to.equal('2017-12-12');
    expect(normalized).to.include(pressRelease.title);
    expect(normalized).to.include('01/12/18');
    expect(pressRelease.date).to.equal('2018-01-12');
  });

  it('the six official-language links are https undocs.org links to A/72/643', () => {
    expect(Object.keys(report.links.languages)).to.deep.equal(['ar', 'zh', 'en', 'fr', 'ru', 'es']);
    for (const [lang, url] of Object.entries(report.links.languages)) {
      expect(url).to.equal(`https://undocs.org/${lang}/A/72/643`);
    }
    expect(reportDocument.url).to.equal('https://undocs.org/A/72/643');
  });
});

describe('data: every figure matches its source wording', () => {
  const spelledOut: Record<string, number> = { million: 1e6, billion: 1e9 };

  for (const figure of figures) {
    it(`${figure.id}: value, qualifiers and year come from its wording`, () => {
      expect(normalized).to.include(figure.sourceWording);
      const match = /(\d+(?:\.\d+)?)\s*(million|billion|per cent)/.exec(figure.sourceWording);
      expect(match, figure.sourceWording).to.not.equal(null);
      const [, digits, unit] = match!;
      const stated = unit === 'per cent' ? Number(digits) : Number(digits) * spelledOut[unit!]!;
      expect(figure.value).to.equal(stated);
      expect(figure.unit === 'percent').to.equal(unit === 'per cent');
      if (figure.currency) expect(figure.sourceWording).to.include(`${figure.currency} ${digits}`);
      for (const qualifier of figure.qualifiers) expect(figure.sourceWording).to.include(qualifier);
      expect(figure.approximate).to.equal(figure.qualifiers.length > 0);
      if (figure.year !== undefined) expect(figure.sourceWording).to.include(String(figure.year));
      else expect(figure.sourceWording).to.not.match(/\b(19|20)\d\d\b/);
    });
  }

  it('no figure circulates without a source (3.4 %, 48 %, …)', () => {
    expect(figures.map((f) => f.id)).to.deep.equal([
      'international-migrants',
      'earnings-spent-in-host-country',
      'earnings-remitted',
      'remittances-2017',
    ]);
  });

  it('records are frozen', () => {
    expect(Object.isFrozen(figures)).to.equal(true);
    expect(Object.isFrozen(figures[0])).to.equal(true);
    expect(Object.isFrozen(quotes[0]!.fragments)).to.equal(true);
    expect(Object.isFrozen(report.links.languages)).to.equal(true);
  });
});

describe('version', () => {
  it('equals package.json version', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(version).to.equal(pkg.version);
  });
});
