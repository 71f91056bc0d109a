// One table of bad values per kind of attribute, for every element that has the attribute: the
// same kind gives the same warning text (only the fallback differs, where the elements' fallbacks
// do), and nothing broken shows. Then values a page sets from JavaScript that are not strings.
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';
import type { QuoteBlock, RemittanceCounter, StatCard } from '../src/index.js';
import { captureWarnings, ours } from './support/console.js';

interface Row {
  tag: string;
  attribute: string;
  value: string;
  warning: string;
}

const notVariant = '(not one of default, compact, emphasis); using default.';
const notTheme = '(not one of light, dark, system); following the page.';
const allTags = [
  'migration-stat-card',
  'migration-quote-block',
  'migration-remittance-counter',
  'migration-summary-panel',
];

const rows: Row[] = [
  ...allTags.flatMap((tag) => [
    { tag, attribute: 'variant', value: 'huge', warning: `<${tag}>: ignoring variant="huge" ${notVariant}` },
    { tag, attribute: 'theme', value: 'blue', warning: `<${tag}>: ignoring theme="blue" ${notTheme}` },
  ]),
  ...['abc', '0', '10000', '20 17'].flatMap((year) => [
    {
      tag: 'migration-stat-card',
      attribute: 'year',
      value: year,
      warning: `<migration-stat-card>: ignoring year="${year}" (not a year from 1 to 9999); leaving it out.`,
    },
    {
      tag: 'migration-remittance-counter',
      attribute: 'year',
      value: year,
      warning: `<migration-remittance-counter>: ignoring year="${year}" (not a year from 1 to 9999); using 2017.`,
    },
  ]),
  {
    tag: 'migration-stat-card',
    attribute: 'currency',
    value: 'XY1',
    warning: '<migration-stat-card>: ignoring currency="XY1" (not an ISO 4217 currency code); using USD.',
  },
  {
    tag: 'migration-remittance-counter',
    attribute: 'currency',
    value: 'XY1',
    warning: '<migration-remittance-counter>: ignoring currency="XY1" (not an ISO 4217 currency code); using USD.',
  },
  ...['migration-stat-card', 'migration-quote-block', 'migration-remittance-counter'].map((tag) => ({
    tag,
    attribute: 'source-url',
    value: 'javascript:alert(1)',
    warning: `<${tag}>: ignoring source-url="javascript:alert(1)" (not an http(s) address); not linking the source.`,
  })),
  {
    tag: 'migration-stat-card',
    attribute: 'value',
    value: '-5',
    warning: '<migration-stat-card>: ignoring value="-5" (not a number from 0 to 10^15); showing the built-in value.',
  },
  {
    tag: 'migration-remittance-counter',
    attribute: 'annual-amount',
    value: '0',
    warning:
      '<migration-remittance-counter>: ignoring annual-amount="0" (not a positive number up to 10^15); using the built-in 2017 amount.',
  },
  {
    tag: 'migration-stat-card',
    attribute: 'fraction-digits',
    value: '21',
    warning:
      '<migration-stat-card>: ignoring fraction-digits="21" (not a whole number from 0 to 20); keeping the source’s precision.',
  },
  {
    tag: 'migration-quote-block',
    attribute: 'date',
    value: '2017-02-30',
    warning: '<migration-quote-block>: ignoring date="2017-02-30" (not a YYYY-MM-DD date); leaving the date out.',
  },
  {
    tag: 'migration-quote-block',
    attribute: 'clamp',
    value: '1.5',
    warning:
      '<migration-quote-block>: ignoring clamp="1.5" (not a positive whole number of lines); showing the whole quote.',
  },
  {
    tag: 'migration-summary-panel',
    attribute: 'heading-level',
    value: '7',
    warning: '<migration-summary-panel>: ignoring heading-level="7" (not a whole number from 2 to 6); using 2.',
  },
];

