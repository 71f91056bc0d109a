/**
 * Ready citations of what a widget shows, in the formats researchers paste: plain text, APA 7,
 * Chicago (notes), BibTeX and CSL-JSON, plus the one-line credit an exported image carries.
 * Everything is built from the widgets' own citation records (src/data), so a citation never
 * says more or less than the widget does.
 */
import {
  authorNames,
  chain,
  citationText,
  creditRuns,
  quotedSpeaker,
  runsText,
  year,
  type AuthorNames,
  type Citable,
  type CitationOptions,
} from './citation-runs.js';
import { pressRelease, reportDocument, type SourceDocument } from './data/index.js';
import { formatDate, parseIsoDate } from './format/date.js';
import { dateFormat } from './format/intl-cache.js';
import { fillTemplate, stringsFor } from './i18n/index.js';

export {
  citationRuns,
  citationText,
  creditRuns,
  runsText,
  type Citable,
  type CitationOptions,
  type CitationRun,
} from './citation-runs.js';

/** How bibliographies name a document and its author (the widgets need only the names: citation-runs.ts). */
export interface DocumentAuthor extends AuthorNames {
  /** The title in sentence case, as APA writes it. */
  readonly sentenceCaseTitle: string;
  /** A stable key for BibTeX and CSL-JSON. */
  readonly key: string;
}

const bibliographic = new Map<SourceDocument, Omit<DocumentAuthor, keyof AuthorNames>>([
  [reportDocument, { sentenceCaseTitle: 'Making migration work for all', key: 'un-sg-2017-a-72-643' }],
  [
    pressRelease,
    {
      sentenceCaseTitle: 'UN Migration Agency welcomes UN Secretary General’s report – Making migration work for all',
      key: 'iom-2018-01-12',
    },
  ],
]);

/** The author of a document: the known ones by name, any other by its publisher. */
export function authorOf(doc: SourceDocument): DocumentAuthor {
  return {
    ...authorNames(doc),
    ...(bibliographic.get(doc) ?? {
      sentenceCaseTitle: doc.title,
      key: `${doc.publisher}-${doc.date}`.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    }),
  };
}

const usDate = (doc: SourceDocument) => formatDate(doc.date, 'en-US');

export const citationStyles = ['text', 'apa', 'chicago', 'bibtex', 'csl-json'] as const;
export type CitationStyle = (typeof citationStyles)[number];

function apaReference(doc: SourceDocument): string {
  const author = authorOf(doc);
  const monthDay = dateFormat('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    parseIsoDate(doc.date),
  );
  const date = doc.kind === 'Press release' ? `${year(doc)}, ${monthDay}` : year(doc);
  const title =
    doc.kind === 'Press release'
      ? `${author.sentenceCaseTitle} [Press release]`
      : `${author.sentenceCaseTitle}${doc.kind ? `: ${doc.kind}` : ''}${doc.symbol ? ` (${doc.symbol})` : ''}`;
  // APA leaves out a publisher that is the author itself ("IOM, the UN Migration Agency").
  const publisher = doc.publisher === author.name || doc.publisher.startsWith(author.short) ? '' : ` ${doc.publisher}.`;
  return `${author.name}. (${date}). ${title}.${publisher} ${doc.url}`;
}

function apa(item: Citable): string {
  const { original, copied } = chain(item);
  const { locator, basis } = item.citation;
  const speaker = quotedSpeaker(item);
  const copiedAuthor = authorOf(copied).name;
  const cited = speaker ?? (original ? `${authorOf(original).name}, ${year(original)}` : undefined);
  const inText = cited
    ? `(${cited}, as cited in ${copiedAuthor}, ${year(copied)}${locator ? `, ${locator}` : ''})`
    : `(${copiedAuthor}, ${year(copied)}${locator ? `, ${locator}` : ''})`;
  const references = [original, copied].filter((d): d is SourceDocument => d !== undefined).map(apaReference);
  return `${references.join('\n')}\nIn text: ${inText}${basis ? `, based on ${basis}` : ''}`;
}

function chicagoDocument(doc: SourceDocument, locator?: string): string {
  const author = authorOf(doc).name;
  const where = locator ? `, ${locator}` : '';
  if (doc.kind === 'Press release')
    return `${author}, “${doc.title},” press release, ${usDate(doc)}${where}, ${doc.url}`;
  const kind = doc.kind ? `: ${doc.kind}` : '';
  const symbol = doc.symbol ? `${doc.symbol} ` : '';
  return `${author}, ${doc.title}${kind}, ${symbol}(${doc.publisher}, ${usDate(doc)})${where}, ${doc.url}`;
}

