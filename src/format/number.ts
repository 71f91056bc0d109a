import { numberFormat } from './intl-cache.js';

type NumberStyle = 'number' | 'compact' | 'percent' | 'currency';

export interface FormatOptions {
  style: NumberStyle;
  /** ISO 4217 code, for `currency` (and compact currency). */
  currency?: string;
  /** Exact number of fraction digits; otherwise the source's precision decides. */
  fractionDigits?: number;
  /** For `currency`: compact notation ("$600B") instead of all digits. */
  compact?: boolean;
  compactDisplay?: 'short' | 'long';
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
  const { style, currency = 'USD', fractionDigits, compactDisplay = 'long' } = options;
  const precision: Intl.NumberFormatOptions =
    fractionDigits !== undefined
      ? { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }
      : { maximumSignificantDigits: significantDigits(value) };
  const compact: Intl.NumberFormatOptions = { notation: 'compact', compactDisplay };
  switch (style) {
    case 'percent':
      return { style: 'percent', ...precision };
    case 'currency':
      return { style: 'currency', currency, ...(options.compact ? compact : {}), ...precision };
    case 'compact':
      return { ...compact, ...precision };
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

/** The same, split into Intl's parts, so that digits can be animated apart from unit words. */
export function formatNumberToParts(value: number, locale: string, options: FormatOptions): Intl.NumberFormatPart[] {
  const shown = options.style === 'percent' ? value / 100 : value;
  return numberFormat(locale, intlOptions(value, options)).formatToParts(shown);
}
