import { reportAsQuoted, type Citation } from './citation.js';

export type FigureUnit = 'people' | 'percent' | 'currency';
export type FigureFormat = 'number' | 'compact' | 'percent' | 'currency';

/** One key figure of the report, with the exact words it is taken from. */
export interface Figure {
  readonly id: string;
  /** The value in `unit`s: people, per cent (85 means 85 %), or currency units. */
  readonly value: number;
  readonly unit: FigureUnit;
  /** ISO 4217 code, for `unit: 'currency'`. */
  readonly currency?: string;
  /** How the library shows it by default. */
  readonly format: FigureFormat;
  /** The source's hedges, verbatim ("some", "on average"); empty where it has none. */
  readonly qualifiers: readonly string[];
  /** True where the source calls the figure an estimate or hedges it. */
  readonly approximate: boolean;
  /** The sentence fragment of source-text.txt that states the figure, verbatim. */
  readonly sourceWording: string;
  /** The library's English label; translations live in src/i18n. */
  readonly label: string;
  /** The year the source states for the figure; absent where it states none. */
  readonly year?: number;
  readonly citation: Citation;
}

const figure = (f: Figure): Figure => Object.freeze({ ...f, qualifiers: Object.freeze([...f.qualifiers]) });

export const figures: readonly Figure[] = Object.freeze([
  figure({
    id: 'international-migrants',
    value: 258_000_000,
    unit: 'people',
    format: 'compact',
    qualifiers: [],
    approximate: false,
    sourceWording:
      'most of the world’s 258 million international migrants already move through safe, orderly and regular means',
    label: 'international migrants in the world',
    citation: reportAsQuoted('para. 2'),
  }),
  figure({
    id: 'earnings-spent-in-host-country',
    value: 85,
    unit: 'percent',
    format: 'percent',
    qualifiers: ['some', 'on average'],
    approximate: true,
    sourceWording: 'migrants spend, on average, some 85 per cent of their earnings in their host countries',
    label: 'of migrants’ earnings are spent in their host countries',
    citation: reportAsQuoted('para. 3'),
  }),
  figure({
    id: 'earnings-remitted',
    value: 15,
    unit: 'percent',
    format: 'percent',
    qualifiers: [],
    approximate: false,
    sourceWording: 'migrants remit homeward 15 per cent of their earnings',
    label: 'of migrants’ earnings are sent home',
    citation: reportAsQuoted('para. 3'),
  }),
  figure({
    id: 'remittances-2017',
    value: 600_000_000_000,
    unit: 'currency',
    currency: 'USD',
    format: 'currency',
    qualifiers: ['some', 'per World Bank estimates'],
    approximate: true,
    sourceWording: 'in 2017 some USD 600 billion, per World Bank estimates',
    label: 'sent home by migrants in 2017',
    year: 2017,
    citation: reportAsQuoted('para. 3', 'World Bank estimates'),
  }),
]);

export const defaultFigureId = 'international-migrants';

/** The built-in figure with this id, or undefined. */
export function figureById(id: string | null | undefined): Figure | undefined {
  return figures.find((f) => f.id === id);
}
