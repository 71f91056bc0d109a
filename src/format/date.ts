import { dateFormat } from './intl-cache.js';

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` as 00:00 UTC that day; undefined for anything else, or a date that does not exist. */
export function parseIsoDate(text: string | null | undefined): Date | undefined {
  const match = isoDate.exec(text?.trim() ?? '');
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  if (y < 1) return undefined;
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : undefined;
}

// French writes the first day of a month as an ordinal ("1er janvier"); Intl writes "1 janvier".
const firstDay: Record<string, string> = { fr: '1er' };

/** A `YYYY-MM-DD` date in the locale's long form ("12 December 2017"), read in UTC so it never shifts a day. */
export function formatDate(iso: string, locale: string): string {
  const date = parseIsoDate(iso);
  if (!date) return '';
  const ordinal = date.getUTCDate() === 1 ? firstDay[new Intl.Locale(locale).language] : undefined;
  return dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })
    .formatToParts(date)
    .map((part) => (part.type === 'day' && ordinal ? ordinal : part.value))
    .join('');
}
