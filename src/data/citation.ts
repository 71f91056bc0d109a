/** A document that words or figures are taken from. */
export interface SourceDocument {
  readonly title: string;
  readonly publisher: string;
  /** ISO date, `YYYY-MM-DD`. */
  readonly date: string;
  readonly url: string;
  /** UN document symbol, where the document has one. */
  readonly symbol?: string;
  /** What kind of document it is, in the source's words. */
  readonly kind?: string;
}

/**
 * Where a figure or quote comes from. `document` is who said it; `quotedIn` is the
 * document whose text the library copies it from (the IOM press release), when that differs.
 */
export interface Citation {
  readonly document: SourceDocument;
  readonly quotedIn?: SourceDocument;
  /** Where in the copied text, e.g. `para. 3`. */
  readonly locator?: string;
  /** The basis the source itself names, verbatim (e.g. `World Bank estimates`). */
  readonly basis?: string;
}

export const reportDocument: SourceDocument = Object.freeze({
  title: 'Making Migration Work for All',
  kind: 'Report of the Secretary-General',
  publisher: 'United Nations',
  symbol: 'A/72/643',
  date: '2017-12-12',
  url: 'https://undocs.org/A/72/643',
});

// The header reads "01/12/18": month/day/year, the day after the Thursday (11 January 2018) it reports on.
export const pressRelease: SourceDocument = Object.freeze({
  title: 'UN Migration Agency Welcomes UN Secretary General’s Report – Making Migration Work for All',
  kind: 'Press release',
  publisher: 'IOM, the UN Migration Agency',
  date: '2018-01-12',
  url: 'https://www.iom.int/news/un-migration-agency-welcomes-un-secretary-generals-report-making-migration-work-all',
});

/** A citation of the report, as quoted in the IOM press release, at `locator`. */
export function reportAsQuoted(locator: string, basis?: string): Citation {
  return Object.freeze({ document: reportDocument, quotedIn: pressRelease, locator, ...(basis ? { basis } : {}) });
}
