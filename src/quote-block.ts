import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { citationTemplate, partnerSourceTemplate } from './citation-template.js';
import { defaultQuoteId, quoteById, type Citation } from './data/index.js';
import { defineElement } from './define.js';
import { formatDate, parseIsoDate } from './format/date.js';
import { fillParts } from './i18n/index.js';
import { LocaleController } from './locale-controller.js';
import { safeUrl } from './safe-url.js';
import { themeStyles } from './styles/theme.js';
import { quoteBlockStyles } from './quote-block.styles.js';
import { warnInvalid } from './warn.js';
import { cssProperties } from './styles/css-properties.js';

const tag = 'migration-quote-block';
const variants = ['default', 'compact', 'emphasis'];
/** Words wrapped in one pair of quotation marks, with no other mark inside. */
const enclosedInMarks = /^["“«„「]\s*([^"“”«»„「」]+?)\s*["”»“」]$/;

/** What the element shows, after attributes, inner text and built-in data are weighed. */
interface ShownQuote {
  /** Verbatim pieces as displayed: a closing comma before the next piece may be a full stop. */
  pieces: string[];
  /** The words' own language and, for the report's English words, their direction. */
  lang: string;
  dir?: 'ltr';
  speaker?: string;
  role?: string;
  citation?: Citation;
  /** The citation's document published someone else's words ("as quoted in"). */
  asQuoted: boolean;
  /** Where the words are taken from, for `blockquote[cite]`. */
  citeUrl?: string;
}

/** Text as a reader sees it: slots read through to what they show, whitespace collapsed. */
function visibleText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node): void => {
    if (n instanceof HTMLSlotElement) {
      const assigned = n.assignedNodes({ flatten: true });
      (assigned.length ? assigned : [...n.childNodes]).forEach(walk);
    } else if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    else n.childNodes.forEach(walk);
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * One verbatim quote with its speaker, role, date and source, a "Copy quote" button and,
 * where the browser can share, a "Share" button.
 *
 * @summary A quote, word for word, correctly attributed and cited.
 * @tagname migration-quote-block
 *
 * @slot - A partner's own quote as plain text: what visitors read without JavaScript, and the quote shown when there is no `quote` attribute. Never shown as markup.
 * @slot speaker - Who said it (overrides `speaker`).
 * @slot role - The speaker's role (overrides `speaker-role`).
 * @slot source - Where the words were published (overrides `source`).
 *
 * @csspart figure - The whole quote with its caption and buttons.
 * @csspart quote - The `blockquote`.
 * @csspart text - The quote's text, clamped by `clamp`.
 * @csspart fragment - Each verbatim piece of the quote.
 * @csspart caption - The `figcaption`: attribution and source.
 * @csspart attribution - Speaker, role and date.
 * @csspart speaker - The speaker's name.
 * @csspart role - The speaker's role.
 * @csspart date - The date the words were said.
 * @csspart source - The citation.
 * @csspart more-button - "Show more" / "Show less".
 * @csspart copy-button - "Copy quote".
 * @csspart actions - The row of buttons and the status.
 * @csspart share-button - "Share".
 * @csspart status - The visible, announced result of copying.
 *
 * @cssprop [--migration-accent=#0072bc] - Links and buttons.
 * @cssprop [--migration-line=#009edb] - The bar beside the quote.
 * @cssprop [--migration-text=#1b1b1b] - Text.
 * @cssprop [--migration-muted=#4a4a4a] - The caption.
 * @cssprop [--migration-surface=#ffffff] - Background.
 * @cssprop [--migration-radius=0.5rem] - Corners.
 * @cssprop [--migration-space=1rem] - Padding.
 * @cssprop [--migration-font-family=inherit] - Font.
 */
export class QuoteBlock extends LitElement {
  static override styles = [themeStyles, quoteBlockStyles];

  /** Id of a built-in quote (`legal-pathways`, `matter-of-choice`); beats the text inside the element. */
  @property() accessor quote: string | undefined;
  /** Who said it; overrides the built-in quote's speaker. */
  @property() accessor speaker: string | undefined;
  /** The speaker's role; overrides the built-in quote's. (Not `role`: that is the host's ARIA role.) */
  @property({ attribute: 'speaker-role' }) accessor speakerRole: string | undefined;
  /** When the words were said, `YYYY-MM-DD`. The built-in quotes' date is their source's, in the citation. */
  @property() accessor date: string | undefined;
  /** Where the words were published, replacing the built-in citation. */
  @property() accessor source: string | undefined;
  /** Link for `source`; only http(s) URLs are linked. */
  @property({ attribute: 'source-url' }) accessor sourceUrl: string | undefined;
  /** Hides the "Copy quote" button. */
  @property({ type: Boolean, attribute: 'no-copy' }) accessor noCopy = false;
  /** Shows at most this many lines (a positive whole number) with "Show more". */
  @property() accessor clamp: string | undefined;
  /** `default`, `compact` or `emphasis`. */
  @property({ reflect: true }) accessor variant: 'default' | 'compact' | 'emphasis' = 'default';
  /** `light` or `dark`; by default the page's `prefers-color-scheme`. */
  @property({ reflect: true }) accessor theme: 'light' | 'dark' | undefined;

  @state() private accessor expanded = false;
  @state() private accessor overflowing = false;
  @state() private accessor status = '';

  private readonly locale = new LocaleController(this);
  private resizeObserver?: ResizeObserver;
  // The text inside is read as plain text and named slots are rendered only when used: any change in the light DOM re-renders.
  private lightDomObserver?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this.lightDomObserver = new MutationObserver(() => this.requestUpdate());
    this.lightDomObserver.observe(this, {
      childList: true,
      characterData: true,
      subtree: true,
      attributeFilter: ['slot'],
    });
    // Whether the clamped text overflows depends on the width it gets.
    this.resizeObserver = new ResizeObserver(() => this.measure());
    const text = this.hasUpdated ? this.renderRoot.querySelector('.text') : null;
    if (text) this.resizeObserver.observe(text);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.lightDomObserver?.disconnect();
    this.lightDomObserver = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('clamp')) this.expanded = false;
    if (changed.has('variant') && !variants.includes(this.variant)) {
      warnInvalid(tag, 'variant', this.variant, `not one of ${variants.join(', ')}`, 'using the default');
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const text = this.renderRoot.querySelector('.text');
    const own = ['overflowing', 'expanded', 'status'];
    if (
      !text ||
      !this.resizeObserver ||
      (changed.size && [...changed.keys()].every((key) => own.includes(String(key))))
    )
      return;
    // Observing afresh reports the current size once: the measurement runs after layout, outside the update.
    this.resizeObserver.unobserve(text);
    this.resizeObserver.observe(text);
  }

  override render() {
    const shown = this.shownQuote();
    const { strings, lang } = this.locale;
    const lines = this.clampLines();
    const clamped = lines !== undefined && !this.expanded;
    const hasSlot = (name: string) => this.querySelector(`:scope > [slot="${name}"]`) !== null;
    const date = this.validDate();
    const showSpeaker = hasSlot('speaker') || !!shown.speaker;
    const showRole = hasSlot('role') || !!shown.role;
    const canShare = typeof navigator.share === 'function';
    return html`<figure part="figure">
      <blockquote part="quote" cite=${shown.citeUrl ?? nothing} lang=${shown.lang} dir=${shown.dir ?? nothing}>
        <p
          part="text"
          id="text"
          class=${clamped ? 'text clamped' : 'text'}
          ${cssProperties(lines === undefined ? {} : { '--_clamp': lines })}
        >${shown.pieces.map((piece, i) => html`${i ? ' ' : ''}<span part="fragment">${piece}</span>`)}</p>
      </blockquote>
      ${
        lines !== undefined
          ? html`<button
            part="more-button"
            type="button"
            aria-controls="text"
            aria-expanded=${this.expanded ? 'true' : 'false'}
            ?hidden=${!this.overflowing}
            @click=${() => (this.expanded = !this.expanded)}
          >${this.expanded ? strings.showLess : strings.showMore}</button>`
          : nothing
      }
      <figcaption part="caption">
        ${
          showSpeaker || showRole || date
            ? html`<span part="attribution">${
                showSpeaker ? html`<span part="speaker"><slot name="speaker">${shown.speaker}</slot></span>` : nothing
              }${showSpeaker && showRole ? ', ' : nothing}${
                showRole ? html`<span part="role"><slot name="role">${shown.role}</slot></span>` : nothing
              }${
                date
                  ? html`${showSpeaker || showRole ? ', ' : nothing}<time part="date" datetime=${date}>${formatDate(date, lang)}</time>`
                  : nothing
              }</span>`
            : nothing
        }
        ${this.sourceTemplate(shown)}
      </figcaption>
      <div part="actions" class="actions">
        ${
          this.noCopy
            ? nothing
            : html`<button part="copy-button" type="button" @click=${this.copy}>${strings.copyQuote}</button>`
        }
        ${canShare ? html`<button part="share-button" type="button" @click=${this.share}>${strings.share}</button>` : nothing}
        <span part="status" role="status">${this.status}</span>
      </div>
    </figure>`;
  }

  private sourceTemplate(shown: ShownQuote): TemplateResult | typeof nothing {
    const { strings, lang } = this.locale;
    const line = (source: unknown) => html`<span part="source">${fillParts(strings.sourceLine, { source })}</span>`;
    if (this.querySelector(':scope > [slot="source"]')) return line(html`<slot name="source"></slot>`);
    const url = this.safeSourceUrl();
    if (this.source?.trim() || url) return line(partnerSourceTemplate(this.source?.trim() || url!, url));
    if (!shown.citation) return nothing;
    return line(
      html`${shown.asQuoted ? `${strings.asQuotedIn} ` : nothing}${citationTemplate(shown.citation, lang, strings)}`,
    );
  }

  /** A built-in quote (picked or default), or the partner's text inside the element. */
  private shownQuote(): ShownQuote {
    const partnerText = this.partnerText();
    // A removed attribute reads as null.
    let builtIn = this.quote == null ? undefined : quoteById(this.quote.trim());
    if (this.quote != null && !builtIn) {
      const fallback = partnerText ? 'showing the text inside the element' : 'showing the default quote';
      warnInvalid(tag, 'quote', this.quote, 'not a built-in quote id', fallback);
    }
    if (!builtIn && !partnerText) builtIn = quoteById(defaultQuoteId);
    if (!builtIn) {
      return {
        pieces: [partnerText],
        lang: this.locale.lang,
        speaker: this.speaker?.trim(),
        role: this.speakerRole?.trim(),
        asQuoted: false,
        citeUrl: this.safeSourceUrl(),
      };
    }
    const { fragments, citation } = builtIn;
    return {
      pieces: fragments.map((f, i) => (i < fragments.length - 1 ? f.replace(/,$/, '.') : f)),
      lang: builtIn.lang,
      dir: 'ltr',
      speaker: this.speaker?.trim() || builtIn.speaker,
      role: this.speakerRole?.trim() || builtIn.role,
      citation,
      // IOM's own words in IOM's release are cited directly; anyone else's are "as quoted in" it.
      asQuoted: !citation.document.publisher.startsWith(builtIn.speaker),
      citeUrl: this.safeSourceUrl() ?? (citation.quotedIn ?? citation.document).url,
    };
  }

  /** The text written inside the element (not in a named slot), as plain text. */
  private partnerText(): string {
    const written = [...this.childNodes]
      .filter(
        (n) =>
          n.nodeType === Node.TEXT_NODE ||
          (n instanceof Element && !n.hasAttribute('slot') && !/^(script|style|template)$/.test(n.localName)),
      )
      .map((n) => n.textContent ?? '')
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    // CSS draws the marks: a pair the editor typed around the words (for readers without JavaScript) would show twice.
    return enclosedInMarks.exec(written)?.[1] ?? written;
  }

  private safeSourceUrl(): string | undefined {
    if (this.sourceUrl == null) return undefined;
    const url = safeUrl(this.sourceUrl);
    if (!url) warnInvalid(tag, 'source-url', this.sourceUrl, 'not an http(s) URL', 'not linking the source');
    return url;
  }

  private validDate(): string | undefined {
    if (this.date == null) return undefined;
    if (parseIsoDate(this.date)) return this.date.trim();
    warnInvalid(tag, 'date', this.date, 'not a YYYY-MM-DD date', 'leaving the date out');
    return undefined;
  }

  private clampLines(): number | undefined {
    if (this.clamp == null) return undefined;
    const lines = /^\s*\d+\s*$/.test(this.clamp) ? Number(this.clamp) : NaN;
    if (Number.isSafeInteger(lines) && lines > 0) return lines;
    warnInvalid(tag, 'clamp', this.clamp, 'not a positive whole number of lines', 'showing the whole quote');
    return undefined;
  }

  /** Shows "Show more" only while the clamped text really overflows. */
  private measure(): void {
    if (this.expanded) return;
    const text = this.renderRoot.querySelector<HTMLElement>('.text');
    const overflowing = !!text?.classList.contains('clamped') && text.scrollHeight > text.clientHeight + 1;
    if (overflowing !== this.overflowing) this.overflowing = overflowing;
  }

  /** “Quote” — Speaker, role. Source: citation URL — exactly what the reader sees, as plain text. */
  private plainText(): { text: string; title: string; url?: string } {
    const read = (part: string) => {
      const el = this.renderRoot.querySelector(`[part~="${part}"]`);
      return el ? visibleText(el) : '';
    };
    const quote = [...this.renderRoot.querySelectorAll('[part~="fragment"]')].map((f) => f.textContent).join(' ');
    const attribution = read('attribution');
    const url = this.renderRoot.querySelector<HTMLAnchorElement>('[part~="source"] a')?.href;
    const source = [read('source'), url].filter(Boolean).join(' ');
    const text = `“${quote}”${attribution ? ` — ${attribution}.` : ''}${source ? ` ${source}` : ''}`;
    return { text, title: read('speaker') || quote.slice(0, 60), url };
  }

  private readonly copy = async (): Promise<void> => {
    const { strings } = this.locale;
    try {
      if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('no Clipboard API');
      await navigator.clipboard.writeText(this.plainText().text);
      await this.announce(strings.copied);
    } catch {
      // Refused or unavailable: say so, so the reader knows to select the text instead.
      await this.announce(strings.copyFailed);
    }
  };

  private readonly share = async (): Promise<void> => {
    const { text, title, url } = this.plainText();
    try {
      await navigator.share(url ? { title, text, url } : { title, text });
    } catch (error) {
      // The reader closing the share sheet is not an error; anything else falls back to copying.
      if ((error as DOMException | undefined)?.name !== 'AbortError') await this.copy();
    }
  };

  /** Empties the live region first so that the same message is announced again. */
  private async announce(message: string): Promise<void> {
    this.status = '';
    await this.updateComplete;
    this.status = message;
    await this.updateComplete;
  }
}

defineElement('migration-quote-block', QuoteBlock);

declare global {
  interface HTMLElementTagNameMap {
    'migration-quote-block': QuoteBlock;
  }
}
