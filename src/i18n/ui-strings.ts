/**
 * The library's own words (not the report's). `{name}` marks a value filled in by `fillTemplate`.
 * Every language must give every key; a partner's `registerStrings` may give a part.
 */
export interface UiStrings {
  /** A citation with its label, e.g. "Source: {source}". */
  sourceLine: string;
  asQuotedIn: string;
  /** The citation's basis, e.g. "World Bank estimates": `{basis}`. */
  basis: string;
  /** An approximate figure, e.g. "about {value}": the space (or none, as in Chinese) is the language's. */
  approximately: string;
  pause: string;
  /** The paused counter's button. */
  resume: string;
  readReport: string;
  otherLanguages: string;
  showMore: string;
  showLess: string;
  showSummary: string;
  hideSummary: string;
  copyQuote: string;
  copied: string;
  copyFailed: string;
  share: string;
  /** `{count}` pages. */
  pages: string;
  keyFigures: string;
  /** The counter's lead-in for `since="view"`. */
  counterSinceView: string;
  /** The counter's lead-in for `since="load"`. */
  counterSinceLoad: string;
  /** The counter's lead-in for a date: `{date}`. */
  counterSinceDate: string;
  /** What screen readers hear instead of ticking digits: `{perSecond}`. */
  counterStable: string;
  /** Under every counter, its basis said once: `{year}`, `{amount}` (a year), `{source}`. */
  counterNote: string;
  /** The same for a partner's basis that names no source: `{year}`, `{amount}`. */
  counterNoteUnsourced: string;
  /**
   * The built-in figures' labels, by figure id; `{year}` is the figure's year. A label that agrees with the
   * number before it gives one form per plural category of the language (`Intl.PluralRules`), `other` required.
   */
  figureLabels: Record<string, FigureLabel>;
  // Citation patterns: a translator fixes a language's citations here, in one place.
  /** Between the parts of one citation (title, publisher, date): ", ", "، ", "，". */
  listSeparator: string;
  /** Between two citations or a citation and its basis: "; ", " ; ", "؛ ", "；". */
  groupSeparator: string;
  /** The one-line credit's "as quoted by IOM": `{source}`. */
  asQuotedBy: string;
  /** A paragraph locator, "para. 3": `{number}`. */
  paragraph: string;
  /** The day 1 in a long date ("1er" in French): `{day}`. */
  firstDay: string;
  /** The button that shows the full citation. */
  fullCitation: string;
  copyCitation: string;
  citationCopied: string;
}

/** A label, or its forms by plural category of the number shown before it. */
export type FigureLabel = string | PluralForms;
type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export const en: UiStrings = {
  sourceLine: 'Source: {source}',
  asQuotedIn: 'as quoted in',
  basis: 'based on {basis}',
  approximately: 'about {value}',
  pause: 'Pause',
  resume: 'Resume',
  readReport: 'Read the report',
  otherLanguages: 'Other languages',
  showMore: 'Show more',
  showLess: 'Show less',
  showSummary: 'Show summary',
  hideSummary: 'Hide summary',
  copyQuote: 'Copy quote',
  copied: 'Quote copied',
  copyFailed: 'This page does not allow copying. Select the text to copy it.',
  share: 'Share',
  pages: '{count} pages',
  keyFigures: 'Key figures',
  counterSinceView: 'Since you started reading, migrants have sent home about',
  counterSinceLoad: 'Since this page opened, migrants have sent home about',
  counterSinceDate: 'Since {date}, at this rate, migrants would have sent home about',
  counterStable: 'Migrants send home about {perSecond} every second.',
  counterNote: 'An illustration at the {year} rate of some {amount} a year ({source}), not a measurement.',
  counterNoteUnsourced: 'An illustration at the {year} rate of some {amount} a year, not a measurement.',
  figureLabels: {
    'international-migrants': {
      one: 'international migrant in the world',
      other: 'international migrants in the world',
    },
    'earnings-spent-in-host-country': 'of migrants’ earnings are spent in their host countries',
    'earnings-remitted': 'of migrants’ earnings are sent home',
    'remittances-2017': 'sent home by migrants in {year}',
  },
  // Citation patterns.
  listSeparator: ', ',
  groupSeparator: '; ',
  asQuotedBy: 'as quoted by {source}',
  paragraph: 'para. {number}',
  firstDay: '{day}',
  fullCitation: 'Full citation',
  copyCitation: 'Copy citation',
  citationCopied: 'Citation copied',
};

