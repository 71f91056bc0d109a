// Number-like properties are numbers: an attribute is read into one by the same parser that judges a value set from
// script, and a bad value gets the same warning either way.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { captureWarnings, ours } from '../support/console.js';

type Host = HTMLElement & { updateComplete: Promise<unknown> } & Record<string, unknown>;

const cases = [
  {
    tag: 'migration-stat-card',
    attribute: 'value',
    property: 'value',
    good: ['12.5', 12.5],
    why: 'not a number from 0 to 10^15',
    fallback: 'showing the built-in value',
  },
  {
    tag: 'migration-stat-card',
    attribute: 'fraction-digits',
    property: 'fractionDigits',
    good: ['2', 2],
    why: 'not a whole number from 0 to 20',
    fallback: 'keeping the source’s precision',
  },
  {
    tag: 'migration-stat-card',
    attribute: 'year',
    property: 'year',
    good: ['0017', 17],
    why: 'not a year from 1 to 9999',
    fallback: 'leaving it out',
  },
  {
    tag: 'migration-quote-block',
    attribute: 'clamp',
    property: 'clamp',
    good: ['3', 3],
    why: 'not a positive whole number of lines',
    fallback: 'showing the whole quote',
  },
  {
    tag: 'migration-remittance-counter',
    attribute: 'annual-amount',
    property: 'annualAmount',
    good: ['1e9', 1e9],
    why: 'not a positive number up to 10^15',
    fallback: 'using the built-in 2017 amount',
  },
  {
    tag: 'migration-remittance-counter',
    attribute: 'year',
    property: 'year',
    good: ['2020', 2020],
    why: 'not a year from 1 to 9999',
    fallback: 'using 2017',
  },
  {
    tag: 'migration-summary-panel',
    attribute: 'heading-level',
    property: 'headingLevel',
    good: ['4', 4],
    why: 'not a whole number from 2 to 6',
    fallback: 'using 2',
  },
] as const;

async function create(tag: string, set: (el: Host) => void): Promise<Host> {
  const el = document.createElement(tag) as Host;
  el.setAttribute('no-animation', '');
  set(el);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('hardening: number-like properties are numbers, read and warned about as their attributes', () => {
  for (const { tag, attribute, property, good, why, fallback } of cases) {
    it(`<${tag}> ${attribute}="${good[0]}" sets ${property} to the number ${good[1]}`, async () => {
      const el = await create(tag, (e) => e.setAttribute(attribute, good[0]));
      expect(el[property]).to.equal(good[1]);
      el.remove();
    });

    it(`<${tag}> a bad ${attribute} warns the same as attribute and as property`, async () => {
      const warnings = captureWarnings();
      try {
        const byAttribute = await create(tag, (e) => e.setAttribute(attribute, '12abc'));
        const byProperty = await create(tag, (e) => (e[property] = '34abc'));
        expect(ours(warnings.messages)).to.deep.equal([
          `<${tag}>: ignoring ${attribute}="12abc" (${why}); ${fallback}.`,
          `<${tag}>: ignoring ${attribute}="34abc" (${why}); ${fallback}.`,
        ]);
        byAttribute.remove();
        byProperty.remove();
      } finally {
        warnings.restore();
      }
    });
  }
});
