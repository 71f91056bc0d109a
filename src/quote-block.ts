import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { isolated, partnerSourceLine, sourceLine } from './credit.js';
import { defaultQuoteId, quoteById, quotePieces, type Citation, type Quote } from './data/index.js';
import { defineElement } from './define.js';
import { formatDate } from './format/date.js';
import { frozen } from './frozen.js';
import { LightDomController, linesAsWritten } from './light-dom-controller.js';
import { MigrationElement, numberConverter } from './migration-element.js';
import * as kinds from './parsers.js';
import { quoteBlockStyles } from './quote-block.styles.js';
import { cssProperties } from './styles/css-properties.js';
import { warnDeprecated } from './warn.js';
/** Words wrapped in one pair of quotation marks, with no other mark inside. */
const enclosedInMarks = /^["“«„「]\s*([^"“”«»„「」]+?)\s*["”»“」]$/;

/**
 * The verbatim pieces, a space between: a built-in quote's are frozen (one template per quote, src/frozen.ts), so the
 * space is plain text between two spans, not a lone text node beside Lit's markers, which Chromium's accessibility
 * tree drops ("migration.This").
 */
const fragments = (pieces: readonly string[]) =>
  pieces.map((piece, i) => html`${i ? ' ' : ''}<span part="fragment">${isolated(piece)}</span>`);

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
  /** Where the words are taken from, for `blockquote[cite]`. */
  citeUrl?: string;
}

/** A built-in quote as shown: the partner's speaker, role and source link, where given, over its own. */
function shownBuiltIn(
  quote: Quote,
  { speaker, role, citeUrl }: Pick<ShownQuote, 'speaker' | 'role' | 'citeUrl'>,
): ShownQuote {
  const { citation } = quote;
  return {
    pieces: quotePieces(quote),
    lang: quote.lang,
    dir: 'ltr',
    speaker: speaker || quote.speaker,
    role: role || quote.role,
    citation,
    citeUrl: citeUrl ?? (citation.quotedIn ?? citation.document).url,
  };
}

/** Fired after "Copy quote": `text` is what was copied, `copied` whether the clipboard took it. */
export class QuoteCopyEvent extends Event {
  constructor(
    readonly text: string,
    readonly copied: boolean,
  ) {
    super('migration-quote-block-copy', { bubbles: true });
  }
}

/** Fired after the share sheet took the quote; `text` is what was shared. */
export class QuoteShareEvent extends Event {
  constructor(readonly text: string) {
    super('migration-quote-block-share', { bubbles: true });
  }
}

/** Fired after "Show more" / "Show less"; `expanded` is the new state. */
export class QuoteToggleEvent extends Event {
  constructor(readonly expanded: boolean) {
    super('migration-quote-block-toggle', { bubbles: true });
  }
}

/**
 * One ResizeObserver for every clamped quote on the page: its callback reads every overflow in one
 * pass and only then lets the widgets re-render, so that no widget forces a layout of its own.
 */
const clampWatch = {
  observer: undefined as ResizeObserver | undefined,
  reports: new Map<Element, (overflowing: boolean) => void>(),

  watch(text: Element, report: (overflowing: boolean) => void): void {
    if (typeof ResizeObserver !== 'function') return;
    this.observer ??= new ResizeObserver((entries) => {
      const measured = entries.map(({ target }) => ({
        target,
        overflowing: target.classList.contains('clamped') && target.scrollHeight > target.clientHeight + 1,
      }));
      for (const { target, overflowing } of measured) this.reports.get(target)?.(overflowing);
    });
    this.reports.set(text, report);
    // Observing afresh reports the current size once, after the next layout.
    this.observer.unobserve(text);
    this.observer.observe(text);
  },

  unwatch(text: Element | null): void {
    if (!text || !this.reports.delete(text)) return;
    this.observer?.unobserve(text);
  },
};

