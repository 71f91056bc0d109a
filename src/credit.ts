import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CitationRun } from './cite.js';
import { fillParts, type UiStrings } from './i18n/index.js';
import { safeUrl } from './safe-url.js';

/**
 * Text a partner supplies (a speaker, a label, a source), isolated: no bidi control character in
 * it can reorder what sits around it, and it takes its direction from its own first strong letter.
 */
export function isolated(text: unknown): TemplateResult {
  return html`<bdi>${text}</bdi>`;
}

/** A title, linked only when its URL is plain http(s). */
export function linkedTitle(title: string, url: string | null | undefined, lang?: string): TemplateResult {
  const href = safeUrl(url);
  const cite = html`<cite lang=${lang ?? nothing}>${title}</cite>`;
  return href ? html`<a href=${href}>${cite}</a>` : cite;
}

/**
 * One run of a citation: English names and titles, dates and numbers each isolated from the words around them
 * where the widget's words are not English left to right (`isolate`); in such a widget they need no isolate.
 */
function runTemplate(run: CitationRun, isolate: boolean): unknown {
  if (typeof run === 'string') return run;
  if ('date' in run) {
    const time = html`<time datetime=${run.datetime}>${run.date}</time>`;
    return isolate ? html`<bdi>${time}</bdi>` : time;
  }
  if ('number' in run) return isolate ? isolated(run.number) : run.number;
  const href = safeUrl(run.href);
  const text = run.title ? html`<cite>${run.en}</cite>` : run.en;
  const linked = href ? html`<a href=${href}>${text}</a>` : text;
  return isolate ? html`<bdi lang="en" dir="ltr">${linked}</bdi>` : linked;
}

/** The label ("Source:", in the widget's language, its own part) around the source, as `sourceLine` has it. */
function labelled(strings: UiStrings, source: unknown): unknown[] {
  return fillParts(strings.sourceLine, { source: html`<span>${source}</span>` }).map((piece) =>
    typeof piece === 'string' ? html`<span part="source-label">${piece}</span>` : piece,
  );
}

/** The source line, built the same in every element: `<p part="source">` holding the label, the source, and what follows it. */
export function sourceLine(strings: UiStrings, source: unknown, after: unknown = nothing): TemplateResult {
  return html`<p part="source">${labelled(strings, source)}${after}</p>`;
}
/** A partner's own source, isolated and linked where its URL is http(s); no disclosure: there is nothing more to tell. */
export function partnerSourceLine(strings: UiStrings, source: string, url: string | undefined): TemplateResult {
  return sourceLine(strings, isolated(linkedTitle(source, url)));
}

/** Fired when a reader opens or closes a widget's full citation; `open` is the new state. */
export class CitationToggleEvent extends Event {
  constructor(
    tag: string,
    readonly open: boolean,
  ) {
    super(`${tag}-citation`, { bubbles: true });
  }
}

/** Fired after "Copy citation": `text` is what was copied, `copied` whether the clipboard took it. */
export class CitationCopyEvent extends Event {
  constructor(
    tag: string,
    readonly text: string,
    readonly copied: boolean,
  ) {
    super(`${tag}-copy-citation`, { bubbles: true });
  }
}

/** What a widget credits: the one-line credit and the full citation, one entry per cited item. */
export interface Credit {
  readonly credit: readonly CitationRun[];
  readonly citation: ReadonlyArray<readonly CitationRun[]>;
}

/**
 * The label, the credit and the full citation, one shown and one `hidden` as `open` says: no event bindings, so it can
 * be frozen (src/frozen.ts) and shared by every widget that credits the same items in the same language.
 */
export function creditSource(strings: UiStrings, shown: Credit, open: boolean, isolate: boolean): unknown[] {
  const runs = (list: readonly CitationRun[]) => list.map((run) => runTemplate(run, isolate));
  const entries = shown.citation.map((list) => html`<span class="entry">${runs(list)}</span>`);
  return labelled(
    strings,
    html`<span part="credit" ?hidden=${open}>${runs(shown.credit)}</span
      ><span part="citation" id="citation" ?hidden=${!open}>${entries}</span>`,
  );
}

/**
 * The credit line and its disclosure: "Source: … [Full citation]"; opening it shows the full
 * citation in place of the credit, with "Copy citation". `full` shows the full citation from the start.
 */
export class CitationDisclosure {
  private open = false;
  private status = '';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  /**
   * `source(open)`: the label, the credit and the full citation (`creditSource`), frozen; `copyText()`: the plain-text
   * citation, written only when a reader copies it.
   */
  render(
    strings: UiStrings,
    source: (open: boolean) => unknown,
    copyText: () => string,
    full: boolean,
  ): TemplateResult {
    const open = full || this.open;
    const toggle = full
      ? nothing
      : html` <button
          part="button citation-button"
          class="script-only"
          type="button"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="citation"
          @click=${this.toggle}
        >${strings.fullCitation}</button>`;
    return html`<p part="source">${source(open)}${toggle} <span class="citation-actions" ?hidden=${!open}
        ><button part="button copy-citation-button" type="button" @click=${() => this.copy(strings, copyText())}>${strings.copyCitation}</button> <span
          part="citation-status"
          role="status"
          >${this.status}</span
        ></span
      ></p
    >`;
  }

  private readonly toggle = async (): Promise<void> => {
    this.open = !this.open;
    this.status = '';
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.dispatchEvent(new CitationToggleEvent(this.host.localName, this.open));
  };

  private async copy(strings: UiStrings, text: string): Promise<void> {
    let copied = false;
    try {
      if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('no Clipboard API');
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch {
      // Refused or unavailable: the reader is told to select the text instead.
    }
    // Emptied first, so that the same message is announced again.
    this.status = '';
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.status = copied ? strings.citationCopied : strings.copyFailed;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.dispatchEvent(new CitationCopyEvent(this.host.localName, text, copied));
  }
}

declare global {
  interface HTMLElementEventMap {
    'migration-stat-card-citation': CitationToggleEvent;
    'migration-quote-block-citation': CitationToggleEvent;
    'migration-remittance-counter-citation': CitationToggleEvent;
    'migration-summary-panel-citation': CitationToggleEvent;
    'migration-stat-card-copy-citation': CitationCopyEvent;
    'migration-quote-block-copy-citation': CitationCopyEvent;
    'migration-remittance-counter-copy-citation': CitationCopyEvent;
    'migration-summary-panel-copy-citation': CitationCopyEvent;
  }
}
