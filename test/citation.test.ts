import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { MigrationElement } from '../src/migration-element.js';
import { emulate, howEmulated } from './support/media.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
/** Text as written, line breaks and indentation of the markup folded (no-break spaces kept). */
const text = (node: Node | null) => (node?.textContent ?? '').replace(/[ \n\t]+/g, ' ').trim();
const shown = (node: HTMLElement | null) => !!node && node.getClientRects().length > 0;

async function widgets(lang: string, dir = 'ltr', attrs = '') {
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${dir} style="inline-size: 680px"></div>`);
  // Attributes as a partner writes them.
  wrap.innerHTML = `<migration-stat-card no-animation ${attrs}></migration-stat-card><migration-quote-block ${attrs}></migration-quote-block>`;
  const [card, quote] = [...wrap.children] as MigrationElement[];
  await card!.updateComplete;
  await quote!.updateComplete;
  return { card: card!, quote: quote! };
}
const credit = (el: Element) => `${part(el, 'source-label')!.textContent}${text(part(el, 'credit'))}`;

/** Written out by hand per language: the stat card's default figure and the default quote. */
const expected: Record<string, { card: string[]; cardFull: string[]; quote: string[]; quoteFull: string[] }> = {
  en: {
    card: ['Source: UN Secretary-General, Making Migration Work for All (A/72/643), as quoted by IOM, 2018'],
    cardFull: [
      'Making Migration Work for All (A/72/643), United Nations, December 12, 2017; as quoted in UN Migration Agency Welcomes UN Secretary General’s Report – Making Migration Work for All, IOM, the UN Migration Agency, January 12, 2018, para. 2',
    ],
    quote: ['Source: as quoted by IOM, 2018'],
    quoteFull: [
      'as quoted in UN Migration Agency Welcomes UN Secretary General’s Report – Making Migration Work for All, IOM, the UN Migration Agency, January 12, 2018, para. 7',
    ],
  },
  fr: {
    card: ['Source\u00a0: UN Secretary-General, Making Migration Work for All (A/72/643), cité par IOM, 2018'],
    cardFull: [
      'Making Migration Work for All (A/72/643), United Nations, 12 décembre 2017\u00a0; cité dans UN Migration Agency Welcomes UN Secretary General’s Report – Making Migration Work for All, IOM, the UN Migration Agency, 12 janvier 2018, par. 2',
    ],
    quote: ['Source\u00a0: cité par IOM, 2018'],
    quoteFull: [
      'cité dans UN Migration Agency Welcomes UN Secretary General’s Report – Making Migration Work for All, IOM, the UN Migration Agency, 12 janvier 2018, par. 7',
    ],
  },
  es: {
    card: ['Fuente: UN Secretary-General, Making Migration Work for All (A/72/643), citado por IOM, 2018'],
    cardFull: [
      'Making Migration Work for All (A/72/643), United Nations, 12 de diciembre de 2017; citado en UN Migration Agency Welcomes UN Secretary General’s Report – Making Migration Work for All, IOM, the UN Migration Agency, 12 de enero de 2018, párr. 2',
    ],
    quote: ['Fuente: citado por IOM, 2018'],
    quoteFull: [
      'citado en UN Migration Agency Welcomes UN Secretary General’s Report – Making Migration Work for All, IOM, the UN Migration Agency, 12 de enero de 2018, párr. 7',
    ],
  },
  ru: {
    card: ['Источник: UN Secretary-General, Making Migration Work for All (A/72/643), цит. по IOM, 2018'],
    cardFull: [
      'Making Migration Work for All (A/72/643), United Nations, 12 декабря 2017 г.; цитируется по UN Migration Agency Welcomes UN Secretary General’s Report – Making Migration Work for All, IOM, the UN Migration Agency, 12 января 2018 г., п. 2',
    ],
    quote: ['Источник: цит. по IOM, 2018'],
    quoteFull: [
      'цитируется по UN Migration Agency Welcomes UN Secretary General’s Report – Making Migration Work for All, IOM, the UN Migration Agency, 12 января 2018 г., п. 7',
    ],
  },
  // WebKit writes Arabic with Arabic-Indic digits, Chromium and Firefox with Latin ones: both are right.
  ar: {
    card: [
      'المصدر: UN Secretary-General، Making Migration Work for All (A/72/643)، كما أوردته IOM، 2018',
      'المصدر: UN Secretary-General، Making Migration Work for All (A/72/643)، كما أوردته IOM، ٢٠١٨',
    ],
    cardFull: [
      'Making Migration Work for All (A/72/643)، United Nations، 12 ديسمبر 2017؛ كما ورد في UN Migration Agency Welcomes UN Secretary General’s Report – Making Migration Work for All، IOM, the UN Migration Agency، 12 يناير 2018، الفقرة 2',
      'Making Migration Work for All (A/72/643)، United Nations، ١٢ ديسمبر ٢٠١٧؛ كما ورد في UN Migration Agency Welcomes UN Secretary General’s Report – Making Migration Work for All، IOM, the UN Migration Agency، ١٢ يناير ٢٠١٨، الفقرة ٢',
    ],
    quote: ['المصدر: كما أوردته IOM، 2018', 'المصدر: كما أوردته IOM، ٢٠١٨'],
    quoteFull: [
      'كما ورد في UN Migration Agency Welcomes UN Secretary General’s Report – Making Migration Work for All، IOM, the UN Migration Agency، 12 يناير 2018، الفقرة 7',
      'كما ورد في UN Migration Agency Welcomes UN Secretary General’s Report – Making Migration Work for All، IOM, the UN Migration Agency، ١٢ يناير ٢٠١٨، الفقرة ٧',
    ],
  },
  zh: {
    card: ['来源：UN Secretary-General，Making Migration Work for All (A/72/643)，转引自IOM，2018'],
    cardFull: [
      'Making Migration Work for All (A/72/643)，United Nations，2017年12月12日；引自 UN Migration Agency Welcomes UN Secretary General’s Report – Making Migration Work for All，IOM, the UN Migration Agency，2018年1月12日，第2段',
    ],
    quote: ['来源：转引自IOM，2018'],
    quoteFull: [
      '引自 UN Migration Agency Welcomes UN Secretary General’s Report – Making Migration Work for All，IOM, the UN Migration Agency，2018年1月12日，第7段',
    ],
  },
};

describe('citation: a one-line credit, the full citation one click away', () => {
  for (const [lang, want] of Object.entries(expected)) {
    it(`${lang}: the credit and the full citation of the stat card and the quote, in the language's own punctuation`, async () => {
      const { card, quote } = await widgets(lang, lang === 'ar' ? 'rtl' : 'ltr');
      expect(credit(card)).to.be.oneOf(want.card);
      expect(text(part(card, 'citation'))).to.be.oneOf(want.cardFull);
      expect(credit(quote)).to.be.oneOf(want.quote);
      expect(text(part(quote, 'citation'))).to.be.oneOf(want.quoteFull);
    });
  }

  // Languages without strings: the whole widget is English, its citation included (dates too).
  for (const lang of ['pt-BR', 'fa', 'bn', 'zh-Hant-TW']) {
    it(`${lang}: the credit and the full citation are the English ones, like the rest of the widget`, async () => {
      const { card, quote } = await widgets(lang, lang === 'fa' ? 'rtl' : 'ltr');
      const want = expected.en!;
      expect(credit(card)).to.be.oneOf(want.card);
      expect(text(part(card, 'citation'))).to.be.oneOf(want.cardFull);
      expect(credit(quote)).to.be.oneOf(want.quote);
      expect(text(part(quote, 'citation'))).to.be.oneOf(want.quoteFull);
    });
  }

  it('shows the credit with its links; the full citation is hidden until the button opens it', async () => {
    const { card } = await widgets('en');
    expect(shown(part(card, 'credit'))).to.equal(true);
    expect(shown(part(card, 'citation'))).to.equal(false);
    const links = [...part(card, 'credit')!.querySelectorAll('a')].map((a) => `${a.textContent} ${a.href}`);
    expect(links).to.deep.equal([
      'Making Migration Work for All (A/72/643) https://undocs.org/A/72/643',
      'IOM https://www.iom.int/news/un-migration-agency-welcomes-un-secretary-generals-report-making-migration-work-all',
    ]);
    const button = part(card, 'citation-button')!;
    expect(button.localName).to.equal('button');
    expect(button.textContent).to.equal('Full citation');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(shown(part(card, 'copy-citation-button'))).to.equal(false);
  });

  it('opens and closes from the keyboard, firing migration-<element>-citation with { open }', async () => {
    const { card } = await widgets('en');
    const seen: boolean[] = [];
    document.addEventListener('migration-stat-card-citation', (e) => seen.push((e as Event & { open: boolean }).open));
    part(card, 'citation-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await card.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(part(card, 'citation-button')!.getAttribute('aria-expanded')).to.equal('true');
    expect(shown(part(card, 'citation'))).to.equal(true);
    expect(shown(part(card, 'credit'))).to.equal(false, 'a screen reader hears the citation once');
    expect(shown(part(card, 'copy-citation-button'))).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await new Promise((r) => setTimeout(r, 50));
    expect(part(card, 'citation-button')!.getAttribute('aria-expanded')).to.equal('false');
    expect(seen).to.deep.equal([true, false]);
  });

  it('“Copy citation” copies the plain-text citation and fires migration-<element>-copy-citation (in-page clipboard stand-in)', async () => {
    const { card } = await widgets('fr');
    const copied: string[] = [];
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (t: string) => (copied.push(t), Promise.resolve()) },
    });
    try {
      const events: Array<{ text: string; copied: boolean }> = [];
      card.addEventListener('migration-stat-card-copy-citation', (e) => events.push(e as never));
      part(card, 'citation-button')!.click();
      await card.updateComplete;
      part(card, 'copy-citation-button')!.click();
      await new Promise((r) => setTimeout(r, 50));
      const want =
        'Making Migration Work for All (A/72/643), United Nations, December 12, 2017, https://undocs.org/A/72/643; as quoted in UN Migration Agency Welcomes UN Secretary General’s Report – Making Migration Work for All, IOM, the UN Migration Agency, January 12, 2018, para. 2, https://www.iom.int/news/un-migration-agency-welcomes-un-secretary-generals-report-making-migration-work-all.';
      expect(copied).to.deep.equal([want]);
      expect(events.map((e) => [e.text, e.copied])).to.deep.equal([[want, true]]);
      expect(text(part(card, 'citation-status'))).to.equal('Référence copiée');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });

  it('citation="full" shows the full citation inline, with no disclosure button', async () => {
    const { card } = await widgets('en', 'ltr', 'citation="full"');
    expect(shown(part(card, 'citation'))).to.equal(true);
    expect(shown(part(card, 'credit'))).to.equal(false);
    expect(part(card, 'citation-button')).to.equal(null);
    expect(text(part(card, 'citation'))).to.match(
      /^Making Migration Work for All \(A\/72\/643\), United Nations, December 12, 2017; as quoted in /,
    );
    expect(shown(part(card, 'copy-citation-button'))).to.equal(true);
  });

  it('the counter says "Source" like the others, its credit without the basis its sentence already names', async () => {
    const el = await fixture<MigrationElement>(
      html`<migration-remittance-counter lang="fr"></migration-remittance-counter>`,
    );
    expect(credit(el)).to.equal(
      'Source\u00a0: UN Secretary-General, Making Migration Work for All (A/72/643), cité par IOM, 2018',
    );
    expect(text(part(el, 'citation'))).to.match(/, par\. 3\u00a0; d’après World Bank estimates$/);
  });

  it('a summary panel with figures credits them once: one source line, one disclosure, none in the cards', async () => {
    const panel = await fixture<MigrationElement>(
      html`<migration-summary-panel with-figures></migration-summary-panel>`,
    );
    const cards = [...panel.shadowRoot!.querySelectorAll<MigrationElement>('migration-stat-card')];
    await Promise.all(cards.map((c) => c.updateComplete));
    expect(cards).to.have.length(4);
    for (const card of cards) expect(part(card, 'source'), card.getAttribute('fact')!).to.equal(null);
    expect(parts(panel, 'source')).to.have.length(1);
    expect(credit(panel)).to.equal(
      'Source: UN Secretary-General, Making Migration Work for All (A/72/643), as quoted by IOM, 2018',
    );
    const entries = [...part(panel, 'citation')!.querySelectorAll('.entry')].map((e) => text(e).replace(/.*, /, ''));
    expect(entries).to.deep.equal(['para. 2', 'para. 3', 'para. 3', 'para. 3; based on World Bank estimates']);
  });

  it('a partner source keeps its own credit, linked, with no disclosure', async () => {
    const { card } = await widgets('en', 'ltr', 'source="Partner annual report" source-url="https://example.org/r"');
    expect(text(part(card, 'source'))).to.equal('Source: Partner annual report');
    expect(part(card, 'citation-button')).to.equal(null);
    expect(part(card, 'source')!.querySelector('bdi a')!.getAttribute('href')).to.equal('https://example.org/r');
  });
});

