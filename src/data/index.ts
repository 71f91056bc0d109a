/**
 * The report's content as typed, frozen records, each with its citation.
 * Everything here is copied from source-text.txt (kept beside this file); the tests compare them.
 */
export { figures, figureById, defaultFigureId } from './figures.js';
export type { Figure, FigureFormat, FigureUnit } from './figures.js';
export { quotes, quoteById, quotePieces, quoteText, defaultQuoteId } from './quotes.js';
export type { Quote } from './quotes.js';
export { report, unLanguages, languageNames } from './report.js';
export type { Report, Highlight, UnLanguage } from './report.js';
export { reportDocument, pressRelease } from './citation.js';
export type { Citation, SourceDocument } from './citation.js';