export const fr: UiStrings = {
  sourceLine: 'Source : {source}',
  asQuotedIn: 'cité dans',
  basis: 'd’après {basis}',
  approximately: 'environ {value}',
  pause: 'Pause',
  resume: 'Reprendre',
  readReport: 'Lire le rapport',
  otherLanguages: 'Autres langues',
  showMore: 'Afficher plus',
  showLess: 'Afficher moins',
  showSummary: 'Afficher le résumé',
  hideSummary: 'Masquer le résumé',
  copyQuote: 'Copier la citation',
  copied: 'Citation copiée',
  copyFailed: 'Cette page n’autorise pas la copie. Sélectionnez le texte pour le copier.',
  share: 'Partager',
  pages: '{count} pages',
  keyFigures: 'Chiffres clés',
  counterSinceView:
    'Depuis que vous lisez cette page, les envois de fonds des migrants vers leur pays d’origine représentent environ',
  counterSinceLoad:
    'Depuis l’ouverture de cette page, les envois de fonds des migrants vers leur pays d’origine représentent environ',
  counterSinceDate:
    'Depuis le {date}, à ce niveau, les envois de fonds des migrants vers leur pays d’origine représenteraient environ',
  counterStable:
    'Chaque seconde, les envois de fonds des migrants vers leur pays d’origine représentent environ {perSecond}.',
  counterNote:
    'Illustration fondée sur le niveau de {year}, soit quelque {amount} par an ({source}), et non une mesure.',
  counterNoteUnsourced: 'Illustration fondée sur le niveau de {year}, soit quelque {amount} par an, et non une mesure.',
  figureLabels: {
    // "many" follows a million or more: "258 millions de migrants".
    'international-migrants': {
      one: 'migrant international dans le monde',
      many: 'de migrants internationaux dans le monde',
      other: 'migrants internationaux dans le monde',
    },
    'earnings-spent-in-host-country': 'des revenus des migrants sont dépensés dans leur pays d’accueil',
    'earnings-remitted': 'des revenus des migrants sont envoyés dans leur pays d’origine',
    'remittances-2017': 'd’envois de fonds des migrants vers leur pays d’origine en {year}',
  },
  // Citation patterns.
  listSeparator: ', ',
  groupSeparator: '\u00a0; ',
  asQuotedBy: 'cité par {source}',
  paragraph: 'par. {number}',
  firstDay: '{day}er',
  fullCitation: 'Référence complète',
  copyCitation: 'Copier la référence',
  citationCopied: 'Référence copiée',
};

export const es: UiStrings = {
  sourceLine: 'Fuente: {source}',
  asQuotedIn: 'citado en',
  basis: 'según {basis}',
  approximately: 'unos {value}',
  pause: 'Pausa',
  resume: 'Reanudar',
  readReport: 'Leer el informe',
  otherLanguages: 'Otros idiomas',
  showMore: 'Mostrar más',
  showLess: 'Mostrar menos',
  showSummary: 'Mostrar el resumen',
  hideSummary: 'Ocultar el resumen',
  copyQuote: 'Copiar la cita',
  copied: 'Cita copiada',
  copyFailed: 'Esta página no permite copiar. Seleccione el texto para copiarlo.',
  share: 'Compartir',
  pages: '{count} páginas',
  keyFigures: 'Cifras clave',
  counterSinceView: 'Desde que empezó a leer, las remesas de los migrantes a sus países de origen suman unos',
  counterSinceLoad: 'Desde que se abrió esta página, las remesas de los migrantes a sus países de origen suman unos',
  counterSinceDate: 'Desde el {date}, a este nivel, las remesas de los migrantes a sus países de origen sumarían unos',
  counterStable: 'Cada segundo, las remesas de los migrantes a sus países de origen suman unos {perSecond}.',
  counterNote: 'Una ilustración basada en el nivel de {year}, unos {amount} al año ({source}), no una medición.',
  counterNoteUnsourced: 'Una ilustración basada en el nivel de {year}, unos {amount} al año, no una medición.',
  figureLabels: {
    // "many" follows a million or more: "258 millones de migrantes".
    'international-migrants': {
      one: 'migrante internacional en el mundo',
      many: 'de migrantes internacionales en el mundo',
      other: 'migrantes internacionales en el mundo',
    },
    'earnings-spent-in-host-country': 'de los ingresos de los migrantes se gasta en sus países de acogida',
    'earnings-remitted': 'de los ingresos de los migrantes se envía a sus países de origen',
    'remittances-2017': {
      one: 'enviado en remesas a sus países de origen por los migrantes en {year}',
      other: 'enviados en remesas a sus países de origen por los migrantes en {year}',
    },
  },
  // Citation patterns.
  listSeparator: ', ',
  groupSeparator: '; ',
  asQuotedBy: 'citado por {source}',
  paragraph: 'párr. {number}',
  firstDay: '{day}',
  fullCitation: 'Referencia completa',
  copyCitation: 'Copiar la referencia',
  citationCopied: 'Referencia copiada',
};

