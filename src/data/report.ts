import { reportDocument, type Citation } from './citation.js';

/** The six official languages of the United Nations, in the UN's order. */
export const unLanguages = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type UnLanguage = (typeof unLanguages)[number];

/** Each UN language's name, written in that language. */
export const languageNames: Readonly<Record<UnLanguage, string>> = Object.freeze({
  ar: 'العربية',
  zh: '中文',
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  es: 'Español',
});

export interface Highlight {
  /** The source's marker, e.g. `(a)`. */
  readonly marker: string;
  /** The highlight's words, verbatim, without the marker and the joining punctuation. */
  readonly text: string;
}

export interface Report {
  readonly symbol: string;
  readonly title: string;
  readonly kind: string;
  /** ISO date of the document. */
  readonly date: string;
  /** ISO date of its release (Thursday 11 January 2018, per the IOM press release). */
  readonly released: string;
  readonly pages: number;
  /** The last two of the official summary's three paragraphs (the first is procedural), verbatim: the text shown from the summary. */
  readonly summary: readonly [string, string];
  /** The first paragraph, sentence by sentence, verbatim. */
  readonly firstSentence: string;
  readonly highlightsIntro: string;
  readonly highlights: readonly Highlight[];
  /** The further theme the summary names after the highlights, verbatim. */
  readonly furtherTheme: string;
  readonly links: {
    /** The official text, in the reader's language as undocs.org chooses. */
    readonly official: string;
    /** The official text in each UN language. */
    readonly languages: Readonly<Record<UnLanguage, string>>;
  };
  readonly citation: Citation;
}

const firstSentence =
  'The report focuses on making migration work for all, emphasizing its links to the 2030 Agenda for Sustainable Development.';
const highlightsSentence =
  'The report highlights: (a) options for Member States to help migrants fulfil their economic and social potential; (b) steps to promote regular migration; and (c) policies to meet the legitimate security considerations of Member States concerning irregular migration.';
const furtherTheme =
  'It also explores the specific challenges arising from large mixed movements of migrants and refugees.';

export const report: Report = Object.freeze({
  symbol: reportDocument.symbol!,
  title: reportDocument.title,
  kind: reportDocument.kind!,
  date: reportDocument.date,
  released: '2018-01-11',
  pages: 20,
  summary: Object.freeze([
    `${firstSentence} ${highlightsSentence} ${furtherTheme}`,
    'The report offers suggestions for Member States to frame an action-oriented global compact, addressing aspects of migration from the subnational to the global level and a specific strategy for responding to large movements of migrants. The Secretary-General also sets out plans to conduct intensive consultations within the United Nations system to address how the Organization can adapt to provide better support for the global compact and sets out proposals for follow-up to the compact by Member States.',
  ] as const),
  firstSentence,
  highlightsIntro: 'The report highlights:',
  highlights: Object.freeze(
    [
      { marker: '(a)', text: 'options for Member States to help migrants fulfil their economic and social potential' },
      { marker: '(b)', text: 'steps to promote regular migration' },
      {
        marker: '(c)',
        text: 'policies to meet the legitimate security considerations of Member States concerning irregular migration',
      },
    ].map((h) => Object.freeze(h)),
  ),
  furtherTheme,
  links: Object.freeze({
    official: reportDocument.url,
    languages: Object.freeze({
      ar: 'https://undocs.org/ar/A/72/643',
      zh: 'https://undocs.org/zh/A/72/643',
      en: 'https://undocs.org/en/A/72/643',
      fr: 'https://undocs.org/fr/A/72/643',
      ru: 'https://undocs.org/ru/A/72/643',
      es: 'https://undocs.org/es/A/72/643',
    }),
  }),
  citation: Object.freeze({ document: reportDocument, locator: 'Summary' }),
});
