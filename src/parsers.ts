import { parseIsoDate } from './format/date.js';
import { isKnownCurrency, largestFigure } from './format/number.js';
import { safeUrl } from './safe-url.js';

/**
 * One kind of attribute value: how a raw attribute or property value is read, and the one
 * reason given when it cannot be. Every element reads the same kind with the same parser, so
 * "bad year" reads the same everywhere.
 */
export interface ValueKind<T> {
  /** Why a value was rejected, as the warning says it: "not a year from 1 to 9999". */
  readonly why: string;
  /** The value, or undefined when it is not one of this kind. */
  parse(raw: unknown): T | undefined;
}

/**
 * What a page may pass, as text, the way native elements coerce (`img.alt = 42`): numbers,
 * booleans and arrays by their string form, a `Date` as its `YYYY-MM-DD` day (UTC); undefined for
 * anything without a meaningful string form (a plain object, an invalid date, a symbol).
 */
function textOf(raw: unknown): string | undefined {
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' || typeof raw === 'boolean' || typeof raw === 'bigint') return String(raw);
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? undefined : isoDay(raw);
  if (Array.isArray(raw)) return raw.map((item) => textOf(item) ?? '').join(', ');
  return undefined;
}

/** The UTC day of a date as `YYYY-MM-DD`, years padded to four digits. */
function isoDay(date: Date): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** A number from text or a number: blank text is no number (where `Number('')` says 0). */
function numberOf(raw: unknown): number | undefined {
  if (typeof raw === 'number') return raw;
  const text = textOf(raw)?.trim();
  return text ? Number(text) : undefined;
}

function kind<T>(why: string, parse: (raw: unknown) => T | undefined): ValueKind<T> {
  return { why, parse };
}

/** A whole number within `min`…`max`, written in ASCII digits. */
function wholeNumber(min: number, max: number, why: string): ValueKind<number> {
  return kind(why, (raw) => {
    const text = textOf(raw)?.trim() ?? '';
    if (!/^\d{1,16}$/.test(text)) return undefined;
    const n = Number(text);
    return n >= min && n <= max ? n : undefined;
  });
}

/** Free text a partner supplies (a label, a speaker): trimmed; blank reads as absent, without a warning. */
export const text = kind('not text', (raw) => textOf(raw)?.trim());

/** An amount shown as a figure: 0 to 10^15. */
export const amount = kind('not a number from 0 to 10^15', (raw) => {
  const n = numberOf(raw);
  return n !== undefined && n >= 0 && n <= largestFigure ? n : undefined;
});

/** An amount that flows (an annual total): above 0, up to 10^15. */
export const positiveAmount = kind('not a positive number up to 10^15', (raw) => {
  const n = amount.parse(raw);
  return n ? n : undefined;
});

/** A calendar year, 1 to 9999 (`0001` included). */
export const year = wholeNumber(1, 9999, 'not a year from 1 to 9999');

/** An ISO 4217 code this engine knows, upper-cased. */
export const currency = kind('not an ISO 4217 currency code', (raw) => {
  const code = textOf(raw)?.trim() ?? '';
  return isKnownCurrency(code) ? code.toUpperCase() : undefined;
});

/** Digits after the decimal sign: what Intl allows. */
export const fractionDigits = wholeNumber(0, 20, 'not a whole number from 0 to 20');

/** A heading level a widget may take in the page's outline: h2 to h6. */
export const headingLevel = wholeNumber(2, 6, 'not a whole number from 2 to 6') as ValueKind<2 | 3 | 4 | 5 | 6>;

/** A number of lines. */
export const lineCount = wholeNumber(1, Number.MAX_SAFE_INTEGER, 'not a positive whole number of lines');

/** A link: plain http(s) only. */
export const url = kind('not an http(s) address', (raw) => safeUrl(textOf(raw)));

/** A day, `YYYY-MM-DD` (years 0001–9999) or a `Date`: its canonical `YYYY-MM-DD`. */
export const isoDate = kind('not a YYYY-MM-DD date', (raw) => {
  const date = parseIsoDate(textOf(raw));
  return date ? isoDay(date) : undefined;
});

/** One of a fixed list of words, as written. */
export function oneOf<const T extends string>(values: readonly T[]): ValueKind<T> {
  return kind(`not one of ${values.join(', ')}`, (raw) => {
    const word = textOf(raw)?.trim();
    return values.find((value) => value === word);
  });
}

const variants = ['default', 'compact', 'emphasis'] as const;
export type Variant = (typeof variants)[number];
export const variant = oneOf(variants);

const themes = ['light', 'dark', 'system'] as const;
export type Theme = (typeof themes)[number];
export const theme = oneOf(themes);

const citationDisplays = ['credit', 'full'] as const;
export type CitationDisplay = (typeof citationDisplays)[number];
export const citationDisplay = oneOf(citationDisplays);