export const ru: UiStrings = {
  sourceLine: 'Источник: {source}',
  asQuotedIn: 'цитируется по',
  basis: 'по данным: {basis}',
  approximately: 'около {value}',
  pause: 'Пауза',
  resume: 'Возобновить',
  readReport: 'Читать доклад',
  otherLanguages: 'Другие языки',
  showMore: 'Показать больше',
  showLess: 'Показать меньше',
  showSummary: 'Показать резюме',
  hideSummary: 'Скрыть резюме',
  copyQuote: 'Копировать цитату',
  copied: 'Цитата скопирована',
  copyFailed: 'Эта страница не разрешает копирование. Выделите текст, чтобы скопировать его.',
  share: 'Поделиться',
  pages: '{count} стр.',
  keyFigures: 'Ключевые цифры',
  counterSinceView:
    'С тех пор как вы начали читать, мигранты отправили в страны происхождения денежные переводы на сумму около',
  counterSinceLoad:
    'С момента открытия этой страницы мигранты отправили в страны происхождения денежные переводы на сумму около',
  counterSinceDate:
    'С {date} при сохранении этого уровня мигранты отправили бы в страны происхождения денежные переводы на сумму около',
  counterStable:
    'Каждую секунду мигранты отправляют в страны происхождения денежные переводы на сумму около {perSecond}.',
  counterNote: 'Иллюстрация на уровне {year} года — около {amount} в год ({source}), а не результат измерения.',
  counterNoteUnsourced: 'Иллюстрация на уровне {year} года — около {amount} в год, а не результат измерения.',
  figureLabels: {
    // "one" 1, 21…; "few" 2–4, 22…; "many" 5–20, and after "млн"; "other" a fraction ("1,5").
    'international-migrants': {
      one: 'международный мигрант в мире',
      few: 'международных мигранта в мире',
      many: 'международных мигрантов в мире',
      other: 'международного мигранта в мире',
    },
    'earnings-spent-in-host-country': 'доходов мигрантов тратится в принимающих странах',
    'earnings-remitted': 'доходов мигрантов отправляется в страны происхождения',
    'remittances-2017': 'денежных переводов отправили мигранты в страны происхождения в {year} году',
  },
  // Citation patterns.
  listSeparator: ', ',
  groupSeparator: '; ',
  asQuotedBy: 'цит. по {source}',
  paragraph: 'п. {number}',
  firstDay: '{day}',
  fullCitation: 'Полная ссылка',
  copyCitation: 'Копировать ссылку',
  citationCopied: 'Ссылка скопирована',
};