describe('bidi: partner text and citation runs are isolated', () => {
  // What an override in a speaker, role or counter source does to the words after it: test/hardening/bidi-isolation.test.ts.
  it('a right-to-left override in a partner label or source stays inside it', async () => {
    const el = await fixture<MigrationElement>(
      html`<migration-stat-card no-animation value="5" label="\u202Epeople" source="\u202EPartner"></migration-stat-card>`,
    );
    expect(part(el, 'label')!.querySelector('bdi')!.textContent).to.equal('\u202Epeople');
    expect(part(el, 'source')!.querySelector('bdi')!.textContent).to.equal('\u202EPartner');
    const counter = await fixture<MigrationElement>(
      html`<migration-remittance-counter annual-amount="1000" source="\u202EPartner"></migration-remittance-counter>`,
    );
    expect(part(counter, 'basis')!.querySelector('bdi')!.textContent).to.equal('\u202EPartner');
  });

  for (const lang of ['ar', 'fa']) {
    it(`${lang}: every English run of the citation has lang="en" dir="ltr", every date and number its own isolate`, async () => {
      const { card } = await widgets(lang, 'rtl', 'citation="full"');
      const citation = part(card, 'citation')!;
      const english = [...citation.querySelectorAll('bdi[lang="en"][dir="ltr"]')].map((b) => b.textContent);
      expect(english).to.deep.equal([
        'Making Migration Work for All (A/72/643)',
        'United Nations',
        'UN Migration Agency Welcomes UN Secretary General’s Report – Making Migration Work for All',
        'IOM, the UN Migration Agency',
      ]);
      const dates = [...citation.querySelectorAll('time')];
      expect(dates.map((t) => [t.parentElement!.localName, t.getAttribute('datetime')])).to.deep.equal([
        ['bdi', '2017-12-12'],
        ['bdi', '2018-01-12'],
      ]);
      // Each date is one unbroken run on one line: never "United Nations, 12" / "ديسمبر 2017".
      for (const date of dates) {
        const lines = new Set([...date.getClientRects()].map((r) => Math.round(r.top)));
        expect(lines.size, date.textContent).to.equal(1);
      }
    });
  }
});

describe('print: black on white, the full citation with its link addresses', () => {
  for (const tag of ['migration-stat-card', 'migration-quote-block', 'migration-remittance-counter']) {
    it(`${tag} in the dark theme (${howEmulated('print')})`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
      wrap.innerHTML = `<${tag} theme="dark" no-animation></${tag}>`;
      const el = wrap.firstElementChild as MigrationElement;
      await el.updateComplete;
      const undo = await emulate(el, 'print');
      try {
        expect(getComputedStyle(part(el, 'source')!).color).to.equal('rgb(0, 0, 0)');
        expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
        expect(shown(part(el, 'citation')), getComputedStyle(part(el, 'citation')!).display).to.equal(true);
        expect(shown(part(el, 'credit'))).to.equal(false);
        expect(shown(part(el, 'citation-button'))).to.equal(false);
        const link = part(el, 'citation')!.querySelector('a')!;
        expect(getComputedStyle(link, '::after').content).to.match(/attr\(href\)|https:\/\//);
      } finally {
        await undo();
      }
    });
  }
});
