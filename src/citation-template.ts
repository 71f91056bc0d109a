import { html, nothing, type TemplateResult } from 'lit';
import type { Citation, SourceDocument } from './data/index.js';
import { formatDate } from './format/date.js';
import { fillParts, type UiStrings } from './i18n/index.js';
import { safeUrl } from './safe-url.js';

/** A title, linked only when its URL is plain http(s). */
export function linkedTitle(title: string, url: string | null | undefined, lang?: string): TemplateResult {
  const href = safeUrl(url);
  const cite = html`<cite lang=${lang ?? nothing}>${title}</cite>`;
  return href ? html`<a href=${href}>${cite}</a>` : cite;
}

function documentTemplate(doc: SourceDocument, locale: string): TemplateResult {
  const symbol = doc.symbol ? html` (${doc.symbol})` : nothing;
  return html`${linkedTitle(doc.title, doc.url, 'en')}${symbol}, ${doc.publisher},
    <time datetime=${doc.date}>${formatDate(doc.date, locale)}</time>`;
}

/**
 * "Making Migration Work for All (A/72/643), United Nations, 12 December 2017; as quoted in
 * UN Migration Agency Welcomes…, IOM, 12 January 2018, para. 3; based on World Bank estimates."
 * Titles stay in English (`lang="en"`); the joining words follow the page.
 */
export function citationTemplate(citation: Citation, locale: string, strings: UiStrings): TemplateResult {
  const { document, quotedIn, locator, basis } = citation;
  const where = quotedIn ?? document;
  return html`${quotedIn ? html`${documentTemplate(document, locale)}; ${strings.asQuotedIn} ` : nothing}${documentTemplate(
    where,
    locale,
  )}${locator ? html`, <span lang="en">${locator}</span>` : nothing}${
    basis ? html`; ${fillParts(strings.basis, { basis: html`<span lang="en">${basis}</span>` })}` : nothing
  }`;
}

/**
 * The source line, built the same in every element: `<p part="source">` holding the label
 * ("Source:", in the page's language, its own part) and the source.
 */
export function sourceLine(strings: UiStrings, source: unknown): TemplateResult {
  const pieces = fillParts(strings.sourceLine, { source: html`<span>${source}</span>` });
  return html`<p part="source">${pieces.map((piece) =>
    typeof piece === 'string' ? html`<span part="source-label">${piece}</span>` : piece,
  )}</p>`;
}
