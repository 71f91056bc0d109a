// schema.org JSON-LD for what prerendered widgets show (prerender's `jsonLd` option): machine-readable provenance.
import { authorOf } from './cite.js';
import {
  defaultFigureId,
  defaultQuoteId,
  figureById,
  pressRelease,
  quoteById,
  quoteText,
  reportDocument,
  type Citation,
  type SourceDocument,
} from './data/index.js';

type Node = Record<string, unknown>;

/** A source document: the report as `Report` (with its symbol), a press release as `Article`. */
function documentNode(doc: SourceDocument): Node {
  return {
    '@type': doc === pressRelease ? 'Article' : 'Report',
    '@id': doc.url,
    name: doc.title,
    url: doc.url,
    datePublished: doc.date,
    author: { '@type': 'Organization', name: authorOf(doc).name },
    publisher: { '@type': 'Organization', name: doc.publisher },
    ...(doc.symbol ? { reportNumber: doc.symbol } : {}),
  };
}

/** Where the words were said, and where the library copied them from when that differs. */
function cited({ document, quotedIn }: Citation): Node {
  return { citation: documentNode(document), ...(quotedIn ? { isPartOf: documentNode(quotedIn) } : {}) };
}

/** The JSON-LD node of one widget (its tag and attributes as written), or undefined for content of the partner's own. */
export function widgetNode(tag: string, attribute: (name: string) => string | undefined): Node | undefined {
  if (tag === 'migration-summary-panel') return documentNode(reportDocument);
  if (tag === 'migration-quote-block') {
    if (attribute('text') !== undefined) return undefined;
    const quote = quoteById(attribute('quote') ?? defaultQuoteId) ?? quoteById(defaultQuoteId)!;
    return {
      '@type': 'Quotation',
      text: quoteText(quote),
      inLanguage: quote.lang,
      spokenByCharacter: { '@type': 'Person', name: quote.speaker, jobTitle: quote.role },
      ...cited(quote.citation),
    };
  }
  const id = tag === 'migration-remittance-counter' ? 'remittances-2017' : (attribute('fact') ?? defaultFigureId);
  const figure = figureById(id) ?? figureById(defaultFigureId)!;
  return { '@type': 'Claim', text: figure.sourceWording, ...cited(figure.citation) };
}

/** One `<script type="application/ld+json">` with the nodes, each once; `<` escaped so no text can close the script. */
export function jsonLdScript(nodes: readonly Node[]): string {
  const unique = [...new Map(nodes.map((node) => [JSON.stringify(node), node])).values()];
  const json = JSON.stringify({ '@context': 'https://schema.org', '@graph': unique }).replace(/</g, '\\u003c');
  return `<script type="application/ld+json">${json}</script>`;
}
