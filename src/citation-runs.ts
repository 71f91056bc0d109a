/**
 * The citations a widget shows: the one-line credit, the full citation in the widget's language, and
 * the plain text "Copy citation" copies. The formats researchers paste (APA, BibTeX…) are in cite.ts,
 * which the widgets do not load.
 */
import { pressRelease, reportDocument, type Citation, type SourceDocument } from './data/index.js';
import { formatDate } from './format/date.js';
import { formatYear } from './format/number.js';
import { numberFormat } from './format/intl-cache.js';
import { fillParts, stringsFor } from './i18n/index.js';

/** Anything a widget cites: a figure, a quote (with its speaker) or the report. */
export interface Citable {
  readonly citation: Citation;
  /** Who said the words, for a quote. */
  readonly speaker?: string;
  readonly role?: string;
}

/** How a credit names a document's author, beyond what the citation record holds. */
export interface AuthorNames {
  /** The author in full, as reference lists write it. */
  readonly name: string;
  /** The short name a one-line credit uses. */
  readonly short: string;
}

const authors = new Map<SourceDocument, AuthorNames>([
  [reportDocument, { name: 'United Nations Secretary-General', short: 'UN Secretary-General' }],
  [pressRelease, { name: 'International Organization for Migration', short: 'IOM' }],
]);

/** The names of a document's author: the known ones, any other by its publisher. */
export function authorNames(doc: SourceDocument): AuthorNames {
  return authors.get(doc) ?? { name: doc.publisher, short: doc.publisher };
}

/** The document the words were copied from, and the one it quotes (absent when they are the same). */
export function chain(item: Citable): { original?: SourceDocument; copied: SourceDocument } {
  const { document, quotedIn } = item.citation;
  return quotedIn ? { original: document, copied: quotedIn } : { copied: document };
}

/** A quote whose speaker is not the publishing document's author is quoted in it. */
export function quotedSpeaker(item: Citable): string | undefined {
  if (!item.speaker) return undefined;
  const { copied } = chain(item);
  const author = authorNames(copied);
  return item.speaker === author.short || item.speaker === author.name || copied.publisher.startsWith(item.speaker)
    ? undefined
    : item.speaker;
}

export const year = (doc: SourceDocument) => doc.date.slice(0, 4);
const named = (doc: SourceDocument) => (doc.symbol ? `${doc.title} (${doc.symbol})` : doc.title);

/** The citation as plain text, in English: what "Copy citation" copies, and the `text` style. */
export function citationText(item: Citable): string {
  const { original, copied } = chain(item);
  const { locator, basis } = item.citation;
  const speaker = quotedSpeaker(item);
  const doc = (d: SourceDocument, where?: string) =>
    [named(d), d.publisher, formatDate(d.date, 'en'), where, d.url].filter(Boolean).join(', ');
  const pieces = [
    speaker ? `${speaker}${item.role ? `, ${item.role}` : ''}, as quoted in ${doc(copied, locator)}` : undefined,
    !speaker && original ? `${doc(original)}; as quoted in ${doc(copied, locator)}` : undefined,
    !speaker && !original ? doc(copied, locator) : undefined,
  ];
  return `${pieces.filter(Boolean).join('')}${basis ? `; based on ${basis}` : ''}.`;
}

/**
 * A piece of a citation as a widget shows it: the library's words and punctuation (a string, in
 * the widget's language), or a run a widget isolates — English names and titles (`en`, linked
 * where `href`), a date or a number in the widget's locale.
 */
export type CitationRun =
  | string
  | { readonly en: string; readonly href?: string; readonly title?: boolean }
  | { readonly date: string; readonly datetime: string }
  | { readonly number: string };

/** The runs as plain text, as an image or a clipboard takes them. */
export function runsText(runs: readonly CitationRun[]): string {
  return runs
    .map((run) => (typeof run === 'string' ? run : 'en' in run ? run.en : 'date' in run ? run.date : run.number))
    .join('');
}

/** A pattern with `{name}` filled by runs: the pattern's own words stay strings. */
const fillRuns = (pattern: string, values: Record<string, CitationRun[]>): CitationRun[] =>
  fillParts(pattern, values).flat();

