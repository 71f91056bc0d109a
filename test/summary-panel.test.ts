import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { figures, report } from '../src/data/index.js';
import '../src/summary-panel.js';
import type { SummaryPanel } from '../src/summary-panel.js';
import { captureWarnings, ours } from './support/console.js';
import { emulate, howEmulated } from './support/media.js';

// The repository's copy of ../shared/report/source-text.txt: every word of the report shown must be in it.
const source = (await (await fetch('/src/data/source-text.txt')).text()).replace(/\s+/g, ' ');

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const part = (el: SummaryPanel, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
// checkVisibility: a closed <details> keeps its content's boxes but skips rendering them.
const visible = (el: Element) => el.checkVisibility({ visibilityProperty: true });
const languageLinks = (el: SummaryPanel) => [...part(el, 'languages').querySelectorAll('a')];

/** A panel inside a wrapper carrying `lang` and `dir`, rendered. */
async function panelIn(lang: string, attributes = '', dir = 'ltr'): Promise<SummaryPanel> {
  const wrapper = await fixture(html`<div></div>`);
  wrapper.setAttribute('lang', lang);
  wrapper.setAttribute('dir', dir);
  const el = document.createElement('migration-summary-panel');
  for (const [, name, value] of attributes.matchAll(/([\w-]+)(?:="([^"]*)")?/g)) el.setAttribute(name!, value ?? '');
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

describe('<migration-summary-panel>', () => {
  describe('defaults: the report verbatim', () => {
    it('every piece of the report it renders appears verbatim in the source text', async () => {
      const el = await panelIn('en');
      // Text-bearing elements whose language is the report's (the six language labels aside).
      const pieces = [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')].filter(
        (node) =>
          node.closest('[lang]')?.getAttribute('lang') === 'en' &&
          !node.closest('a') &&
          [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim() !== ''),
      );
      expect(pieces.length).to.be.greaterThan(8);
      for (const piece of pieces) expect(source, piece.outerHTML).to.include(squash(piece.textContent));
    });

    it('shows title, kind, symbol, first sentence, the three highlights, the further theme and the second paragraph', async () => {
      const el = await panelIn('en');
      const text = squash(el.shadowRoot!.textContent);
      for (const words of ['Making Migration Work for All', 'Report of the Secretary-General', 'A/72/643']) {
        expect(text).to.include(words);
      }
      expect(squash(part(el, 'lead').textContent)).to.equal(report.firstSentence);
      expect(text).to.include(report.highlightsIntro);
      const items = [...part(el, 'highlights').querySelectorAll('li')].map((li) => squash(li.textContent));
      expect(items).to.have.length(3);
      items.forEach((item, i) => {
        expect(item.startsWith(`(${'abc'[i]}) `), item).to.equal(true);
        expect(source).to.include(item);
      });
      expect(text).to.include(report.furtherTheme);
      expect(text).to.include(report.summary[1]);
      expect(source).to.include(report.summary[1]);
    });

    it('dates and counts pages in the page language; the report words stay lang="en"', async () => {
      const el = await panelIn('fr');
      const time = part(el, 'meta').querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2017-12-12');
      expect(time.textContent).to.equal('12 décembre 2017');
      expect(squash(part(el, 'meta').textContent)).to.include('20 pages');
      expect(part(el, 'heading').querySelector('[lang="en"]')!.textContent).to.equal('Making Migration Work for All');
      expect(part(el, 'lead').getAttribute('lang')).to.equal('en');
      expect(part(el, 'highlights').closest('[lang]')!.getAttribute('lang')).to.equal('en');
      expect(squash(part(el, 'toggle').innerText)).to.equal('Masquer le résumé');
    });

    it('a heading at level 2 holds the title, and the panel is an article named by it', async () => {
      const el = await panelIn('en');
      const heading = el.shadowRoot!.querySelector('h2')!;
      expect(squash(heading.textContent)).to.equal('Making Migration Work for All');
      expect(part(el, 'panel').localName).to.equal('article');
      expect(part(el, 'panel').getAttribute('aria-labelledby')).to.equal(heading.id);
    });
  });

  describe('links: read the report', () => {
    it('a prominent link to the official text in the page language, then the six versions, page language first', async () => {
      const el = await panelIn('en');
      const read = part(el, 'read-link');
      expect(read.getAttribute('href')).to.equal('https://undocs.org/en/A/72/643');
      expect(read.getAttribute('hreflang')).to.equal('en');
      expect(squash(read.textContent)).to.equal('Read the report');
      const labels = languageLinks(el).map((a) => a.textContent);
      expect(labels).to.deep.equal(['English', 'العربية', '中文', 'Français', 'Русский', 'Español']);
    });

    it('each language link is https, with hreflang and lang of its language and a label in it', async () => {
      const el = await panelIn('en');
      const names = ['English', 'العربية', '中文', 'Français', 'Русский', 'Español'];
      const expected: Record<string, string> = Object.fromEntries(
        ['en', 'ar', 'zh', 'fr', 'ru', 'es'].map((code, i) => [code, names[i]!]),
      );
      const links = languageLinks(el);
      expect(links).to.have.length(6);
      for (const a of [part(el, 'read-link') as HTMLAnchorElement, ...links])
        expect(new URL(a.href).protocol).to.equal('https:');
      for (const a of links) {
        const code = a.getAttribute('hreflang')!;
        expect(a.getAttribute('lang')).to.equal(code);
        expect(a.textContent).to.equal(expected[code]);
        expect(a.getAttribute('href')).to.equal(`https://undocs.org/${code}/A/72/643`);
      }
    });

    it('inside lang="fr": French first and the read link to the French text, labelled in French', async () => {
      const el = await panelIn('fr-CA');
      expect(languageLinks(el)[0]!.getAttribute('hreflang')).to.equal('fr');
      expect(part(el, 'read-link').getAttribute('href')).to.equal('https://undocs.org/fr/A/72/643');
      expect(squash(part(el, 'read-link').textContent)).to.equal('Lire le rapport');
    });

    it('follows a language switch on an ancestor', async () => {
      const el = await panelIn('fr');
      el.parentElement!.setAttribute('lang', 'zh');
      await nextFrame();
      await el.updateComplete;
      expect(languageLinks(el)[0]!.textContent).to.equal('中文');
      expect(squash(part(el, 'read-link').textContent)).to.equal('阅读报告');
    });
  });

  describe('collapsed: disclosure by keyboard', () => {
    it('collapsed shows the title, the first sentence and a "Show summary" disclosure holding the rest', async () => {
      const el = await panelIn('en', 'collapsed');
      const summary = part(el, 'toggle');
      expect(summary.localName).to.equal('summary');
      expect(squash(summary.innerText)).to.equal('Show summary');
      const details = summary.parentElement as HTMLDetailsElement;
      expect(details.open).to.equal(false);
      expect(details.contains(part(el, 'details'))).to.equal(true);
      expect(visible(part(el, 'meta'))).to.equal(false);
      expect(visible(part(el, 'details'))).to.equal(false);
      expect(visible(part(el, 'heading'))).to.equal(true);
      expect(visible(part(el, 'lead'))).to.equal(true);
      expect(visible(part(el, 'read-link'))).to.equal(false);
    });

    it('Enter expands and Space collapses again, reflecting the state', async () => {
      const el = await panelIn('en', 'collapsed');
      const summary = part(el, 'toggle');
      const details = summary.parentElement as HTMLDetailsElement;
      summary.focus();
      let toggled = oneEvent(el, 'migration-summary-panel-toggle');
      await sendKeys({ press: 'Enter' });
      await toggled;
      expect(el.collapsed).to.equal(false);
      expect(el.hasAttribute('collapsed')).to.equal(false);
      expect(details.open).to.equal(true);
      expect(squash(summary.innerText)).to.equal('Hide summary');
      expect(visible(part(el, 'details'))).to.equal(true);
      expect(visible(part(el, 'meta'))).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      toggled = oneEvent(el, 'migration-summary-panel-toggle');
      await sendKeys({ press: ' ' }); // the space bar (Firefox's BiDi keyboard knows no "Space")
      await toggled;
      expect(el.hasAttribute('collapsed')).to.equal(true);
      expect(details.open).to.equal(false);
      expect(squash(summary.innerText)).to.equal('Show summary');
      expect(visible(part(el, 'details'))).to.equal(false);
    });

    it('setting the attribute from outside collapses it', async () => {
      const el = await panelIn('en');
      expect(visible(part(el, 'details'))).to.equal(true);
      el.setAttribute('collapsed', '');
      await el.updateComplete;
      expect(visible(part(el, 'details'))).to.equal(false);
      expect((part(el, 'toggle').parentElement as HTMLDetailsElement).open).to.equal(false);
    });
  });

  describe('heading-level', () => {
    for (const level of [2, 3, 4, 5, 6]) {
      it(`heading-level="${level}" renders a real h${level}, no role override`, async () => {
        const el = await panelIn('en', `heading-level="${level}" with-figures`);
        const heading = part(el, 'heading');
        expect(heading.localName).to.equal(`h${level}`);
        expect(heading.hasAttribute('role')).to.equal(false);
        expect(part(el, 'figures-heading').localName).to.equal(`h${Math.min(level + 1, 6)}`);
      });
    }
  });

  describe('slots and figures', () => {
    it('with-figures shows the built-in key figures as compact stat cards', async () => {
      const el = await panelIn('en', 'with-figures');
      const cards = [...part(el, 'figures').querySelectorAll('migration-stat-card')];
      expect(cards.map((c) => c.getAttribute('fact'))).to.deep.equal(figures.map((f) => f.id));
      for (const card of cards) expect(card.getAttribute('variant')).to.equal('compact');
      expect(squash(part(el, 'figures-heading').textContent)).to.equal('Key figures');
    });

    it('without figures the section is left out; a figure slotted later shows it', async () => {
      const el = await panelIn('en');
      expect(visible(part(el, 'figures'))).to.equal(false);
      const figure = document.createElement('p');
      figure.slot = 'figures';
      figure.textContent = 'A partner figure';
      el.append(figure);
      await nextFrame();
      await el.updateComplete;
      expect(visible(part(el, 'figures'))).to.equal(true);
      expect(visible(figure)).to.equal(true);
    });

    it('lays slotted figures out as a responsive grid: side by side when wide, stacked when narrow', async () => {
      const el = await panelIn('en');
      for (const name of ['one', 'two']) {
        const card = document.createElement('div');
        card.slot = 'figures';
        card.textContent = name;
        el.append(card);
      }
      el.style.inlineSize = '48rem';
      await nextFrame();
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'figures')).display).to.equal('grid');
      const [one, two] = [...el.querySelectorAll('[slot]')].map((c) => c.getBoundingClientRect());
      expect(one!.top).to.equal(two!.top);
      el.style.inlineSize = '15rem';
      await nextFrame();
      const [narrowOne, narrowTwo] = [...el.querySelectorAll('[slot]')].map((c) => c.getBoundingClientRect());
      expect(narrowTwo!.top).to.be.greaterThan(narrowOne!.top);
    });

    it('unnamed content is only the no-JavaScript fallback: not shown once defined', async () => {
      const wrapper = await fixture(
        html`<div><migration-summary-panel><p>Read the report at undocs.org</p></migration-summary-panel></div>`,
      );
      const el = wrapper.querySelector('migration-summary-panel')!;
      await el.updateComplete;
      expect(visible(el.querySelector('p')!)).to.equal(false);
    });
  });

  describe('parts and container queries', () => {
    it('exposes its main pieces as parts', async () => {
      const el = await panelIn('en', 'with-figures');
      for (const name of [
        'panel',
        'heading',
        'meta',
        'lead',
        'toggle',
        'details',
        'highlights',
        'figures',
        'links',
        'read-link',
        'languages',
      ]) {
        expect(part(el, name), name).to.not.equal(null);
      }
    });

    it('stacks the links in a narrow container', async () => {
      const el = await panelIn('en');
      el.style.inlineSize = '18rem';
      await nextFrame();
      expect(getComputedStyle(part(el, 'links')).flexDirection).to.equal('column');
      el.style.inlineSize = '48rem';
      await nextFrame();
      expect(getComputedStyle(part(el, 'links')).flexDirection).to.equal('row');
    });
  });

  describe('a11y', () => {
    for (const theme of ['light', 'dark']) {
      it(`passes axe in the ${theme} theme, expanded with figures and collapsed`, async () => {
        const open = await panelIn('en', `theme="${theme}" with-figures`);
        await expect(open).to.be.accessible();
        const closed = await panelIn('en', `theme="${theme}" collapsed`);
        await expect(closed).to.be.accessible();
      });
    }
  });

  describe('print', () => {
    it(`prints expanded with link addresses written out (${howEmulated('print')})`, async () => {
      const el = await panelIn('en', 'collapsed theme="dark"');
      expect(visible(part(el, 'details'))).to.equal(false);
      const undo = await emulate(el, 'print');
      try {
        expect(visible(part(el, 'details'))).to.equal(true);
        expect(visible(part(el, 'meta'))).to.equal(true);
        expect(visible(part(el, 'toggle'))).to.equal(false);
        expect(getComputedStyle(part(el, 'meta')).color, 'dark theme prints dark on white').to.equal('rgb(74, 74, 74)');
        const read = part(el, 'read-link');
        expect(getComputedStyle(read, '::after').content).to.match(/attr\(href\)|undocs\.org\/en\/A\/72\/643/);
        expect(getComputedStyle(languageLinks(el)[1]!, '::after').content).to.match(/attr\(href\)|undocs\.org\/ar/);
      } finally {
        await undo();
      }
    });

    it('on screen no address is written after links', async () => {
      const el = await panelIn('en');
      expect(getComputedStyle(part(el, 'read-link'), '::after').content).to.be.oneOf(['none', 'normal', '']);
    });
  });

  describe('right-to-left', () => {
    it('inside dir="rtl" the UI mirrors while the report’s English stays left to right', async () => {
      const el = await panelIn('ar', '', 'rtl');
      expect(getComputedStyle(part(el, 'lead')).direction).to.equal('ltr');
      expect(getComputedStyle(part(el, 'highlights')).direction).to.equal('ltr');
      expect(getComputedStyle(part(el, 'heading').querySelector('[lang="en"]')!).direction).to.equal('ltr');
      expect(getComputedStyle(part(el, 'toggle')).direction).to.equal('rtl');
      expect(getComputedStyle(part(el, 'panel')).borderRightWidth).to.equal('4px');
      expect(getComputedStyle(part(el, 'panel')).borderLeftWidth).to.equal('0px');
      const host = el.getBoundingClientRect();
      const button = part(el, 'toggle').getBoundingClientRect();
      expect(button.right, 'button at the inline start, on the right').to.be.greaterThan(host.left + host.width / 2);
      expect(squash(part(el, 'toggle').innerText)).to.equal('إخفاء الموجز');
      expect(languageLinks(el)[0]!.getAttribute('dir')).to.equal('rtl');
      expect(part(el, 'read-link').getAttribute('href')).to.equal('https://undocs.org/ar/A/72/643');
    });
  });

  describe('bad input', () => {
    for (const value of ['9', 'abc', '1', '']) {
      it(`heading-level="${value}" falls back to h2 with one warning`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await panelIn('en', `heading-level="${value}"`);
          const again = await panelIn('en', `heading-level="${value}"`);
          for (const panel of [el, again]) {
            expect(part(panel, 'heading').localName).to.equal('h2');
            expect(squash(panel.shadowRoot!.textContent)).to.not.match(/NaN|undefined|null|Infinity/);
          }
          const mine = ours(warnings.messages);
          expect(mine).to.have.length(1);
          expect(mine[0]).to.include('<migration-summary-panel>').and.include(`heading-level="${value}"`);
        } finally {
          warnings.restore();
        }
      });
    }

    it('markup in attributes is never parsed: heading-level and variant warn and fall back', async () => {
      const warnings = captureWarnings();
      try {
        const el = await panelIn('en', 'heading-level="<img src=x>" variant="<b>x</b>"');
        expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
        expect(part(el, 'heading').localName).to.equal('h2');
        // The attribute stays as written (it is the page's); no :host([variant=…]) rule matches it.
        expect(getComputedStyle(part(el, 'panel')).borderInlineStartWidth).to.equal(
          getComputedStyle(part(await panelIn('en', ''), 'panel')).borderInlineStartWidth,
        );
        const mine = ours(warnings.messages);
        expect(mine).to.have.length(2);
        expect(mine.join('\n')).to.include('heading-level="<img src=x>"').and.include('variant="<b>x</b>"');
      } finally {
        warnings.restore();
      }
    });

    it('an invalid language code: English UI, the official link first, one warning', async () => {
      const warnings = captureWarnings();
      try {
        const el = await panelIn('not a language!');
        expect(squash(part(el, 'read-link').textContent)).to.equal('Read the report');
        expect(part(el, 'read-link').getAttribute('href')).to.equal(report.links.official);
        expect(part(el, 'read-link').hasAttribute('hreflang')).to.equal(false);
        expect(languageLinks(el).map((a) => a.getAttribute('hreflang'))).to.deep.equal([
          'ar',
          'zh',
          'en',
          'fr',
          'ru',
          'es',
        ]);
        const mine = ours(warnings.messages);
        expect(mine).to.have.length(1);
        expect(mine[0]).to.include('<migration-summary-panel>').and.include('lang="not a language!"');
      } finally {
        warnings.restore();
      }
    });

    it('once the page names a valid language instead, its version comes first again', async () => {
      const warnings = captureWarnings();
      try {
        const el = await panelIn('?!');
        expect(part(el, 'read-link').getAttribute('href')).to.equal(report.links.official);
        el.parentElement!.setAttribute('lang', 'en');
        await nextFrame();
        await el.updateComplete;
        expect(part(el, 'read-link').getAttribute('href')).to.equal('https://undocs.org/en/A/72/643');
        expect(languageLinks(el)[0]!.getAttribute('hreflang')).to.equal('en');
      } finally {
        warnings.restore();
      }
    });

    it('a language without UI strings (sw): the whole widget in English, the English text first, no exception', async () => {
      const el = await panelIn('sw');
      expect(squash(part(el, 'toggle').innerText)).to.equal('Hide summary');
      expect(part(el, 'read-link').getAttribute('href')).to.equal('https://undocs.org/en/A/72/643');
      expect(languageLinks(el)[0]!.getAttribute('hreflang')).to.equal('en');
      expect(squash(el.shadowRoot!.textContent)).to.not.match(/NaN|undefined|null|Infinity/);
    });
  });
});
