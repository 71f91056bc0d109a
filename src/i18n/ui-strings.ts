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
  /** Before an approximate figure, e.g. "about". */
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
  /** The counter's basis line: `{year}`, `{amount}`, `{source}`. */
  counterBasis: string;
  /** What screen readers hear instead of ticking digits: `{perSecond}`, `{year}`, `{amount}`, `{source}`. */
  counterStable: string;
  /** Under a counter that starts at a past date: `{year}`. */
  counterIllustration: string;
  /** The built-in figures' labels, by figure id. */
  figureLabels: Record<string, string>;
}

export const en: UiStrings = {
  sourceLine: 'Source: {source}',
  asQuotedIn: 'as quoted in',
  basis: 'based on {basis}',
  approximately: 'about',
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
  counterBasis: 'at the {year} rate of some {amount} a year, {source}',
  counterStable:
    'Migrants send home about {perSecond} every second, at the {year} rate of some {amount} a year ({source}).',
  counterIllustration: 'An illustration at the {year} rate, not a measurement.',
  figureLabels: {
    'international-migrants': 'international migrants in the world',
    'earnings-spent-in-host-country': 'of migrants’ earnings are spent in their host countries',
    'earnings-remitted': 'of migrants’ earnings are sent home',
    'remittances-2017': 'sent home by migrants in 2017',
  },
};

export const fr: UiStrings = {
  sourceLine: 'Source : {source}',
  asQuotedIn: 'cité dans',
  basis: 'd’après {basis}',
  approximately: 'environ',
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
  counterSinceView: 'Depuis que vous lisez cette page, les migrants ont envoyé chez eux environ',
  counterSinceLoad: 'Depuis l’ouverture de cette page, les migrants ont envoyé chez eux environ',
  counterSinceDate: 'Depuis le {date}, à ce rythme, les migrants auraient envoyé chez eux environ',
  counterBasis: 'au rythme de {year}, quelque {amount} par an, {source}',
  counterStable:
    'Les migrants envoient chez eux environ {perSecond} chaque seconde, au rythme de {year}, quelque {amount} par an ({source}).',
  counterIllustration: 'Une illustration au rythme de {year}, pas une mesure.',
  figureLabels: {
    'international-migrants': 'migrants internationaux dans le monde',
    'earnings-spent-in-host-country': 'des revenus des migrants sont dépensés dans leur pays d’accueil',
    'earnings-remitted': 'des revenus des migrants sont envoyés dans leur pays d’origine',
    'remittances-2017': 'envoyés par les migrants dans leur pays d’origine en 2017',
  },
};

export const es: UiStrings = {
  sourceLine: 'Fuente: {source}',
  asQuotedIn: 'citado en',
  basis: 'según {basis}',
  approximately: 'unos',
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
  counterSinceView: 'Desde que empezó a leer, los migrantes han enviado a sus hogares unos',
  counterSinceLoad: 'Desde que se abrió esta página, los migrantes han enviado a sus hogares unos',
  counterSinceDate: 'Desde el {date}, a este ritmo, los migrantes habrían enviado a sus hogares unos',
  counterBasis: 'al ritmo de {year}, unos {amount} al año, {source}',
  counterStable:
    'Los migrantes envían a sus hogares unos {perSecond} cada segundo, al ritmo de {year}, unos {amount} al año ({source}).',
  counterIllustration: 'Una ilustración al ritmo de {year}, no una medición.',
  figureLabels: {
    'international-migrants': 'migrantes internacionales en el mundo',
    'earnings-spent-in-host-country': 'de los ingresos de los migrantes se gasta en sus países de acogida',
    'earnings-remitted': 'de los ingresos de los migrantes se envía a sus hogares',
    'remittances-2017': 'enviados a sus hogares por los migrantes en 2017',
  },
};

export const ru: UiStrings = {
  sourceLine: 'Источник: {source}',
  asQuotedIn: 'цитируется по',
  basis: 'по данным: {basis}',
  approximately: 'около',
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
  counterSinceView: 'С тех пор как вы начали читать, мигранты отправили домой около',
  counterSinceLoad: 'С момента открытия этой страницы мигранты отправили домой около',
  counterSinceDate: 'С {date} при таком темпе мигранты отправили бы домой около',
  counterBasis: 'в темпе {year} года, около {amount} в год, {source}',
  counterStable:
    'Мигранты отправляют домой около {perSecond} каждую секунду, в темпе {year} года, около {amount} в год ({source}).',
  counterIllustration: 'Иллюстрация в темпе {year} года, а не измерение.',
  figureLabels: {
    'international-migrants': 'международных мигрантов в мире',
    'earnings-spent-in-host-country': 'доходов мигрантов тратится в принимающих странах',
    'earnings-remitted': 'доходов мигрантов отправляется домой',
    'remittances-2017': 'отправили домой мигранты в 2017 году',
  },
};

export const ar: UiStrings = {
  sourceLine: 'المصدر: {source}',
  asQuotedIn: 'مقتبس في',
  basis: 'استنادًا إلى {basis}',
  approximately: 'نحو',
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
  counterSinceView: 'منذ أن بدأت القراءة، أرسل المهاجرون إلى بلدانهم نحو',
  counterSinceLoad: 'منذ فتح هذه الصفحة، أرسل المهاجرون إلى بلدانهم نحو',
  counterSinceDate: 'منذ {date}، وبهذا المعدل، كان المهاجرون سيرسلون إلى بلدانهم نحو',
  counterBasis: 'بمعدل عام {year} البالغ نحو {amount} سنويًا، {source}',
  counterStable:
    'يرسل المهاجرون إلى بلدانهم نحو {perSecond} كل ثانية، بمعدل عام {year} البالغ نحو {amount} سنويًا ({source}).',
  counterIllustration: 'توضيح بمعدل عام {year}، وليس قياسًا.',
  figureLabels: {
    'international-migrants': 'مهاجر دولي في العالم',
    'earnings-spent-in-host-country': 'من دخل المهاجرين يُنفَق في البلدان المضيفة',
    'earnings-remitted': 'من دخل المهاجرين يُرسَل إلى بلدانهم الأصلية',
    'remittances-2017': 'أرسلها المهاجرون إلى بلدانهم في عام 2017',
  },
};

export const zh: UiStrings = {
  sourceLine: '来源：{source}',
  asQuotedIn: '引自',
  basis: '依据{basis}',
  approximately: '约',
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
  counterSinceView: '自您开始阅读以来，移民已向家乡汇款约',
  counterSinceLoad: '自本页打开以来，移民已向家乡汇款约',
  counterSinceDate: '自{date}起，按此速度，移民将已向家乡汇款约',
  counterBasis: '按{year}年每年约{amount}的速度，{source}',
  counterStable: '按{year}年每年约{amount}的速度（{source}），移民每秒向家乡汇款约{perSecond}。',
  counterIllustration: '按{year}年速度所作的示意，并非实测。',
  figureLabels: {
    'international-migrants': '全球国际移民',
    'earnings-spent-in-host-country': '的移民收入花费在东道国',
    'earnings-remitted': '的移民收入寄回家乡',
    'remittances-2017': '2017年移民向家乡汇款',
  },
};