/** Text as a reader sees it: slots read through to what they show, hidden parts and buttons left out, whitespace collapsed. */
function visibleText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node): void => {
    if (n instanceof HTMLElement && (n.hidden || n.localName === 'button')) return;
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
 * @slot - Fallback for readers without JavaScript; not shown once the element runs. (Deprecated until 0.3: with neither `quote` nor `text`, its text is still shown as the quote, with a warning.)
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
 * @csspart source - The source line: its label and the citation.
 * @csspart source-label - "Source:", before the citation.
 * @csspart credit - The one-line credit of the built-in source.
 * @csspart citation - The full citation (behind "Full citation", or inline with `citation="full"`; always in print).
 * @csspart citation-button - "Full citation", the disclosure button (also `button`).
 * @csspart copy-citation-button - "Copy citation" (also `button`).
 * @csspart citation-status - The announced result of copying the citation.
 * @fires {CitationToggleEvent} migration-quote-block-citation - After "Full citation" opened or closed; `open` is the new state.
 * @fires {CitationCopyEvent} migration-quote-block-copy-citation - After "Copy citation"; `text` is the plain-text citation, `copied` whether the clipboard took it.
 * @csspart button - Every button (with its own name beside: `more-button`, `copy-button`, `share-button`).
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
 * @fires {QuoteCopyEvent} migration-quote-block-copy - After "Copy quote" (or a share that fell back to copying); `copied` says whether the clipboard took it.
 * @fires {QuoteShareEvent} migration-quote-block-share - After the share sheet took the quote.
 * @fires {QuoteToggleEvent} migration-quote-block-toggle - After "Show more" / "Show less"; `expanded` is the new state.
 */
export class QuoteBlock extends MigrationElement {
  static override styles = [...MigrationElement.styles, quoteBlockStyles];

  static override get properties(): PropertyDeclarations {
    return {
      quote: {},
      text: {},
      speaker: {},
      speakerRole: { attribute: 'speaker-role' },
      date: {},
      source: {},
      sourceUrl: { attribute: 'source-url' },
      noCopy: { type: Boolean, attribute: 'no-copy' },
      clamp: { converter: numberConverter(kinds.lineCount) },
      // Private state: `attribute: false`, as `state: true` means; the manifest analyzer would list `state` ones as attributes.
      expanded: { attribute: false },
      overflowing: { attribute: false },
      status: { attribute: false },
      canShare: { attribute: false },
    };
  }

  /** Id of a built-in quote (`legal-pathways`, `matter-of-choice`); beats `text`. */
  declare quote: string | undefined;
  /** Your own quote, as plain text (never markup), when there is no `quote`. */
  declare text: string | undefined;
  /** Who said it; overrides the built-in quote's speaker. */
  declare speaker: string | undefined;
  /** The speaker's role; overrides the built-in quote's. (Not `role`: that is the host's ARIA role.) */
  declare speakerRole: string | undefined;
  /** When the words were said, `YYYY-MM-DD` (or a `Date`). The built-in quotes' date is their source's, in the citation. */
  declare date: string | Date | undefined;
  /** Where the words were published, replacing the built-in citation. */
  declare source: string | undefined;
  /** Link for `source`; only http(s) URLs are linked. */
  declare sourceUrl: string | undefined;
  /** Hides the "Copy quote" button. */
  declare noCopy: boolean;
  /** Shows at most this many lines (a positive whole number) with "Show more". */
  declare clamp: number | undefined;

  declare private expanded: boolean;
  declare private overflowing: boolean;
  declare private status: string;
  // Only a browser can tell: the first render (a server's too) has no Share button, the next one may.
  declare private canShare: boolean;

  constructor() {
    super();
    this.noCopy = false;
    this.expanded = false;
    this.overflowing = false;
    this.status = '';
    this.canShare = false;
  }

  private readonly light = new LightDomController(this);

  protected override firstUpdated(): void {
    this.canShare = typeof navigator.share === 'function';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.watchClamp();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clampWatch.unwatch(this.textElement());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('clamp')) this.expanded = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const own = ['overflowing', 'expanded', 'status', 'canShare'];
    if (!changed.size || ![...changed.keys()].every((key) => own.includes(String(key)))) this.watchClamp();
  }

  private textElement(): Element | null {
    return this.hasUpdated ? this.renderRoot.querySelector('.text') : null;
  }

  /** Whether the clamped text overflows depends on the width it gets: measured after each layout that changes it. */
  private watchClamp(): void {
    const text = this.textElement();
    if (this.clamp == null || !this.isConnected) clampWatch.unwatch(text);
    else if (text) clampWatch.watch(text, this.showsMore);
  }

  /** Shows "Show more" only while the clamped text really overflows (kept while expanded, for "Show less"). */
  private readonly showsMore = (overflowing: boolean): void => {
    if (!this.expanded && overflowing !== this.overflowing) this.overflowing = overflowing;
  };

  // The whole widget in one template, each piece from its own method.
  protected override renderWidget() {
    const shown = this.shownQuote();
    const lines = this.read('clamp', this.clamp, kinds.lineCount, 'showing the whole quote');
    // No white space between tags (one node each per widget): the quote, the caption and the actions are blocks.
    return html`<figure class="box" part="figure"
      >${this.quoteTemplate(shown, lines)}${lines === undefined ? nothing : this.moreButton()}<figcaption part="caption"
        >${this.attributionTemplate(shown)}${this.sourceTemplate(shown)}</figcaption
      >${this.actionsTemplate()}</figure
    >`;
  }

  private quoteTemplate(shown: ShownQuote, lines: number | undefined): TemplateResult {
    const clamped = lines !== undefined && !this.expanded;
    const { pieces } = shown;
    return html`<blockquote part="quote" cite=${shown.citeUrl ?? nothing} lang=${shown.lang} dir=${shown.dir ?? nothing}
      ><p
        part="text"
        id="text"
        class=${clamped ? 'text clamped' : 'text'}
        ${cssProperties(lines === undefined ? {} : { '--_clamp': lines })}
      >${pieces.length > 1 ? frozen([quotePieces], pieces.join('\n'), () => fragments(pieces)) : fragments(pieces)}</p
    ></blockquote>`;
  }

  private moreButton(): TemplateResult {
    const { strings } = this.locale;
    return html`<button
      part="button more-button"
      type="button"
      aria-controls="text"
      aria-expanded=${this.expanded ? 'true' : 'false'}
      ?hidden=${!this.overflowing}
      @click=${this.toggleExpanded}
    >${this.expanded ? strings.showLess : strings.showMore}</button>`;
  }

  /** Speaker, role and date, each shown when known, joined by the language's list separator ("، " in Arabic). */
  private attributionTemplate(shown: ShownQuote): TemplateResult | typeof nothing {
    const date = this.read('date', this.date, kinds.isoDate, 'leaving the date out');
    const pieces = [
      this.light.has('speaker') || shown.speaker
        ? html`<span part="speaker">${isolated(html`<slot name="speaker">${shown.speaker}</slot>`)}</span>`
        : undefined,
      this.light.has('role') || shown.role
        ? html`<span part="role">${isolated(html`<slot name="role">${shown.role}</slot>`)}</span>`
        : undefined,
      date ? html`<time part="date" datetime=${date}>${formatDate(date, this.locale.lang)}</time>` : undefined,
    ].filter((piece) => piece !== undefined);
    if (!pieces.length) return nothing;
    const separator = this.locale.strings.listSeparator;
    return html`<span part="attribution">${pieces.map((piece, i) => html`${i ? separator : ''}${piece}`)}</span>`;
  }

  private actionsTemplate(): TemplateResult {
    const { strings } = this.locale;
    return html`<div part="actions" class="actions"
      >${
        this.noCopy
          ? nothing
          : html`<button part="button copy-button" class="script-only" type="button" @click=${this.copy}>${strings.copyQuote}</button>`
      }${
        this.canShare
          ? html`<button part="button share-button" class="script-only" type="button" @click=${this.share}>${strings.share}</button>`
          : nothing
      }<span part="status" role="status">${this.status}</span></div
    >`;
  }

  private sourceTemplate(shown: ShownQuote): TemplateResult | typeof nothing {
    const { strings } = this.locale;
    if (this.light.has('source')) return sourceLine(strings, isolated(html`<slot name="source"></slot>`));
    const url = this.sourceUrlRead();
    const own = this.read('source', this.source, kinds.text, 'showing the built-in source') || url;
    if (own) return partnerSourceLine(strings, own, url);
    if (!shown.citation) return nothing;
    // The attribution above names the speaker: the credit says who quoted the words.
    return this.renderCredit([{ citation: shown.citation, speaker: shown.speaker, role: shown.role }], {
      speakerShown: true,
    });
  }

  /** The partner's own quote: `text`, else (deprecated) the text written inside the element. */
  private partnerText(): string | undefined {
    // Its line breaks are the partner's (a poem, a list): kept as text, drawn by white-space: pre-line.
    let own = linesAsWritten(this.read('text', this.text, kinds.text, 'showing the built-in quote') ?? '');
    if (!own && this.light.unnamedText) {
      own = this.light.unnamedText;
      warnDeprecated(
        this.localName,
        'text inside as the quote',
        'give it in text="…"; the text inside is the no-JavaScript fallback',
      );
    }
    // CSS draws the marks: a pair typed around the words would show twice.
    return own && (enclosedInMarks.exec(own)?.[1] ?? own);
  }

  /** A built-in quote (picked or default), or the partner's own. */
  private shownQuote(): ShownQuote {
    // A removed attribute reads as null: absent, not invalid.
    const picked = this.quote == null ? undefined : quoteById(kinds.text.parse(this.quote));
    const partnerText = picked ? undefined : this.partnerText();
    if (this.quote != null && !picked) {
      const fallback = partnerText ? 'showing your own text' : 'showing the default quote';
      this.warn('quote', this.quote, 'not a built-in quote id', fallback);
    }
    const attribution = {
      speaker: this.read('speaker', this.speaker, kinds.text, 'showing the built-in speaker'),
      role: this.read('speaker-role', this.speakerRole, kinds.text, 'showing the built-in role'),
      citeUrl: this.sourceUrlRead(),
    };
    if (partnerText) return { pieces: [partnerText], lang: this.locale.lang, ...attribution };
    return shownBuiltIn(picked ?? quoteById(defaultQuoteId)!, attribution);
  }

  private sourceUrlRead(): string | undefined {
    return this.read('source-url', this.sourceUrl, kinds.url, 'not linking the source');
  }

  private readonly toggleExpanded = async (): Promise<void> => {
    this.expanded = !this.expanded;
    await this.updateComplete;
    this.dispatchEvent(new QuoteToggleEvent(this.expanded));
  };

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
    const { text } = this.plainText();
    try {
      if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('no Clipboard API');
      await navigator.clipboard.writeText(text);
      await this.announce(strings.copied);
      this.dispatchEvent(new QuoteCopyEvent(text, true));
    } catch {
      // Refused or unavailable: say so, so the reader knows to select the text instead.
      await this.announce(strings.copyFailed);
      this.dispatchEvent(new QuoteCopyEvent(text, false));
    }
  };

  private readonly share = async (): Promise<void> => {
    const { text, title, url } = this.plainText();
    try {
      await navigator.share(url ? { title, text, url } : { title, text });
      this.dispatchEvent(new QuoteShareEvent(text));
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
  interface HTMLElementEventMap {
    'migration-quote-block-copy': QuoteCopyEvent;
    'migration-quote-block-share': QuoteShareEvent;
    'migration-quote-block-toggle': QuoteToggleEvent;
  }
}