export const ar: UiStrings = {
  sourceLine: 'المصدر: {source}',
  asQuotedIn: 'كما ورد في',
  basis: 'استنادًا إلى {basis}',
  approximately: 'نحو {value}',
  pause: 'إيقاف مؤقت',
  resume: 'استئناف',
  readReport: 'اقرأ التقرير',
  otherLanguages: 'لغات أخرى',
  showMore: 'عرض المزيد',
  showLess: 'عرض أقل',
  showSummary: 'عرض الموجز',
  hideSummary: 'إخفاء الموجز',
  copyQuote: 'نسخ الاقتباس',
  copied: 'تم نسخ الاقتباس',
  copyFailed: 'لا تسمح هذه الصفحة بالنسخ. حدِّد النص لنسخه.',
  share: 'مشاركة',
  pages: '{count} صفحة',
  keyFigures: 'أرقام رئيسية',
  counterSinceView: 'منذ أن بدأت القراءة، بلغت التحويلات المالية التي أرسلها المهاجرون إلى بلدانهم الأصلية نحو',
  counterSinceLoad: 'منذ فتح هذه الصفحة، بلغت التحويلات المالية التي أرسلها المهاجرون إلى بلدانهم الأصلية نحو',
  counterSinceDate:
    'منذ {date}، وبهذا المعدل، كانت التحويلات المالية التي أرسلها المهاجرون إلى بلدانهم الأصلية ستبلغ نحو',
  counterStable: 'يرسل المهاجرون إلى بلدانهم الأصلية تحويلات مالية تبلغ نحو {perSecond} كل ثانية.',
  counterNote: 'توضيح بمعدل عام {year} البالغ نحو {amount} سنويًا ({source})، وليس قياسًا.',
  counterNoteUnsourced: 'توضيح بمعدل عام {year} البالغ نحو {amount} سنويًا، وليس قياسًا.',
  figureLabels: {
    // "few" 3–10 and "many" 11–99 after the number; "other" (100, a million…) takes the singular: "258 مليون مهاجر".
    'international-migrants': {
      zero: 'مهاجر دولي في العالم',
      one: 'مهاجر دولي في العالم',
      two: 'مهاجران دوليان في العالم',
      few: 'مهاجرين دوليين في العالم',
      many: 'مهاجرًا دوليًا في العالم',
      other: 'مهاجر دولي في العالم',
    },
    'earnings-spent-in-host-country': 'من دخل المهاجرين يُنفَق في البلدان المضيفة',
    'earnings-remitted': 'من دخل المهاجرين يُرسَل إلى بلدانهم الأصلية',
    'remittances-2017': 'تحويلات مالية أرسلها المهاجرون إلى بلدانهم الأصلية في عام {year}',
  },
  // Citation patterns.
  listSeparator: '، ',
  groupSeparator: '؛ ',
  asQuotedBy: 'كما أوردته {source}',
  paragraph: 'الفقرة {number}',
  firstDay: '{day}',
  fullCitation: 'المرجع الكامل',
  copyCitation: 'نسخ المرجع',
  citationCopied: 'تم نسخ المرجع',
};

export const zh: UiStrings = {
  sourceLine: '来源：{source}',
  asQuotedIn: '引自',
  basis: '依据{basis}',
  approximately: '约{value}',
  pause: '暂停',
  resume: '继续',
  readReport: '阅读报告',
  otherLanguages: '其他语言',
  showMore: '显示更多',
  showLess: '收起',
  showSummary: '显示摘要',
  hideSummary: '隐藏摘要',
  copyQuote: '复制引文',
  copied: '引文已复制',
  copyFailed: '此页面不允许复制。请选中文字后复制。',
  share: '分享',
  pages: '{count} 页',
  keyFigures: '关键数字',
  counterSinceView: '自您开始阅读以来，移民向原籍国的汇款已达约',
  counterSinceLoad: '自本页打开以来，移民向原籍国的汇款已达约',
  counterSinceDate: '自{date}起，按此水平，移民向原籍国的汇款将已达约',
  counterStable: '移民每秒向原籍国汇款约{perSecond}。',
  counterNote: '按{year}年的水平（每年约{amount}，{source}）所作的示意，并非实测。',
  counterNoteUnsourced: '按{year}年的水平（每年约{amount}）所作的示意，并非实测。',
  figureLabels: {
    'international-migrants': '全球国际移民人数',
    'earnings-spent-in-host-country': '移民收入中在东道国花费的比例',
    'earnings-remitted': '移民收入中汇回原籍国的比例',
    'remittances-2017': '{year}年移民向原籍国的汇款',
  },
  // Citation patterns.
  listSeparator: '，',
  groupSeparator: '；',
  asQuotedBy: '转引自{source}',
  paragraph: '第{number}段',
  firstDay: '{day}',
  fullCitation: '完整出处',
  copyCitation: '复制出处',
  citationCopied: '出处已复制',
};
