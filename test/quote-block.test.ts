import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { quoteById, pressRelease } from '../src/data/index.js';
import '../src/quote-block.js';
import type { QuoteBlock } from '../src/quote-block.js';
import { captureWarnings, ours } from './support/console.js';
import { emulate, howEmulated } from './support/media.js';

// The repository's copy of ../shared/report/source-text.txt: the words shown must be in it, exactly.
const source = (await (await fetch('/src/data/source-text.txt')).text()).replace(/\s+/g, ' ');
const isChromium = /Chrome\//.test(navigator.userAgent);
const legal = quoteById('legal-pathways')!;
const iomCitation = 'Source: as quoted by IOM, 2018';
const legalCopy =
  `“${legal.fragments[0]!.slice(0, -1)}. ${legal.fragments[1]}” — António Guterres, Secretary-General of the United Nations. ` +
  `${iomCitation} ${pressRelease.url}`;

const part = (el: QuoteBlock, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: QuoteBlock, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const text = (node: Node | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The text a reader sees in a part: slots read through to what is assigned to them. */
function seen(el: QuoteBlock, name: string): string {
  const read = (node: Node): string =>
    node instanceof HTMLSlotElement && node.assignedNodes().length
      ? node.assignedNodes().map(read).join('')
      : node.nodeType === Node.TEXT_NODE
        ? node.textContent!
        : [...node.childNodes].map(read).join('');
  const found = part(el, name);
  return found ? read(found).replace(/\s+/g, ' ').trim() : '';
}

async function quoteBlock(template: ReturnType<typeof html>): Promise<QuoteBlock> {
  const root = await fixture(template);
  const el = (
    root.localName === 'migration-quote-block' ? root : root.querySelector('migration-quote-block')!
  ) as QuoteBlock;
  await el.updateComplete;
  return el;
}

/** Replaces a navigator member for one test (the in-page stand-in); returns the undo. */
function standIn(name: 'clipboard' | 'share', value: unknown): () => void {
  Object.defineProperty(navigator, name, { value, configurable: true });
  return () => delete (navigator as unknown as Record<string, unknown>)[name];
}

async function statusAfter(el: QuoteBlock, act: () => unknown): Promise<string> {
  await act();
  await waitUntil(() => text(part(el, 'status')) !== '', 'no status shown', { timeout: 5000 });
  return text(part(el, 'status'));
}

describe('<migration-quote-block>', () => {
  describe('defaults: the Secretary-General’s words, verbatim', () => {
    it('each rendered fragment equals the source character for character (a closing comma may be a full stop)', async () => {
      const el = await quoteBlock(html`<migration-quote-block></migration-quote-block>`);
      const shown = parts(el, 'fragment').map((f) => f.textContent);
      expect(shown).to.have.length(2);
      expect(source).to.include(`“${legal.fragments[0]}” said UN SG Antonio Guterres. “${legal.fragments[1]}”`);
      expect(shown[0]).to.equal(legal.fragments[0]!.replace(/,$/, '.'));
      expect(shown[0]!.slice(0, -1)).to.equal(legal.fragments[0]!.slice(0, -1));
      expect(shown[1]).to.equal(legal.fragments[1]);
      expect(shown[0]).to.match(/^The best way to end the stigma of illegality/);
    });

    it('is a figure with blockquote[cite], lang="en" and figcaption with cite', async () => {
      const el = await quoteBlock(html`<migration-quote-block></migration-quote-block>`);
      const quote = el.shadowRoot!.querySelector('figure > blockquote')!;
      expect(quote.getAttribute('cite')).to.equal(pressRelease.url);
      expect(quote.getAttribute('lang')).to.equal('en');
      expect(quote.getAttribute('dir')).to.equal('ltr');
      expect(el.shadowRoot!.querySelector('figure > figcaption cite')!.textContent).to.equal(pressRelease.title);
    });

    it('quotation marks come from CSS, not from the text', async () => {
      const el = await quoteBlock(html`<migration-quote-block></migration-quote-block>`);
      const quoteText = part(el, 'text')!;
      expect(quoteText.textContent).to.not.match(/[“”"]/);
      expect(getComputedStyle(quoteText, '::before').content).to.equal('open-quote');
      expect(getComputedStyle(quoteText, '::after').content).to.equal('close-quote');
      expect(quoteText.getBoundingClientRect().width).to.be.greaterThan(0);
    });

    it('attributes the words to António Guterres and cites them as quoted in the IOM press release', async () => {
      const el = await quoteBlock(html`<migration-quote-block></migration-quote-block>`);
      expect(seen(el, 'speaker')).to.equal('António Guterres');
      expect(seen(el, 'role')).to.equal('Secretary-General of the United Nations');
      expect(`${text(part(el, 'source-label'))} ${text(part(el, 'credit'))}`).to.equal(iomCitation);
      expect(part(el, 'source')!.querySelector('a')!.href).to.equal(pressRelease.url);
      expect(part(el, 'citation')!.querySelector('time')!.getAttribute('datetime')).to.equal('2018-01-12');
      // Never presented as text of the report.
      expect(text(el.shadowRoot)).to.not.match(/A\/72\/643|undocs|Report of the Secretary-General/);
    });

    it('cites in the page’s language, with the date localized (French)', async () => {
      const el = await quoteBlock(html`<div lang="fr"><migration-quote-block></migration-quote-block></div>`);
      expect(text(part(el, 'credit'))).to.equal('cité par IOM, 2018');
      expect(text(part(el, 'citation'))).to.match(
        /^cité dans UN Migration Agency Welcomes .*12 janvier 2018, par\. 7$/,
      );
      expect(part(el, 'source')!.textContent).to.match(/^Source\u00a0: /);
      expect(text(part(el, 'copy-button'))).to.equal('Copier la citation');
      expect(part(el, 'quote')!.getAttribute('lang')).to.equal('en');
    });
  });

  describe('attributes', () => {
    it('quote="matter-of-choice" is IOM’s own statement, attributed to IOM and cited directly', async () => {
      const el = await quoteBlock(html`<migration-quote-block quote="matter-of-choice"></migration-quote-block>`);
      const iom = quoteById('matter-of-choice')!;
      expect(parts(el, 'fragment').map((f) => f.textContent)).to.deep.equal([...iom.fragments]);
      expect(source).to.include(iom.fragments[0]!);
      expect(seen(el, 'attribution')).to.equal('IOM, the UN Migration Agency');
      expect(text(el.shadowRoot)).to.not.include('Guterres');
      expect(text(part(el, 'credit'))).to.equal('IOM, 2018');
      expect(text(part(el, 'citation'))).to.match(/^UN Migration Agency Welcomes/);
    });

    it('a partner’s quote takes speaker, speaker-role, date, source and source-url', async () => {
      const el = await quoteBlock(html`<migration-quote-block
        speaker="Ana Silva"
        speaker-role="Mayor"
        date="2024-03-05"
        source="City Hall news"
        source-url="https://example.org/news"
        text="Our city works because migrants work here."
      ></migration-quote-block>`);
      expect(text(part(el, 'text'))).to.equal('Our city works because migrants work here.');
      expect(seen(el, 'attribution')).to.equal('Ana Silva, Mayor, March 5, 2024');
      expect(part(el, 'date')!.getAttribute('datetime')).to.equal('2024-03-05');
      expect(text(part(el, 'source'))).to.equal('Source: City Hall news');
      expect(part(el, 'source')!.querySelector('a')!.href).to.equal('https://example.org/news');
      expect(part(el, 'quote')!.getAttribute('cite')).to.equal('https://example.org/news');
    });

    it('source-url on a built-in quote: the source link and the quote’s cite= both name the partner’s page', async () => {
      const el = await quoteBlock(
        html`<migration-quote-block source-url="https://example.org/news"></migration-quote-block>`,
      );
      expect(part(el, 'source')!.querySelector('a')!.href).to.equal('https://example.org/news');
      expect(part(el, 'quote')!.getAttribute('cite')).to.equal('https://example.org/news');
    });

    it('on an Arabic page the attribution’s pieces are joined by the Arabic comma, not an English one', async () => {
      const page = await fixture(html`<div lang="ar" dir="rtl"><migration-quote-block></migration-quote-block></div>`);
      const el = page.querySelector('migration-quote-block') as QuoteBlock;
      await el.updateComplete;
      expect(seen(el, 'attribution')).to.equal('António Guterres، Secretary-General of the United Nations');
    });

    it('no-copy hides the copy button', async () => {
      const el = await quoteBlock(html`<migration-quote-block no-copy></migration-quote-block>`);
      expect(part(el, 'copy-button')).to.equal(null);
    });

    it('variant is reflected and styles the quote', async () => {
      const el = await quoteBlock(html`<migration-quote-block></migration-quote-block>`);
      const normal = parseFloat(getComputedStyle(part(el, 'quote')!).fontSize);
      el.variant = 'emphasis';
      await el.updateComplete;
      expect(el.getAttribute('variant')).to.equal('emphasis');
      expect(parseFloat(getComputedStyle(part(el, 'quote')!).fontSize)).to.be.greaterThan(normal);
      expect(getComputedStyle(part(el, 'quote')!).fontStyle).to.equal('italic');
    });
  });

  describe('text, the text inside the element, and slots', () => {
    it('text is the quote when there is no quote attribute: plain text, never markup, in the page’s language', async () => {
      const markupWords = 'La migration <b>enrichit</b> nos villes.';
      const el = await quoteBlock(html`<div lang="fr"><migration-quote-block speaker="Jeanne Roux" text=${markupWords}>
        <p>« La migration enrichit nos villes. » — Jeanne Roux</p>
      </migration-quote-block></div>`);
      expect(parts(el, 'fragment').map((f) => f.textContent)).to.deep.equal([
        'La migration <b>enrichit</b> nos villes.',
      ]);
      expect(el.shadowRoot!.querySelector('b, p p')).to.equal(null);
      expect(part(el, 'quote')!.getAttribute('lang')).to.equal('fr');
      expect(part(el, 'quote')!.hasAttribute('dir')).to.equal(false);
      expect(part(el, 'quote')!.hasAttribute('cite')).to.equal(false);
      // The light DOM is the no-JavaScript fallback: it is not also shown.
      expect(el.querySelector('p')!.getClientRects()).to.have.length(0);
      expect(text(part(el, 'source'))).to.equal('');
      expect(text(el.shadowRoot)).to.not.include('Guterres');
    });

    it('the text inside is the no-JavaScript fallback: with text or quote it is never shown', async () => {
      const el = await quoteBlock(
        html`<migration-quote-block text="Our words.">“Our words.” — Ana Silva</migration-quote-block>`,
      );
      expect(text(part(el, 'text'))).to.equal('Our words.');
      expect(text(el.shadowRoot)).to.not.include('Ana Silva');
    });

    it('(deprecated until 0.3) with neither quote nor text, the text inside is the quote, with one warning', async () => {
      const warnings = captureWarnings();
      try {
        const el = await quoteBlock(html`<div>
          <migration-quote-block>Partner words.</migration-quote-block>
          <migration-quote-block>Other words.</migration-quote-block>
        </div>`);
        expect(text(part(el, 'text'))).to.equal('Partner words.');
        expect(ours(warnings.messages)).to.deep.equal([
          '<migration-quote-block>: text inside as the quote is deprecated and goes in 0.3; give it in text="…"; the text inside is the no-JavaScript fallback.',
        ]);
      } finally {
        warnings.restore();
      }
    });

    it('drops one pair of quotation marks typed around the words (CSS draws them), and only that', async () => {
      const el = await quoteBlock(html`<div>
        <migration-quote-block text="“Migration works.”"></migration-quote-block>
        <migration-quote-block text="“Yes” and “no”"></migration-quote-block>
      </div>`);
      const [typed, inner] = [...el.parentElement!.querySelectorAll('migration-quote-block')];
      expect(text(part(typed!, 'text'))).to.equal('Migration works.');
      expect(text(part(inner!, 'text'))).to.equal('“Yes” and “no”');
    });

    it('a quote attribute wins over the text inside, without a warning', async () => {
      const warnings = captureWarnings();
      try {
        const el = await quoteBlock(
          html`<migration-quote-block quote="legal-pathways">Fallback words.</migration-quote-block>`,
        );
        expect(parts(el, 'fragment')[1]!.textContent).to.equal(legal.fragments[1]);
        expect(text(el.shadowRoot)).to.not.include('Fallback words.');
        expect(ours(warnings.messages)).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });

    it('re-reads the text inside when it arrives after the element (a framework rendering children late)', async () => {
      const el = await quoteBlock(html`<migration-quote-block speaker="Ana Silva"></migration-quote-block>`);
      expect(parts(el, 'fragment')).to.have.length(2);
      el.append('Words added later.');
      await waitUntil(() => text(part(el, 'text')) === 'Words added later.', 'did not re-render');
      expect(seen(el, 'attribution')).to.equal('Ana Silva');
    });

    it('picks up named slots added after the first render, and text edited in place', async () => {
      const el = await quoteBlock(
        html`<migration-quote-block speaker="Ana Silva">Words of a partner.</migration-quote-block>`,
      );
      expect(seen(el, 'attribution')).to.equal('Ana Silva');
      const speaker = document.createElement('span');
      speaker.slot = 'speaker';
      speaker.textContent = 'Dr. Amal Haddad';
      const role = document.createElement('span');
      role.slot = 'role';
      role.textContent = 'Director';
      el.append(speaker, role);
      await waitUntil(() => seen(el, 'attribution') === 'Dr. Amal Haddad, Director', 'late slots not shown');
      el.firstChild!.textContent = 'Words edited later.';
      await waitUntil(() => text(part(el, 'text')) === 'Words edited later.', 'edited text not re-read');
    });

    it('slots speaker, role and source override the attributes', async () => {
      const el = await quoteBlock(html`<migration-quote-block speaker="Ignored" speaker-role="Ignored">
        Words of a partner.
        <span slot="speaker">Dr. Amal Haddad</span>
        <span slot="role">Director, <abbr title="Example">EX</abbr></span>
        <span slot="source"><a href="https://example.org/interview">Interview</a>, 2024</span>
      </migration-quote-block>`);
      expect(text(part(el, 'text'))).to.equal('Words of a partner.');
      expect(seen(el, 'attribution')).to.equal('Dr. Amal Haddad, Director, EX');
      expect(seen(el, 'source')).to.equal('Source: Interview, 2024');
    });
  });

  describe('copy', () => {
    if (isChromium) {
      // Headless Chromium writes to the clipboard only from a focused page.
      beforeEach(() =>
        executeServerCommand('cdp', { method: 'Emulation.setFocusEmulationEnabled', params: { enabled: true } }),
      );
      afterEach(async () => {
        await executeServerCommand('set-permissions', { permissions: [] });
        // The runner may reuse this page for the next file: leave focus as it was.
        await executeServerCommand('cdp', { method: 'Emulation.setFocusEmulationEnabled', params: { enabled: false } });
      });

      it('permission granted: copies the quote, attribution and citation as plain text (Chromium, real clipboard)', async () => {
        await executeServerCommand('set-permissions', { permissions: ['clipboard-read', 'clipboard-write'] });
        const el = await quoteBlock(html`<migration-quote-block></migration-quote-block>`);
        expect(await statusAfter(el, () => part(el, 'copy-button')!.click())).to.equal('Quote copied');
        expect(await navigator.clipboard.readText()).to.equal(legalCopy);
      });

      it('permission refused: says so instead of failing silently (Chromium, real refusal)', async () => {
        await executeServerCommand('cdp', {
          method: 'Browser.setPermission',
          params: {
            permission: { name: 'clipboard-write', allowWithoutSanitization: false },
            setting: 'denied',
            origin: location.origin,
          },
        });
        const el = await quoteBlock(html`<migration-quote-block></migration-quote-block>`);
        expect(await statusAfter(el, () => part(el, 'copy-button')!.click())).to.equal(
          'This page does not allow copying. Select the text to copy it.',
        );
      });
    } else {
      it('permission granted: copies the quote, attribution and citation as plain text (in-page clipboard stand-in)', async () => {
        const written: string[] = [];
        const undo = standIn('clipboard', { writeText: async (t: string) => void written.push(t) });
        try {
          const el = await quoteBlock(html`<migration-quote-block></migration-quote-block>`);
          expect(await statusAfter(el, () => part(el, 'copy-button')!.click())).to.equal('Quote copied');
          expect(written).to.deep.equal([legalCopy]);
        } finally {
          undo();
        }
      });

      it('permission refused: says so instead of failing silently (in-page clipboard stand-in)', async () => {
        const undo = standIn('clipboard', {
          writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')),
        });
        try {
          const el = await quoteBlock(html`<migration-quote-block></migration-quote-block>`);
          expect(await statusAfter(el, () => part(el, 'copy-button')!.click())).to.equal(
            'This page does not allow copying. Select the text to copy it.',
          );
        } finally {
          undo();
        }
      });
    }

    it('without a Clipboard API it says so, visibly and in a status live region (in-page stand-in: no clipboard)', async () => {
      const undo = standIn('clipboard', undefined);
      try {
        const el = await quoteBlock(html`<div lang="es"><migration-quote-block></migration-quote-block></div>`);
        const status = part(el, 'status')!;
        expect(status.getAttribute('role')).to.equal('status');
        expect(await statusAfter(el, () => part(el, 'copy-button')!.click())).to.equal(
          'Esta página no permite copiar. Seleccione el texto para copiarlo.',
        );
        expect(status.getBoundingClientRect().width).to.be.greaterThan(0);
      } finally {
        undo();
      }
    });

    for (const [name, key] of [
      ['Enter', 'Enter'],
      ['Space', ' '],
    ] as const) {
      it(`works from the keyboard: ${name} on the focused button (in-page clipboard stand-in)`, async () => {
        const written: string[] = [];
        const undo = standIn('clipboard', { writeText: async (t: string) => void written.push(t) });
        try {
          const el = await quoteBlock(html`<migration-quote-block quote="matter-of-choice"></migration-quote-block>`);
          const button = part(el, 'copy-button')!;
          expect(button.getAttribute('type')).to.equal('button');
          button.focus();
          expect(el.shadowRoot!.activeElement).to.equal(button);
          expect(await statusAfter(el, () => sendKeys({ press: key }))).to.equal('Quote copied');
          expect(written).to.have.length(1);
          expect(written[0]).to.match(
            /^“IOM particularly commends .* rights of all migrants\.” — IOM, the UN Migration Agency\. Source: /,
          );
        } finally {
          undo();
        }
      });
    }
  });

  describe('share', () => {
    it('no Share button where navigator.share is missing (in-page stand-in)', async () => {
      const undo = standIn('share', undefined);
      try {
        const el = await quoteBlock(html`<migration-quote-block></migration-quote-block>`);
        expect(part(el, 'share-button')).to.equal(null);
      } finally {
        undo();
      }
    });

    it('shares title, text and url through navigator.share; a cancelled sheet stays quiet and copies nothing (in-page share and clipboard stand-ins)', async () => {
      const calls: ShareData[] = [];
      const written: string[] = [];
      const undoShare = standIn('share', async (data: ShareData) => {
        calls.push(data);
        if (calls.length === 2) throw new DOMException('Cancelled', 'AbortError');
      });
      const undoClipboard = standIn('clipboard', { writeText: async (t: string) => void written.push(t) });
      try {
        const el = await quoteBlock(html`<migration-quote-block></migration-quote-block>`);
        const copies: string[] = [];
        el.addEventListener('migration-quote-block-copy', (event) => copies.push(event.text));
        const button = part(el, 'share-button')!;
        expect(text(button)).to.equal('Share');
        button.click();
        await waitUntil(() => calls.length === 1);
        expect(calls[0]).to.deep.equal({ title: 'António Guterres', text: legalCopy, url: pressRelease.url });
        button.click();
        await waitUntil(() => calls.length === 2);
        await el.updateComplete;
        expect(text(part(el, 'status'))).to.equal('');
        // A copy the cancelled share started would be written and announced before this one, asked for after it.
        part(el, 'copy-button')!.click();
        await waitUntil(() => copies.length > 0, 'the Copy button’s copy event never came');
        expect(written).to.deep.equal([legalCopy]);
        expect(copies).to.deep.equal([legalCopy]);
      } finally {
        undoClipboard();
        undoShare();
      }
    });
  });

  describe('clamp', () => {
    /** A quote clamped to two lines in a narrow column, once "Show more" has appeared. */
    async function clampedToTwoLines() {
      const el = await quoteBlock(
        html`<div style="inline-size: 16rem"><migration-quote-block clamp="2"></migration-quote-block></div>`,
      );
      const quoteText = part(el, 'text')!;
      await waitUntil(() => !part(el, 'more-button')!.hidden, 'Show more never appeared');
      return { el, quoteText, lineHeight: parseFloat(getComputedStyle(quoteText).lineHeight) };
    }

    it('clamps to N lines with a Show more / Show less button that says whether it is expanded', async () => {
      const { el, quoteText, lineHeight } = await clampedToTwoLines();
      const button = part(el, 'more-button')!;
      expect(quoteText.getBoundingClientRect().height).to.be.closeTo(2 * lineHeight, 2);
      expect(text(button)).to.equal('Show more');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal(quoteText.id);
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(text(button)).to.equal('Show less');
      expect(quoteText.getBoundingClientRect().height).to.be.greaterThan(4 * lineHeight);
    });

    it(`prints the whole quote, without its buttons (${howEmulated('print')})`, async () => {
      const { el, quoteText, lineHeight } = await clampedToTwoLines();
      const undo = await emulate(el, 'print');
      try {
        expect(quoteText.getBoundingClientRect().height).to.be.greaterThan(4 * lineHeight);
        expect(part(el, 'more-button')!.getClientRects()).to.have.length(0);
        expect(part(el, 'copy-button')!.getClientRects()).to.have.length(0);
      } finally {
        await undo();
      }
    });

    it(`keeps its rule and buttons visible in forced colours (${howEmulated('forced-colors')})`, async () => {
      const el = await quoteBlock(html`<migration-quote-block></migration-quote-block>`);
      const undo = await emulate(el, 'forced-colors');
      try {
        const figure = part(el, 'figure')!;
        expect(parseFloat(getComputedStyle(figure).borderInlineStartWidth)).to.be.greaterThan(0);
        expect(getComputedStyle(figure).borderInlineStartColor).to.not.equal('rgba(0, 0, 0, 0)');
        const button = part(el, 'copy-button')!;
        expect(parseFloat(getComputedStyle(button).borderTopWidth), 'button outline').to.be.greaterThan(0);
      } finally {
        await undo();
      }
    });

    it('a new clamp folds an expanded quote again: Show more, at the new number of lines', async () => {
      const { el, quoteText, lineHeight } = await clampedToTwoLines();
      part(el, 'more-button')!.click();
      await el.updateComplete;
      expect(text(part(el, 'more-button'))).to.equal('Show less');
      el.setAttribute('clamp', '3');
      await el.updateComplete;
      expect(text(part(el, 'more-button'))).to.equal('Show more');
      expect(part(el, 'more-button')!.getAttribute('aria-expanded')).to.equal('false');
      expect(quoteText.getBoundingClientRect().height).to.be.closeTo(3 * lineHeight, 2);
    });

    it('shows no button when the text fits, and one when the container narrows', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 60rem"><migration-quote-block clamp="8"></migration-quote-block></div>`,
      );
      const el = wrapper.querySelector('migration-quote-block')!;
      await el.updateComplete;
      await nextFrame();
      expect(part(el, 'more-button')!.hidden).to.equal(true);
      wrapper.style.inlineSize = '8rem';
      await waitUntil(() => !part(el, 'more-button')!.hidden, 'Show more did not appear after narrowing');
    });

    it('measures again after being moved in the page (observer stopped on removal, restarted on return)', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 60rem"><migration-quote-block clamp="3"></migration-quote-block></div>`,
      );
      const el = wrapper.querySelector('migration-quote-block')!;
      await el.updateComplete;
      el.remove();
      wrapper.style.inlineSize = '8rem';
      wrapper.append(el);
      await waitUntil(() => !part(el, 'more-button')!.hidden, 'not re-measured after reconnecting');
    });
  });

  describe('theming, container and locale', () => {
    it('takes --migration-* custom properties from the page', async () => {
      const el = await quoteBlock(html`<div style="--migration-accent: rgb(1, 2, 3); --migration-line: rgb(4, 5, 6)">
        <migration-quote-block></migration-quote-block>
      </div>`);
      expect(getComputedStyle(part(el, 'copy-button')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part(el, 'figure')!).borderInlineStartColor).to.equal('rgb(4, 5, 6)');
    });

    it('stacks the buttons in a narrow container and lays them in a row in a wide one', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 40rem"><migration-quote-block></migration-quote-block></div>`,
      );
      const el = wrapper.querySelector('migration-quote-block')!;
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'actions')!).flexDirection).to.equal('row');
      wrapper.style.inlineSize = '15rem';
      expect(getComputedStyle(part(el, 'actions')!).flexDirection).to.equal('column');
    });

    it('re-renders in the new language when the page switches', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en"><migration-quote-block></migration-quote-block></div>`,
      );
      const el = wrapper.querySelector('migration-quote-block')!;
      await el.updateComplete;
      wrapper.lang = 'zh';
      await waitUntil(() => text(part(el, 'copy-button')) === '复制引文', 'did not switch language');
      expect(text(part(el, 'citation'))).to.match(/^引自 UN Migration Agency Welcomes .*2018年1月12日，第7段$/);
      expect(parts(el, 'fragment')[1]!.textContent).to.equal(legal.fragments[1]);
    });
  });

  describe('a11y', () => {
    it('the speaker’s role is speaker-role, leaving the host’s ARIA role alone (role="Mayor" fails axe: aria-roles)', async () => {
      const el = await quoteBlock(
        html`<migration-quote-block speaker="Ana Silva" speaker-role="Mayor" text="Words."></migration-quote-block>`,
      );
      expect(seen(el, 'role')).to.equal('Mayor');
      expect(el.hasAttribute('role')).to.equal(false);
      await expect(el).to.be.accessible();
    });
    it('passes axe in the light theme, with a partner quote and clamp', async () => {
      const el =
        await quoteBlock(html`<migration-quote-block theme="light" clamp="2" speaker="Ana Silva" speaker-role="Mayor"
        text="Our city works because migrants work here."
      ></migration-quote-block>`);
      await expect(el).to.be.accessible();
    });

    it('passes axe in the dark theme', async () => {
      const el = await quoteBlock(html`<migration-quote-block theme="dark"></migration-quote-block>`);
      expect(getComputedStyle(part(el, 'figure')!).backgroundColor).to.equal('rgb(20, 32, 43)');
      await expect(el).to.be.accessible();
    });
  });

  describe('right-to-left', () => {
    it('inside dir=rtl the English quote keeps dir=ltr, the UI is Arabic and the layout mirrors', async () => {
      const el = await quoteBlock(
        html`<div dir="rtl" lang="ar" style="inline-size: 40rem"><migration-quote-block></migration-quote-block></div>`,
      );
      const quote = part(el, 'quote')!;
      expect(quote.getAttribute('dir')).to.equal('ltr');
      expect(quote.getAttribute('lang')).to.equal('en');
      expect(getComputedStyle(part(el, 'text')!).direction).to.equal('ltr');
      expect(text(part(el, 'copy-button'))).to.equal('نسخ الاقتباس');
      const figure = getComputedStyle(part(el, 'figure')!);
      expect([figure.borderRightWidth, figure.borderLeftWidth]).to.deep.equal(['4px', '0px']);
      const box = el.getBoundingClientRect();
      const button = part(el, 'copy-button')!.getBoundingClientRect();
      expect(box.right - button.right).to.be.lessThan(box.width / 4);
      expect(button.left - box.left).to.be.greaterThan(box.width / 2);
      await expect(el).to.be.accessible();
    });
  });

  describe('bad input', () => {
    let warnings: ReturnType<typeof captureWarnings>;
    beforeEach(() => (warnings = captureWarnings()));
    afterEach(() => warnings.restore());
    const noJunk = (el: QuoteBlock) => expect(text(el.shadowRoot)).to.not.match(/NaN|undefined|null|Infinity|\[object/);

    it('an unknown quote id falls back to text, with one warning', async () => {
      const el =
        await quoteBlock(html`<div><migration-quote-block quote="no-such" text="Partner words."></migration-quote-block
        ><migration-quote-block quote="no-such" text="Partner words."></migration-quote-block></div>`);
      expect(text(part(el, 'text'))).to.equal('Partner words.');
      expect(ours(warnings.messages)).to.deep.equal([
        '<migration-quote-block>: ignoring quote="no-such" (not a built-in quote id); showing your own text.',
      ]);
      noJunk(el);
    });

    it('an empty quote id without text inside shows the default quote, with one warning', async () => {
      const el = await quoteBlock(html`<migration-quote-block quote=""></migration-quote-block>`);
      expect(parts(el, 'fragment')[1]!.textContent).to.equal(legal.fragments[1]);
      expect(ours(warnings.messages)).to.deep.equal([
        '<migration-quote-block>: ignoring quote="" (not a built-in quote id); showing the default quote.',
      ]);
    });

    it('a date that is not YYYY-MM-DD (or does not exist) is left out, with a warning', async () => {
      for (const date of ['2018-02-30', '12/01/2018', 'soon']) {
        const el = await quoteBlock(
          html`<migration-quote-block speaker="Ana" date=${date} text="Words."></migration-quote-block>`,
        );
        expect(part(el, 'date')).to.equal(null);
        expect(seen(el, 'attribution')).to.equal('Ana');
        noJunk(el);
      }
      expect(ours(warnings.messages)).to.have.length(3);
      expect(ours(warnings.messages)[0]).to.equal(
        '<migration-quote-block>: ignoring date="2018-02-30" (not a YYYY-MM-DD date); leaving the date out.',
      );
    });

    it('a clamp that is not a positive whole number does not clamp, with a warning', async () => {
      for (const clamp of ['0', '-2', '1.5', 'abc', '']) {
        const el = await quoteBlock(
          html`<div style="inline-size: 10rem"><migration-quote-block clamp=${clamp}></migration-quote-block></div>`,
        );
        expect(part(el, 'more-button')).to.equal(null);
        expect(getComputedStyle(part(el, 'text')!).overflow).to.equal('visible');
        noJunk(el);
      }
      expect(ours(warnings.messages)).to.have.length(5);
      expect(ours(warnings.messages)[3]).to.equal(
        '<migration-quote-block>: ignoring clamp="abc" (not a positive whole number of lines); showing the whole quote.',
      );
    });

    it('markup in attributes and inside is shown as text: no element is created', async () => {
      const markup = '<img src="x" onerror="window.__hit = 1"><b>Bold</b>';
      const el = await quoteBlock(html`<migration-quote-block speaker=${markup} speaker-role=${markup} source=${markup}
        ><i>Plain</i> &lt;script&gt;alert(1)&lt;/script&gt;</migration-quote-block
      >`);
      expect(el.shadowRoot!.querySelector('img, b, i, script')).to.equal(null);
      expect(seen(el, 'speaker')).to.equal(markup);
      expect(text(part(el, 'source'))).to.equal(`Source: ${markup}`);
      expect(text(part(el, 'text'))).to.equal('Plain <script>alert(1)</script>');
      expect((window as unknown as { __hit?: number }).__hit).to.equal(undefined);
    });

    it('a style or script written inside is not part of the quote', async () => {
      const el = await quoteBlock(html`<migration-quote-block
        >Words inside.<style>
          p {
            color: red;
          }</style
        ><script type="text/plain">
          code;
        </script></migration-quote-block
      >`);
      expect(text(part(el, 'text'))).to.equal('Words inside.');
    });

    it('javascript: and other unsafe source URLs are never linked, with a warning', async () => {
      for (const url of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,x', 'java\tscript:alert(1)']) {
        const el = await quoteBlock(
          html`<migration-quote-block source="Site" source-url=${url} text="Words."></migration-quote-block>`,
        );
        expect(el.shadowRoot!.querySelector('a')).to.equal(null);
        expect(part(el, 'quote')!.hasAttribute('cite')).to.equal(false);
        expect(text(part(el, 'source'))).to.equal('Source: Site');
      }
      expect(ours(warnings.messages)).to.have.length(4);
      expect(ours(warnings.messages)[0]).to.equal(
        '<migration-quote-block>: ignoring source-url="javascript:alert(1)" (not an http(s) address); not linking the source.',
      );
    });

    it('an unknown variant warns and looks like the default', async () => {
      const el = await quoteBlock(html`<migration-quote-block variant="huge"></migration-quote-block>`);
      expect(getComputedStyle(part(el, 'quote')!).fontStyle).to.equal('normal');
      expect(ours(warnings.messages)).to.deep.equal([
        '<migration-quote-block>: ignoring variant="huge" (not one of default, compact, emphasis); using default.',
      ]);
    });
  });
});
