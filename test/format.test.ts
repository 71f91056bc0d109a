import { expect } from '@open-wc/testing';
import { formatDate, parseIsoDate } from '../src/format/date.js';
import { numberFormat } from '../src/format/intl-cache.js';
import { agreeingLabel, formatNumber, isKnownCurrency, significantDigits } from '../src/format/number.js';

describe('format: numbers keep the source precision', () => {
  it('counts significant digits of stated numbers', () => {
    expect(significantDigits(258_000_000)).to.equal(3);
    expect(significantDigits(600e9)).to.equal(1);
    expect(significantDigits(85)).to.equal(2);
    expect(significantDigits(12.5)).to.equal(3);
    expect(significantDigits(0.3)).to.equal(1);
    expect(significantDigits(0)).to.equal(1);
  });

  it('compact: never fewer significant digits than the source, in every UN language', () => {
    const english = formatNumber(258e6, 'en', { style: 'compact' });
    expect(english).to.equal('258 million');
    const chinese = formatNumber(258e6, 'zh', { style: 'compact' });
    // Compare with this engine's own Intl at three significant digits, and never the 2-digit default.
    expect(chinese).to.equal(
      new Intl.NumberFormat('zh', { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 }).format(
        258e6,
      ),
    );
    expect(chinese).to.include('2.58');
    expect(formatNumber(258e6, 'fr', { style: 'compact' })).to.match(/^258\s+millions$/);
    for (const locale of ['ar', 'ru', 'es']) {
      const expected = new Intl.NumberFormat(locale, {
        notation: 'compact',
        compactDisplay: 'long',
        maximumSignificantDigits: 3,
      }).format(258e6);
      expect(formatNumber(258e6, locale, { style: 'compact' })).to.equal(expected);
    }
  });

  it('percent takes the value in per cent', () => {
    expect(formatNumber(85, 'en', { style: 'percent' })).to.equal('85%');
    expect(formatNumber(12.5, 'en', { style: 'percent' })).to.equal('12.5%');
    expect(formatNumber(85, 'fr', { style: 'percent' })).to.equal(
      new Intl.NumberFormat('fr', { style: 'percent' }).format(0.85),
    );
  });

  it('currency, compact or in full; fraction digits when asked', () => {
    expect(formatNumber(600e9, 'en', { style: 'currency', currency: 'USD', compact: true })).to.equal('$600 billion');
    expect(formatNumber(600e9, 'en', { style: 'currency', currency: 'USD' })).to.equal('$600,000,000,000');
    expect(formatNumber(19025.875, 'en', { style: 'currency', currency: 'USD', fractionDigits: 2 })).to.equal(
      '$19,025.88',
    );
    expect(formatNumber(258e6, 'en', { style: 'number' })).to.equal('258,000,000');
  });

  it('large sums of money in long words, never a short pattern that changes the magnitude (bn "৬কোUS$")', () => {
    const money = { style: 'currency', currency: 'USD', compact: true } as const;
    expect(formatNumber(600e9, 'fr', money).replace(/\s/g, ' ')).to.equal('600 milliards $US');
    expect(formatNumber(600e9, 'zh', money)).to.equal('US$6000亿');
    expect(formatNumber(600e9, 'ru', money).replace(/\s/g, ' ')).to.equal('600 миллиардов $');
    expect(formatNumber(600e9, 'bn', money)).to.not.include('কোUS$');
    expect(formatNumber(600e9, 'bn', money)).to.include('কোটি');
  });

  it('a label agrees with the number as shown: plain "21" and compact "21 млн" differ', () => {
    const forms = { one: 'мигрант', few: 'мигранта', many: 'мигрантов', other: 'мигранта*' };
    const plain = { style: 'number' } as const;
    expect(agreeingLabel(forms, 21, 'ru', plain)).to.equal('мигрант');
    expect(agreeingLabel(forms, 2, 'ru', plain)).to.equal('мигранта');
    expect(agreeingLabel(forms, 5, 'ru', plain)).to.equal('мигрантов');
    expect(agreeingLabel(forms, 21e6, 'ru', { style: 'compact' })).to.equal('мигрантов');
    expect(agreeingLabel(forms, 1.5, 'ru', plain)).to.equal('мигранта*');
    const fr = { one: 'migrant', many: 'de migrants', other: 'migrants' };
    expect(agreeingLabel(fr, 258e6, 'fr', { style: 'compact' })).to.equal('de migrants');
    expect(agreeingLabel(fr, 21, 'fr', plain)).to.equal('migrants');
    const ar = { zero: '0', one: '1', two: '2', few: '3-10', many: '11-99', other: '100' };
    expect([1, 2, 5, 21, 258e6].map((n) => agreeingLabel(ar, n, 'ar', plain))).to.deep.equal([
      '1',
      '2',
      '3-10',
      '11-99',
      '100',
    ]);
    expect(agreeingLabel('plain', 5, 'ru', plain)).to.equal('plain');
  });

  it('knows real currency codes only', () => {
    expect(isKnownCurrency('USD')).to.equal(true);
    expect(isKnownCurrency('eur')).to.equal(true);
    expect(isKnownCurrency('XYZ')).to.equal(false);
    expect(isKnownCurrency('US')).to.equal(false);
  });

  it('caches one formatter per locale and options', () => {
    expect(numberFormat('fr', { style: 'percent' })).to.equal(numberFormat('fr', { style: 'percent' }));
    expect(numberFormat('fr', { style: 'percent' })).to.not.equal(numberFormat('en', { style: 'percent' }));
  });
});

describe('format: dates', () => {
  it('parses YYYY-MM-DD as 00:00 UTC and rejects impossible dates', () => {
    expect(parseIsoDate('2017-12-12')!.getTime()).to.equal(Date.UTC(2017, 11, 12));
    expect(parseIsoDate('2017-02-30')).to.equal(undefined);
    expect(parseIsoDate('0000-01-01'), 'there is no year 0').to.equal(undefined);
    expect(parseIsoDate('12/12/2017')).to.equal(undefined);
    expect(parseIsoDate('')).to.equal(undefined);
    expect(parseIsoDate(null)).to.equal(undefined);
  });

  it('French writes the first of the month as "1er"', () => {
    expect(formatDate('2018-01-01', 'fr')).to.equal('1er janvier 2018');
    expect(formatDate('2018-01-12', 'fr')).to.equal('12 janvier 2018');
    expect(formatDate('2018-01-01', 'en')).to.equal('January 1, 2018');
  });

  it('formats in the locale, in UTC, never a day off', () => {
    expect(formatDate('2017-12-12', 'en')).to.equal('December 12, 2017');
    expect(formatDate('2017-12-12', 'en-GB')).to.equal('12 December 2017');
    expect(formatDate('2017-12-12', 'fr')).to.equal('12 décembre 2017');
    expect(formatDate('not a date', 'en')).to.equal('');
  });
});
