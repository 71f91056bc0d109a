import { pressRelease, type Citation } from './citation.js';

/** Words of a named speaker, stored exactly as the source prints them. */
export interface Quote {
  readonly id: string;
  /**
   * The quote's pieces, each verbatim. The source may interrupt a quote with its
   * attribution; shown as one quote, a fragment's closing comma may become a full stop.
   */
  readonly fragments: readonly string[];
  readonly speaker: string;
  readonly role: string;
  /** ISO date of the citing document. */
  readonly date: string;
  /** BCP 47 language of the words. */
  readonly lang: string;
  readonly citation: Citation;
}

const quote = (q: Quote): Quote =>
  Object.freeze({ ...q, fragments: Object.freeze([...q.fragments]), citation: Object.freeze(q.citation) });

export const quotes: readonly Quote[] = Object.freeze([
  // The release does not say these words are in the report: cite them as quoted in the release.
  quote({
    id: 'legal-pathways',
    fragments: [
      'The best way to end the stigma of illegality and abuse around migrants is, in fact, for governments to put in place more legal pathways for migration,',
      'This will remove incentives for individuals to break the rules, while better meeting the needs of markets for foreign labour.',
    ],
    // The source writes "Antonio"; the UN's own spelling of his name is "António".
    speaker: 'António Guterres',
    role: 'Secretary-General of the United Nations',
    date: pressRelease.date,
    lang: 'en',
    citation: { document: pressRelease, locator: 'para. 7' },
  }),
  // IOM's own statement about the report: attributed to IOM, never to the Secretary-General.
  quote({
    id: 'matter-of-choice',
    fragments: [
      'IOM particularly commends the Report’s commitment to the notion that migration should be a matter of choice, not necessity, as well as the importance it attaches to protecting the rights of all migrants.',
    ],
    speaker: 'IOM',
    role: 'the UN Migration Agency',
    date: pressRelease.date,
    lang: 'en',
    citation: { document: pressRelease, locator: 'para. 6' },
  }),
]);

export const defaultQuoteId = 'legal-pathways';

/** The built-in quote with this id, or undefined. */
export function quoteById(id: string | null | undefined): Quote | undefined {
  return quotes.find((q) => q.id === id);
}

/** The fragments as shown, each its own piece: a closing comma before the next fragment becomes a full stop. */
export function quotePieces(q: Pick<Quote, 'fragments'>): string[] {
  return q.fragments.map((f, i) => (i < q.fragments.length - 1 ? f.replace(/,$/, '.') : f));
}

/** The fragments joined as one quote, as shown. */
export function quoteText(q: Pick<Quote, 'fragments'>): string {
  return quotePieces(q).join(' ');
}
