import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../src/quote-block.js';
import '../src/remittance-counter.js';
import '../src/stat-card.js';
import '../src/summary-panel.js';
import { captureWarnings, ours } from './support/console.js';

/**
 * Every element in the six languages the library speaks and in four it does not (those are wholly
 * English), with each expected text written out by hand. Spaces of any kind compare as one space;
 * bidi marks (U+200F) are kept. Where an engine's ICU writes a number differently (WebKitGTK's
 * Arabic digits), the accepted variants are listed.
 */

interface Expected {
  /** The counter's lead-in, counting since you started reading and since 2017-01-01 (before the amount). */
  sinceView: string;
  sinceDate: string | string[];
  /** What screen readers hear while it ticks. */
  steady: string | string[];
  /** The basis, said once, in every view. */
  note: string | string[];
  /**
   * value → [value as shown, label] for a stat card with `value` (258000000 is the built-in figure, in words);
   * a key ending in `c` is `format="compact"`: after a magnitude word the label agrees with the word.
   */
  labels: Record<string, [string | string[], string]>;
  copyQuote: string;
  hideSummary: string;
}

const english: Expected = {
  sinceView: 'Since you started reading, migrants have sent home about',
  sinceDate: 'Since January 1, 2017, at this rate, migrants would have sent home about',
  steady: 'Migrants send home about $19,026 every second.',
  note: 'An illustration at the 2017 rate of some $600 billion a year (World Bank estimates), not a measurement.',
  labels: {
    '1': ['1', 'international migrant in the world'],
    '1.2': ['1.2', 'international migrants in the world'],
    '2': ['2', 'international migrants in the world'],
    '5': ['5', 'international migrants in the world'],
    '21': ['21', 'international migrants in the world'],
    '1e6c': ['1 million', 'international migrants in the world'],
    '1.2e6c': ['1.2 million', 'international migrants in the world'],
    '2e6c': ['2 million', 'international migrants in the world'],
    '5e6c': ['5 million', 'international migrants in the world'],
    '21e6c': ['21 million', 'international migrants in the world'],
    '258000000': ['258 million', 'international migrants in the world'],
  },
  copyQuote: 'Copy quote',
  hideSummary: 'Hide summary',
};