async function create(tag: string, attributes: Record<string, string> = {}): Promise<LitElement> {
  const el = document.createElement(tag) as LitElement;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await fixture(html`<div></div>`).then((wrapper) => wrapper.append(el));
  await el.updateComplete;
  return el;
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const shown = (el: Element, part: string) => squash(el.shadowRoot!.querySelector(`[part~="${part}"]`)?.textContent);

describe('bad values, one table for every element', () => {
  for (const { tag, attribute, value, warning } of rows) {
    it(`<${tag} ${attribute}="${value}">: one warning, and the same as without the attribute`, async () => {
      const warnings = captureWarnings();
      try {
        const el = await create(tag, { [attribute]: value, 'no-animation': '' });
        const again = await create(tag, { [attribute]: value, 'no-animation': '' });
        expect(ours(warnings.messages)).to.deep.equal([warning]);
        const plain = await create(tag, { 'no-animation': '' });
        // What shows is the fallback: the element as if the attribute were absent (the counter's amount aside, it ticks).
        const text = (e: Element) => squash(e.shadowRoot!.textContent).replace(/[\d,.]+/g, '#');
        expect(text(el)).to.equal(text(plain));
        expect(text(again)).to.equal(text(plain));
      } finally {
        warnings.restore();
      }
    });
  }

  it('years 0001 to 9999 are years', async () => {
    const warnings = captureWarnings();
    try {
      const card = await create('migration-stat-card', { year: '0001', 'no-animation': '' });
      expect(shown(card, 'year')).to.equal('1');
      expect(card.shadowRoot!.querySelector('[part="year"]')!.getAttribute('datetime')).to.equal('0001');
      const counter = await create('migration-remittance-counter', { year: '9999' });
      expect(shown(counter, 'basis')).to.include('9999');
      const quote = await create('migration-quote-block', { date: '0050-03-01', text: 'Old words.' });
      expect(shown(quote, 'date')).to.equal('March 1, 50');
      expect(ours(warnings.messages)).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });
});

describe('properties set from JavaScript with values that are not strings', () => {
  let errors: string[];
  const onError = (event: ErrorEvent) => errors.push(String(event.message));
  beforeEach(() => {
    errors = [];
    window.addEventListener('error', onError);
  });
  afterEach(() => window.removeEventListener('error', onError));

  it('a number, a Date or an array is read as a native element would', async () => {
    const counter = (await create('migration-remittance-counter')) as RemittanceCounter;
    counter.annualAmount = 1e12;
    counter.since = new Date(Date.UTC(2017, 0, 1));
    await counter.updateComplete;
    expect(shown(counter, 'basis')).to.include('some $1 trillion a year');
    expect(shown(counter, 'lead')).to.include('Since January 1, 2017,');

    const quote = (await create('migration-quote-block')) as QuoteBlock;
    quote.date = new Date(Date.UTC(2018, 0, 12));
    (quote as unknown as { speaker: unknown }).speaker = ['A', 'B'];
    await quote.updateComplete;
    expect(shown(quote, 'date')).to.equal('January 12, 2018');
    expect(shown(quote, 'speaker')).to.equal('A, B');

    const card = (await create('migration-stat-card', { 'no-animation': '' })) as StatCard;
    (card as unknown as { label: unknown }).label = 42;
    card.year = 2017;
    card.value = 4242;
    await card.updateComplete;
    expect(shown(card, 'label')).to.equal('42');
    expect(shown(card, 'year')).to.equal('2017');
    expect(errors).to.deep.equal([]);
  });

  it('a plain object is not text: a warning, and the built-in value', async () => {
    const warnings = captureWarnings();
    try {
      const card = (await create('migration-stat-card', { 'no-animation': '' })) as StatCard;
      (card as unknown as { label: unknown }).label = { toJSON: () => 'x' };
      await card.updateComplete;
      expect(shown(card, 'label')).to.equal('international migrants in the world');
      expect(ours(warnings.messages)).to.deep.equal([
        '<migration-stat-card>: ignoring label="[object Object]" (not text); showing the figure’s label.',
      ]);
      expect(errors).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('a render that throws anyway shows the fallback written inside, with one error naming the element', async () => {
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    try {
      const wrapper = await fixture(
        html`<div><migration-stat-card no-animation><p>258 million international migrants</p></migration-stat-card></div>`,
      );
      const card = wrapper.querySelector('migration-stat-card')!;
      await card.updateComplete;
      expect(card.querySelector('p')!.getClientRects()).to.have.length(0);
      Object.defineProperty(card, 'fact', {
        get: () => {
          throw new Error('broken by the test');
        },
      });
      card.requestUpdate();
      await card.updateComplete;
      card.requestUpdate();
      await card.updateComplete;
      expect(card.querySelector('p')!.getClientRects().length).to.be.greaterThan(0);
      expect(logged).to.have.length(1);
      expect(logged[0]).to.match(
        /^<migration-stat-card>: could not render; showing its fallback content\. Error: broken by the test/,
      );
    } finally {
      console.error = original;
    }
  });
});

describe('a stat card with a value of its own', () => {
  it('writes it as a plain number unless format says otherwise', async () => {
    const card = await create('migration-stat-card', { value: '4242', 'no-animation': '' });
    expect(shown(card, 'value')).to.equal('4,242');
    const compact = await create('migration-stat-card', { value: '4242', format: 'compact', 'no-animation': '' });
    expect(shown(compact, 'value')).to.equal('4.242 thousand');
  });

  it('one million in a currency reads in words, as the source writes large sums', async () => {
    const card = await create('migration-stat-card', { value: '1000000', format: 'currency', 'no-animation': '' });
    expect(shown(card, 'value')).to.equal('$1 million');
  });

  it('a long bad value is cut at 80 characters in the warning', async () => {
    const warnings = captureWarnings();
    try {
      await create('migration-stat-card', { value: `${'1234567890'.repeat(10)}x`, 'no-animation': '' });
      expect(ours(warnings.messages)).to.deep.equal([
        '<migration-stat-card>: ignoring value="12345678901234567890123456789012345678901234567890123456789012345678901234567890…" (not a number from 0 to 10^15); showing the built-in value.',
      ]);
    } finally {
      warnings.restore();
    }
  });

  it('10^15 is the largest value it takes; a blank value is no value, not 0', async () => {
    const warnings = captureWarnings();
    try {
      const largest = await create('migration-stat-card', { value: '1000000000000000', 'no-animation': '' });
      expect(shown(largest, 'value')).to.equal('1,000,000,000,000,000');
      const blank = await create('migration-stat-card', { value: ' ', 'no-animation': '' });
      expect(shown(blank, 'value')).to.equal('258 million');
      expect(ours(warnings.messages)).to.deep.equal([
        '<migration-stat-card>: ignoring value=" " (not a number from 0 to 10^15); showing the built-in value.',
      ]);
    } finally {
      warnings.restore();
    }
  });
});
