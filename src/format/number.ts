import type { FigureLabel } from '../i18n/index.js';
import { numberFormat, pluralRules } from './intl-cache.js';
import { Lru } from '../lru.js';

type NumberStyle = 'number' | 'compact' | 'percent' | 'currency';

export interface FormatOptions {
  style: NumberStyle;
  /** ISO 4217 code, for `currency` (and compact currency). */
  currency?: string;
  /** Exact number of fraction digits; otherwise the source's precision decides. */
  fractionDigits?: number;
  /** For `currency`: the amount in words ("$600 billion") instead of all digits. */
  compact?: boolean;
}

/**
 * The largest figure a widget shows: a quadrillion, far above any figure of this field (the world's
 * remittances are some 6 × 10^11 a year). Past it a number prints as a wall of digits.
 */
export const largestFigure = 1e15;

/** How many significant digits a stated number has: 258 000 000 → 3, 600e9 → 1, 0.85 → 2. */
export function significantDigits(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 1;
  const digits = Math.abs(value).toExponential().split('e')[0]!.replace('.', '').replace(/0+$/, '');
  return Math.max(1, Math.min(21, digits.length));
}

/** True for an ISO 4217 code this engine's Intl knows. */
export function isKnownCurrency(code: string): boolean {
  if (!/^[A-Za-z]{3}$/.test(code)) return false;
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
  if (supported) return supported('currency').includes(code.toUpperCase());
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return true;
  } catch {
    return false;
  }
}

/** The Intl options for a figure: the source's precision kept, the style honoured. */
function intlOptions(value: number, options: FormatOptions): Intl.NumberFormatOptions {
  const { style, currency = 'USD', fractionDigits } = options;
  const precision: Intl.NumberFormatOptions =
    fractionDigits !== undefined
      ? { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }
      : { maximumSignificantDigits: significantDigits(value) };
  switch (style) {
    case 'percent':
      return { style: 'percent', ...precision };
    case 'currency':
      return { style: 'currency', currency, ...precision };
    case 'compact':
      // Long words only: a short pattern can change the magnitude word (bn "৬কো" reads as 6 crore for 600 billion).
      return { notation: 'compact', compactDisplay: 'long', ...precision };
    default:
      return precision;
  }
}

/**
 * Formats a figure for a locale. `percent` takes the value in per cent (85 → "85 %").
 * Compact notation shows at least the source's significant digits: "258 million", "2.58亿".
 */
export function formatNumber(value: number, locale: string, options: FormatOptions): string {
  return formatNumberToParts(value, locale, options)
    .map((part) => part.value)
    .join('');
}

/** Parts by locale, value and options: the cards of one figure in one language format it once, not once each. */
const formatted = new Lru<readonly Intl.NumberFormatPart[]>();

/** The same, split into Intl's parts, so that digits can be animated apart from unit words. */
export function formatNumberToParts(
  value: number,
  locale: string,
  options: FormatOptions,
): readonly Intl.NumberFormatPart[] {
  const { style, currency, fractionDigits, compact } = options;
  return formatted.get(`${locale}|${value}|${style}|${currency}|${fractionDigits}|${compact}`, () => {
    if (style === 'currency' && compact) return moneyInWords(value, locale, options);
    const shown = style === 'percent' ? value / 100 : value;
    return numberFormat(locale, intlOptions(value, options)).formatToParts(shown);
  });
}

const numeric = new Set(['integer', 'group', 'decimal', 'fraction']);

/**
 * "$600 billion", "600 milliards $US": Intl's compact currency is short only ("$600B"), so the amount
 * in long words takes the place of the digits in the locale's currency pattern.
 */
function moneyInWords(value: number, locale: string, options: FormatOptions): Intl.NumberFormatPart[] {
  const words = numberFormat(locale, intlOptions(value, { ...options, style: 'compact' })).formatToParts(value);
  const money = numberFormat(locale, { style: 'currency', currency: options.currency ?? 'USD' }).formatToParts(value);
  const first = money.findIndex((part) => numeric.has(part.type));
  return [...money.slice(0, first), ...words, ...money.slice(first).filter((part) => !numeric.has(part.type))];
}

/** A year as the widgets write it: in the language's digits, without a thousands separator ("2017", "٢٠١٧"). */
export function formatYear(year: number, locale: string): string {
  return numberFormat(locale, { useGrouping: false }).format(year);
}

/** The locale with Latin digits (`ar` → `ar-u-nu-latn`), by locale. */
const latinDigits = new Lru<string>();

/**
 * The number the parts spell, read back through Latin digits: 258 for "258 million", 21 for "٢١";
 * `exponent` is the power of ten the unit word stands for (6 for "million"), 0 without one.
 */
export function spelledNumber(value: number, locale: string, options: FormatOptions) {
  const latin = formatNumberToParts(
    value,
    latinDigits.get(locale, () => new Intl.Locale(locale, { numberingSystem: 'latn' }).toString()),
    options,
  );
  const digits = latin
    .filter((p) => p.type === 'integer' || p.type === 'fraction' || p.type === 'decimal')
    .map((p) => (p.type === 'decimal' ? '.' : p.value))
    .join('');
  const spelled = Number(digits);
  const fractionDigits = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
  const compact = latin.some((p) => p.type === 'compact');
  const exponent = compact && spelled > 0 ? Math.round(Math.log10(value / spelled)) : 0;
  return { spelled, fractionDigits, exponent };
}

/**
 * The form of `label` that agrees with the number as shown: a plain "21" and a compact "21 млн"
 * take different forms, and after a magnitude word the label agrees with the word: "1,2 million de
 * migrants" as "2 millions de migrants", "1,2 млн мигрантов", "1.2 مليون مهاجر".
 */
export function agreeingLabel(label: FigureLabel, value: number, locale: string, options: FormatOptions): string {
  if (typeof label === 'string') return label;
  const { spelled, fractionDigits, exponent } = spelledNumber(value, locale, options);
  // Intl.PluralRules lacks CLDR's compact exponent (e): its power of ten alone picks the form CLDR gives.
  if (exponent) return label[pluralRules(locale).select(10 ** exponent)] ?? label.other;
  // Intl takes at most 100 fraction digits (5e-324 shows 324); past 20, no language's plural forms differ.
  const rules = pluralRules(locale, { minimumFractionDigits: Math.min(fractionDigits, 20) });
  return label[rules.select(spelled)] ?? label.other;
}