const expected: Record<string, Expected> = {
  en: english,
  fr: {
    sinceView:
      'Depuis que vous lisez cette page, les envois de fonds des migrants vers leur pays d’origine représentent environ',
    sinceDate:
      'Depuis le 1er janvier 2017, à ce niveau, les envois de fonds des migrants vers leur pays d’origine représenteraient environ',
    steady:
      'Chaque seconde, les envois de fonds des migrants vers leur pays d’origine représentent environ 19 026 $US.',
    note: 'Illustration fondée sur le niveau de 2017, soit quelque 600 milliards $US par an (World Bank estimates), et non une mesure.',
    labels: {
      '1': ['1', 'migrant international dans le monde'],
      '1.2': ['1,2', 'migrant international dans le monde'],
      '2': ['2', 'migrants internationaux dans le monde'],
      '5': ['5', 'migrants internationaux dans le monde'],
      '21': ['21', 'migrants internationaux dans le monde'],
      '1e6c': ['1 million', 'de migrants internationaux dans le monde'],
      '1.2e6c': ['1,2 million', 'de migrants internationaux dans le monde'],
      '2e6c': ['2 millions', 'de migrants internationaux dans le monde'],
      '5e6c': ['5 millions', 'de migrants internationaux dans le monde'],
      '21e6c': ['21 millions', 'de migrants internationaux dans le monde'],
      '258000000': ['258 millions', 'de migrants internationaux dans le monde'],
    },
    copyQuote: 'Copier la citation',
    hideSummary: 'Masquer le résumé',
  },
  es: {
    sinceView: 'Desde que empezó a leer, las remesas de los migrantes a sus países de origen suman unos',
    sinceDate:
      'Desde el 1 de enero de 2017, a este nivel, las remesas de los migrantes a sus países de origen sumarían unos',
    steady: 'Cada segundo, las remesas de los migrantes a sus países de origen suman unos 19.026 US$.',
    note: 'Una ilustración basada en el nivel de 2017, unos 600 mil millones US$ al año (World Bank estimates), no una medición.',
    labels: {
      '1': ['1', 'migrante internacional en el mundo'],
      '1.2': ['1,2', 'migrantes internacionales en el mundo'],
      '2': ['2', 'migrantes internacionales en el mundo'],
      '5': ['5', 'migrantes internacionales en el mundo'],
      '21': ['21', 'migrantes internacionales en el mundo'],
      '1e6c': ['1 millón', 'de migrantes internacionales en el mundo'],
      '1.2e6c': ['1,2 millones', 'de migrantes internacionales en el mundo'],
      '2e6c': ['2 millones', 'de migrantes internacionales en el mundo'],
      '5e6c': ['5 millones', 'de migrantes internacionales en el mundo'],
      '21e6c': ['21 millones', 'de migrantes internacionales en el mundo'],
      '258000000': ['258 millones', 'de migrantes internacionales en el mundo'],
    },
    copyQuote: 'Copiar la cita',
    hideSummary: 'Ocultar el resumen',
  },
  ru: {
    sinceView:
      'С тех пор как вы начали читать, мигранты отправили в страны происхождения денежные переводы на сумму около',
    sinceDate:
      'С 1 января 2017 г. при сохранении этого уровня мигранты отправили бы в страны происхождения денежные переводы на сумму около',
    steady: 'Каждую секунду мигранты отправляют в страны происхождения денежные переводы на сумму около 19 026 $.',
    note: 'Иллюстрация на уровне 2017 года — около 600 миллиардов $ в год (World Bank estimates), а не результат измерения.',
    labels: {
      '1': ['1', 'международный мигрант в мире'],
      '1.2': ['1,2', 'международного мигранта в мире'],
      '2': ['2', 'международных мигранта в мире'],
      '5': ['5', 'международных мигрантов в мире'],
      '21': ['21', 'международный мигрант в мире'],
      '1e6c': ['1 миллион', 'международных мигрантов в мире'],
      '1.2e6c': ['1,2 миллиона', 'международных мигрантов в мире'],
      '2e6c': ['2 миллиона', 'международных мигрантов в мире'],
      '5e6c': ['5 миллионов', 'международных мигрантов в мире'],
      '21e6c': ['21 миллион', 'международных мигрантов в мире'],
      '258000000': ['258 миллионов', 'международных мигрантов в мире'],
    },
    copyQuote: 'Копировать цитату',
    hideSummary: 'Скрыть резюме',
  },
  ar: {
    sinceView: 'منذ أن بدأت القراءة، بلغت التحويلات المالية التي أرسلها المهاجرون إلى بلدانهم الأصلية نحو',
    sinceDate: [
      'منذ 1 يناير 2017، وبهذا المعدل، كانت التحويلات المالية التي أرسلها المهاجرون إلى بلدانهم الأصلية ستبلغ نحو',
      'منذ ١ يناير ٢٠١٧، وبهذا المعدل، كانت التحويلات المالية التي أرسلها المهاجرون إلى بلدانهم الأصلية ستبلغ نحو',
    ],
    steady: [
      'يرسل المهاجرون إلى بلدانهم الأصلية تحويلات مالية تبلغ نحو \u200f19,026 US$ كل ثانية.',
      'يرسل المهاجرون إلى بلدانهم الأصلية تحويلات مالية تبلغ نحو \u200f١٩٬٠٢٦ US$ كل ثانية.',
    ],
    note: [
      'توضيح بمعدل عام 2017 البالغ نحو \u200f600 مليار US$ سنويًا (World Bank estimates)، وليس قياسًا.',
      'توضيح بمعدل عام ٢٠١٧ البالغ نحو \u200f٦٠٠ مليار US$ سنويًا (World Bank estimates)، وليس قياسًا.',
    ],
    labels: {
      '1': [['1', '١'], 'مهاجر دولي في العالم'],
      '1.2': [['1.2', '١٫٢'], 'مهاجر دولي في العالم'],
      '2': [['2', '٢'], 'مهاجران دوليان في العالم'],
      '5': [['5', '٥'], 'مهاجرين دوليين في العالم'],
      '21': [['21', '٢١'], 'مهاجرًا دوليًا في العالم'],
      '1e6c': [['1 مليون', '١ مليون'], 'مهاجر دولي في العالم'],
      '1.2e6c': [['1.2 مليون', '١٫٢ مليون'], 'مهاجر دولي في العالم'],
      '2e6c': [['2 مليون', '٢ مليون'], 'مهاجر دولي في العالم'],
      '5e6c': [['5 ملايين', '٥ ملايين'], 'مهاجر دولي في العالم'],
      '21e6c': [['21 مليون', '٢١ مليون'], 'مهاجر دولي في العالم'],
      '258000000': [['258 مليون', '٢٥٨ مليون'], 'مهاجر دولي في العالم'],
    },
    copyQuote: 'نسخ الاقتباس',
    hideSummary: 'إخفاء الموجز',
  },
  zh: {
    sinceView: '自您开始阅读以来，移民向原籍国的汇款已达约',
    sinceDate: '自2017年1月1日起，按此水平，移民向原籍国的汇款将已达约',
    steady: '移民每秒向原籍国汇款约US$19,026。',
    note: '按2017年的水平（每年约US$6000亿，World Bank estimates）所作的示意，并非实测。',
    labels: {
      '1': ['1', '全球国际移民人数'],
      '1.2': ['1.2', '全球国际移民人数'],
      '2': ['2', '全球国际移民人数'],
      '5': ['5', '全球国际移民人数'],
      '21': ['21', '全球国际移民人数'],
      '1e6c': ['100万', '全球国际移民人数'],
      '1.2e6c': ['120万', '全球国际移民人数'],
      '2e6c': ['200万', '全球国际移民人数'],
      '5e6c': ['500万', '全球国际移民人数'],
      '21e6c': ['2100万', '全球国际移民人数'],
      '258000000': ['2.58亿', '全球国际移民人数'],
    },
    copyQuote: '复制引文',
    hideSummary: '隐藏摘要',
  },
  // Languages without strings: the whole widget is English, numbers and dates included.
  'pt-BR': english,
  fa: english,
  bn: english,
  'zh-Hant-TW': english,
};