function chicago(item: Citable): string {
  const { original, copied } = chain(item);
  const { locator, basis } = item.citation;
  const speaker = quotedSpeaker(item);
  const first = speaker ?? (original ? chicagoDocument(original) : undefined);
  const body = first ? `${first}, quoted in ${chicagoDocument(copied, locator)}` : chicagoDocument(copied, locator);
  return `${body}${basis ? `, based on ${basis}` : ''}.`;
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function bibtexEntry(doc: SourceDocument, note?: string): string {
  const author = authorOf(doc);
  const press = doc.kind === 'Press release';
  const fields: Array<[string, string]> = [
    // Double braces keep a corporate author whole: BibTeX would read "Secretary-General" as a surname.
    ['author', `{{${author.name}}}`],
    ['title', `{${doc.title}}`],
    ...(press ? [['howpublished', '{Press release}'] as [string, string]] : []),
    ...(!press ? [['institution', `{${doc.publisher}}`] as [string, string]] : []),
    ...(!press && doc.kind ? [['type', `{${doc.kind}}`] as [string, string]] : []),
    ...(doc.symbol ? [['number', `{${doc.symbol}}`] as [string, string]] : []),
    ['year', `{${year(doc)}}`],
    ['month', months[Number(doc.date.slice(5, 7)) - 1]!],
    ['date', `{${doc.date}}`],
    ['url', `{${doc.url}}`],
    ...(note ? [['note', `{${note}}`] as [string, string]] : []),
  ];
  const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n');
  return `@${press ? 'misc' : 'techreport'}{${author.key},\n${body}\n}`;
}

/** "As quoted in …": the note that ties the cited document (or speaker) to the one it was copied from. */
function quotedNote(item: Citable): string | undefined {
  const { original, copied } = chain(item);
  const { locator, basis } = item.citation;
  const speaker = quotedSpeaker(item);
  const where = locator ? `, ${locator}` : '';
  const pieces = [
    speaker ? `Words of ${speaker}` : undefined,
    original || speaker ? `as quoted in ${authorOf(copied).name} (${year(copied)})${where}` : undefined,
    basis ? `based on ${basis}` : undefined,
  ].filter(Boolean);
  if (pieces.length === 0) return locator;
  const note = pieces.join('; ');
  return note.charAt(0).toUpperCase() + note.slice(1);
}

function bibtex(item: Citable): string {
  const { original, copied } = chain(item);
  const note = quotedNote(item);
  if (!original) return bibtexEntry(copied, note);
  return `${bibtexEntry(original, note)}\n\n${bibtexEntry(copied)}`;
}

/** CSL-JSON items (the format Zotero, Mendeley and pandoc read), the cited document first. */
export function cslItems(item: Citable): Array<Record<string, unknown>> {
  const { original, copied } = chain(item);
  const note = quotedNote(item);
  const cslItem = (doc: SourceDocument, withNote: boolean) => {
    const press = doc.kind === 'Press release';
    const [y, m, d] = doc.date.split('-').map(Number);
    return {
      id: authorOf(doc).key,
      type: press ? 'article' : 'report',
      title: doc.title,
      ...(doc.kind ? { genre: doc.kind } : {}),
      ...(doc.symbol ? { number: doc.symbol } : {}),
      author: [{ literal: authorOf(doc).name }],
      publisher: doc.publisher,
      issued: { 'date-parts': [[y, m, d]] },
      URL: doc.url,
      ...(withNote && note ? { note } : {}),
    };
  };
  return original ? [cslItem(original, true), cslItem(copied, false)] : [cslItem(copied, true)];
}

/** The citation of a figure, quote or the report in one style. */
export function formatCitation(item: Citable, style: CitationStyle): string {
  switch (style) {
    case 'apa':
      return apa(item);
    case 'chicago':
      return chicago(item);
    case 'bibtex':
      return bibtex(item);
    case 'csl-json':
      return JSON.stringify(cslItems(item), null, 2);
    default:
      return citationText(item);
  }
}

/**
 * The one-line credit as text, in the widget's language: "Source: UN Secretary-General, Making
 * Migration Work for All (A/72/643), as quoted by IOM, 2018". Titles and names stay in English.
 */
export function creditLine(item: Citable, locale: string, options: CitationOptions = {}): string {
  return fillTemplate(stringsFor(locale).sourceLine, { source: runsText(creditRuns(item, locale, options)) });
}