/** Runs joined by a separator. */
function joined(separator: string, groups: CitationRun[][]): CitationRun[] {
  return groups.flatMap((group, i) => (i ? [separator, ...group] : group));
}

const yearRun = (doc: SourceDocument, locale: string): CitationRun => ({
  number: formatYear(Number(year(doc)), locale),
});

/** "para. 3" in the widget's language; any other locator stays as written, in English. */
function locatorRuns(locator: string, locale: string): CitationRun[] {
  const paragraph = /^para\. (\d+)$/.exec(locator)?.[1];
  if (paragraph === undefined) return [{ en: locator }];
  return fillRuns(stringsFor(locale).paragraph, {
    number: [{ number: numberFormat(locale).format(Number(paragraph)) }],
  });
}

/** What a credit or citation leaves out because the widget shows it already: the speaker, or the basis. */
export interface CitationOptions {
  /** The widget names the speaker itself (the quote block): the credit says only who quoted the words. */
  readonly speakerShown?: boolean;
  /** The widget names the basis itself (the counter): the credit leaves it out. */
  readonly basisShown?: boolean;
}

/**
 * The one-line credit's runs, without the "Source:" label: "UN Secretary-General, Making Migration
 * Work for All (A/72/643), as quoted by IOM, 2018; based on World Bank estimates".
 */
export function creditRuns(item: Citable, locale: string, options: CitationOptions = {}): CitationRun[] {
  const strings = stringsFor(locale);
  const { original, copied } = chain(item);
  const speaker = quotedSpeaker(item);
  const sep = strings.listSeparator;
  const publisher: CitationRun[] = [{ en: authorNames(copied).short, href: copied.url }, sep, yearRun(copied, locale)];
  const quotedBy = fillRuns(strings.asQuotedBy, { source: publisher });
  const titled = (doc: SourceDocument): CitationRun[] => [
    { en: authorNames(doc).short },
    sep,
    { en: named(doc), href: doc.url, title: true },
  ];
  let source: CitationRun[];
  if (speaker) source = options.speakerShown ? quotedBy : [{ en: speaker }, sep, ...quotedBy];
  else if (original) source = [...titled(original), sep, ...quotedBy];
  // A document without a symbol (the press release) goes by its author and year: its title is a headline.
  else if (copied.symbol) source = [...titled(copied), sep, yearRun(copied, locale)];
  else source = publisher;
  const basis = options.basisShown ? undefined : item.citation.basis;
  return basis ? [...source, strings.groupSeparator, ...fillRuns(strings.basis, { basis: [{ en: basis }] })] : source;
}

/**
 * The full citation's runs, in the widget's language: both documents with their publishers and
 * dates, the locator and the basis. Titles, names and publishers stay in English.
 */
export function citationRuns(item: Citable, locale: string, options: CitationOptions = {}): CitationRun[] {
  const strings = stringsFor(locale);
  const { original, copied } = chain(item);
  const { locator, basis } = item.citation;
  const sep = strings.listSeparator;
  const doc = (d: SourceDocument, where?: string): CitationRun[] =>
    joined(sep, [
      [{ en: named(d), href: d.url, title: true }],
      [{ en: d.publisher }],
      [{ date: formatDate(d.date, locale), datetime: d.date }],
      ...(where ? [locatorRuns(where, locale)] : []),
    ]);
  const speaker = options.speakerShown ? undefined : quotedSpeaker(item);
  const quoted = original !== undefined || quotedSpeaker(item) !== undefined;
  const asQuotedIn: CitationRun[] = quoted ? [`${strings.asQuotedIn} `, ...doc(copied, locator)] : doc(copied, locator);
  const groups: CitationRun[][] = [
    ...(speaker ? [[{ en: item.role ? `${speaker}, ${item.role}` : speaker }] as CitationRun[]] : []),
    ...(original ? [doc(original)] : []),
    asQuotedIn,
    ...(basis ? [fillRuns(strings.basis, { basis: [{ en: basis }] })] : []),
  ];
  return joined(strings.groupSeparator, groups);
}
