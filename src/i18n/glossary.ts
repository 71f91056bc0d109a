/**
 * The terms the UI strings use, per language, following UN terminology (UNTERM). A term is given in
 * the forms the strings inflect it in; `keys` are the strings (or figure labels, as
 * `figureLabels.<id>`) where the concept is used, and each must contain one of its language's forms.
 * `forbidden` are renderings that must appear nowhere. test/i18n.test.ts checks both.
 * Corrections welcome: change the term here and in ui-strings.ts together.
 */
import type { UnLanguage } from '../data/index.js';

export interface GlossaryEntry {
  readonly concept: string;
  /** Why this term, in one line. */
  readonly note: string;
  readonly terms: Readonly<Record<UnLanguage, readonly string[]>>;
  readonly keys: readonly string[];
  readonly forbidden?: readonly string[];
}

const counterLeads = ['counterSinceView', 'counterSinceLoad', 'counterSinceDate'];

export const glossary: readonly GlossaryEntry[] = [
  {
    concept: 'rate',
    note: 'An annual level of money (USD 600 billion a year), not a speed or pace.',
    terms: {
      en: ['rate'],
      fr: ['niveau'],
      es: ['nivel'],
      ru: ['уровне', 'уровня'],
      ar: ['بمعدل', 'المعدل'],
      zh: ['水平'],
    },
    keys: ['counterSinceDate', 'counterNote', 'counterNoteUnsourced'],
    forbidden: ['rythme', 'ritmo', 'темп', '速度'],
  },
  {
    concept: 'remittances',
    note: 'Money migrants send to their countries of origin; English says "send home".',
    terms: {
      en: ['sent home', 'send home'],
      fr: ['envois de fonds'],
      es: ['remesas'],
      ru: ['денежные переводы', 'денежных переводов'],
      ar: ['التحويلات المالية', 'تحويلات مالية'],
      zh: ['汇款'],
    },
    keys: [...counterLeads, 'counterStable', 'figureLabels.remittances-2017'],
  },
  {
    concept: 'country of origin',
    note: 'The UN term for "home": the migrant’s country of origin, not a household or a home town.',
    terms: {
      en: ['home'],
      fr: ['pays d’origine'],
      es: ['países de origen', 'país de origen'],
      ru: ['страны происхождения', 'страна происхождения'],
      ar: ['بلدانهم الأصلية', 'بلد المنشأ'],
      zh: ['原籍国'],
    },
    keys: [...counterLeads, 'counterStable', 'figureLabels.earnings-remitted', 'figureLabels.remittances-2017'],
    forbidden: ['chez eux', 'hogares', 'домой', '家乡'],
  },
  {
    concept: 'host country',
    note: 'The country a migrant lives and works in.',
    terms: {
      en: ['host countries', 'host country'],
      fr: ['pays d’accueil'],
      es: ['países de acogida', 'país de acogida'],
      ru: ['принимающих странах', 'принимающая страна'],
      ar: ['البلدان المضيفة', 'البلد المضيف'],
      zh: ['东道国'],
    },
    keys: ['figureLabels.earnings-spent-in-host-country'],
  },
  {
    concept: 'estimate',
    note: 'The source’s basis ("World Bank estimates"), kept in English; the word itself where a string names it.',
    terms: {
      en: ['estimate'],
      fr: ['estimation'],
      es: ['estimación'],
      ru: ['оценка'],
      ar: ['تقدير'],
      zh: ['估计'],
    },
    keys: [],
  },
  {
    concept: 'Secretary-General',
    note: 'The title, where the library’s own words name it (the speaker’s role stays in the source’s English).',
    terms: {
      en: ['Secretary-General'],
      fr: ['Secrétaire général'],
      es: ['Secretario General'],
      ru: ['Генеральный секретарь'],
      ar: ['الأمين العام'],
      zh: ['秘书长'],
    },
    keys: [],
  },
  {
    concept: 'as quoted in',
    note: 'Words taken from a document that quotes them.',
    terms: {
      en: ['as quoted in'],
      fr: ['cité dans'],
      es: ['citado en'],
      ru: ['цитируется по'],
      ar: ['كما ورد في'],
      zh: ['引自'],
    },
    keys: ['asQuotedIn'],
    forbidden: ['مقتبس'],
  },
];