const untranslated = new Set(['pt-BR', 'fa', 'bn', 'zh-Hant-TW']);
const rtl = new Set(['ar', 'fa']);

const words = (text: string) => text.replace(/\s+/g, ' ').trim();
const partText = (el: Element, name: string) =>
  words(el.shadowRoot!.querySelector(`[part~="${name}"]`)?.textContent ?? '');
const oneOf = (value: string | string[]) => (Array.isArray(value) ? value : [value]);

async function inLanguage<T extends Element>(lang: string, markup: ReturnType<typeof html>): Promise<T> {
  const wrapper = await fixture(html`<div lang=${lang} dir=${rtl.has(lang) ? 'rtl' : 'ltr'}>${markup}</div>`);
  const el = wrapper.firstElementChild as T & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  await nextFrame();
  return el;
}

describe('languages: exact texts in ten languages', () => {
  for (const [lang, want] of Object.entries(expected)) {
    describe(lang, () => {
      it('the counter says what it is, once, in one language', async () => {
        const el = await inLanguage(lang, html`<migration-remittance-counter></migration-remittance-counter>`);
        expect(words(el.shadowRoot!.querySelector('slot[name="label"]')!.textContent)).to.equal(want.sinceView);
        expect(words(el.shadowRoot!.querySelector('.visually-hidden')!.textContent)).to.be.oneOf(oneOf(want.steady));
        expect(partText(el, 'note')).to.be.oneOf(oneOf(want.note));
        const dated = await inLanguage(
          lang,
          html`<migration-remittance-counter since="2017-01-01"></migration-remittance-counter>`,
        );
        expect(words(dated.shadowRoot!.querySelector('slot[name="label"]')!.textContent)).to.be.oneOf(
          oneOf(want.sinceDate),
        );
        expect(partText(dated, 'note')).to.be.oneOf(oneOf(want.note));
        const paused = await inLanguage(
          lang,
          html`<migration-remittance-counter paused></migration-remittance-counter>`,
        );
        expect(partText(paused, 'note')).to.be.oneOf(oneOf(want.note));
        // Paused, the lead (now still) is read instead of the steady sentence: the basis is heard once.
        expect(paused.shadowRoot!.querySelector('.visually-hidden')).to.equal(null);
      });

      it('a stat card’s label agrees with the number shown: 1, 1.2, 2, 5, 21, and 1, 1.2, 2, 5, 21, 258 million', async () => {
        for (const [key, [value, label]] of Object.entries(want.labels)) {
          const el = await inLanguage(
            lang,
            key.endsWith('c')
              ? html`<migration-stat-card value=${Number(key.slice(0, -1))} format="compact" no-animation></migration-stat-card>`
              : html`<migration-stat-card value=${key} no-animation></migration-stat-card>`,
          );
          expect(partText(el, 'value'), `${lang} ${key}`).to.be.oneOf(oneOf(value));
          expect(partText(el, 'label'), `${lang} ${key}`).to.equal(label);
        }
      });

      it('the quote block and the summary panel speak the same language', async () => {
        const quote = await inLanguage(lang, html`<migration-quote-block></migration-quote-block>`);
        expect(partText(quote, 'copy-button')).to.equal(want.copyQuote);
        const panel = await inLanguage(lang, html`<migration-summary-panel></migration-summary-panel>`);
        // innerText: the label for the other state is in the markup too, not shown.
        const toggle = panel.shadowRoot!.querySelector<HTMLElement>('[part~="toggle-button"]')!;
        expect(words(toggle.innerText)).to.equal(want.hideSummary);
      });
    });
  }

  for (const lang of untranslated) {
    it(`${lang}: the English widget is marked lang="en" dir="ltr" and one warning names the language`, async () => {
      const warnings = captureWarnings();
      try {
        const el = await inLanguage(lang, html`<migration-stat-card no-animation></migration-stat-card>`);
        await inLanguage(lang, html`<migration-remittance-counter></migration-remittance-counter>`);
        const root = el.shadowRoot!.querySelector('.untranslated')!;
        expect(root.getAttribute('lang')).to.equal('en');
        expect(root.getAttribute('dir')).to.equal('ltr');
        expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="label"]')!).direction).to.equal('ltr');
        // The summary panel's "read" link: English words, inside the English widget, to the English text.
        const panel = await inLanguage(lang, html`<migration-summary-panel></migration-summary-panel>`);
        const read = panel.shadowRoot!.querySelector('[part~="read-link"]')!;
        expect(words(read.textContent)).to.equal('Read the report');
        expect(read.closest('[lang]')!.getAttribute('lang')).to.equal('en');
        expect(read.getAttribute('hreflang')).to.equal('en');
        expect(read.getAttribute('href')).to.equal('https://undocs.org/en/A/72/643');
        const mine = ours(warnings.messages).filter((m) => m.includes('no strings'));
        expect(mine).to.have.length(1);
        expect(mine[0]).to.include(`lang="${lang}"`).and.to.include(`registerStrings('${lang}'`);
      } finally {
        warnings.restore();
      }
    });
  }

  it('ar-EG: every number in a sentence is in the page’s digits, the year included', async () => {
    const card = await inLanguage(
      'ar-EG',
      html`<migration-stat-card fact="remittances-2017" no-animation></migration-stat-card>`,
    );
    expect(partText(card, 'year')).to.equal('٢٠١٧');
    expect(partText(card, 'label')).to.equal('تحويلات مالية أرسلها المهاجرون إلى بلدانهم الأصلية في عام ٢٠١٧');
    const counter = await inLanguage('ar-EG', html`<migration-remittance-counter></migration-remittance-counter>`);
    expect(partText(counter, 'note')).to.equal(
      'توضيح بمعدل عام ٢٠١٧ البالغ نحو \u200f٦٠٠ مليار US$ سنويًا (World Bank estimates)، وليس قياسًا.',
    );
  });

  it('a translated widget has no English wrapper', async () => {
    const el = await inLanguage('fr', html`<migration-stat-card no-animation></migration-stat-card>`);
    expect(el.shadowRoot!.querySelector('.untranslated')).to.equal(null);
  });
});
