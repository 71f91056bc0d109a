import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { figures, languageNames, report, unLanguages, type UnLanguage } from './data/index.js';
import { defineElement } from './define.js';
import { formatDate } from './format/date.js';
import { numberFormat } from './format/intl-cache.js';
import { frozen } from './frozen.js';
import { fillTemplate, type UiStrings } from './i18n/index.js';
import { LightDomController } from './light-dom-controller.js';
import { MigrationElement, numberConverter } from './migration-element.js';
import * as kinds from './parsers.js';
import { safeUrl } from './safe-url.js';
import { summaryPanelStyles } from './summary-panel.styles.js';
import './stat-card.js';

type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Fired after "Show summary" / "Hide summary"; `collapsed` is the new state. */
export class SummaryToggleEvent extends Event {
  constructor(readonly collapsed: boolean) {
    super('migration-summary-panel-toggle', { bubbles: true });
  }
}

// A real hN element per level: a tag name cannot be a Lit binding.
function heading(level: HeadingLevel, id: string, className: string, content: unknown): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 id=${id} class=${className} part=${className}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${className} part=${className}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${className} part=${className}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${className} part=${className}>${content}</h5>`;
    case 6:
      return html`<h6 id=${id} class=${className} part=${className}>${content}</h6>`;
  }
}

/** The report's own words: English, left to right, on any page. */
const en = (text: string) => html`<span lang="en" dir="ltr">${text}</span>`;

/**
 * The report at a glance: title, kind, symbol, date and length; text from its summary (the last two
 * of the official summary's three paragraphs) with the three highlights, verbatim in English; a link to the official text and to its six language versions.
 * The panel's own words follow the page's language. It prints expanded, with link addresses.
 *
 * @summary The report "Making Migration Work for All" (A/72/643) at a glance, and the way to read it.
 * @tagname migration-summary-panel
 *
 * @slot - Fallback content, shown only where the script does not run.
 * @slot figures - Key figures (e.g. `<migration-stat-card>`s), laid out as a responsive grid.
 *
 * @csspart panel - The `<article>` holding everything.
 * @csspart heading - The report's title, an `<h2>`–`<h6>` (see `heading-level`).
 * @csspart meta - Kind, symbol, date and number of pages.
 * @csspart lead - The summary's first sentence.
 * @csspart button - The "Show summary" / "Hide summary" button, also named `toggle-button`.
 * @csspart toggle-button - The "Show summary" / "Hide summary" button.
 * @csspart toggle - Deprecated name of `toggle-button`, until 0.3.
 * @csspart details - The part hidden while `collapsed`.
 * @csspart highlights - The list of the report's highlights (a), (b), (c).
 * @csspart figures - The grid of key figures.
 * @csspart links - The links to the report.
 * @csspart read-link - The prominent link to the official text in the page's language.
 * @csspart languages - The list of the six language versions.
 * @csspart source - The key figures' source line: its label and the credit.
 * @csspart source-label - "Source:", before the credit.
 * @csspart credit - The one credit of the built-in key figures (`with-figures`).
 * @csspart citation - The full citation (behind "Full citation", or inline with `citation="full"`; always in print).
 * @csspart citation-button - "Full citation", the disclosure button (also `button`).
 * @csspart copy-citation-button - "Copy citation" (also `button`).
 * @csspart citation-status - The announced result of copying the citation.
 * @fires {CitationToggleEvent} migration-summary-panel-citation - After "Full citation" opened or closed; `open` is the new state.
 * @fires {CitationCopyEvent} migration-summary-panel-copy-citation - After "Copy citation"; `text` is the plain-text citation, `copied` whether the clipboard took it.
 *
 * @cssprop [--migration-accent=#0072bc] - Links, the button and the read link's background.
 * @cssprop [--migration-text=#1b1b1b] - Text colour.
 * @cssprop [--migration-muted=#4a4a4a] - The meta line's colour.
 * @cssprop [--migration-surface=#ffffff] - Background, and the read link's text.
 * @cssprop [--migration-line=#009edb] - The border at the inline start.
 * @cssprop [--migration-radius=0.5rem] - Corner radius.
 * @cssprop [--migration-space=1rem] - Padding and gaps.
 * @cssprop [--migration-font-family=inherit] - Font.
 * @fires {SummaryToggleEvent} migration-summary-panel-toggle - After "Show summary" / "Hide summary"; `collapsed` is the new state.
 */
export class SummaryPanel extends MigrationElement {
  static override styles = [...MigrationElement.styles, summaryPanelStyles];

  static override get properties(): PropertyDeclarations {
    return {
      collapsed: { type: Boolean, reflect: true },
      headingLevel: { attribute: 'heading-level', converter: numberConverter(kinds.headingLevel) },
      withFigures: { attribute: 'with-figures', type: Boolean },
    };
  }

  /** Shows only the title, the first sentence and a "Show summary" button. */
  declare collapsed: boolean;
  /** The title's heading level, 2 to 6, so the panel fits the page's outline. */
  declare headingLevel: number;
  /** Shows the built-in key figures as compact stat cards, before any slotted figures. */
  declare withFigures: boolean;

  constructor() {
    super();
    this.collapsed = false;
    this.headingLevel = 2;
    this.withFigures = false;
  }

  private readonly light = new LightDomController(this);

  private get level(): HeadingLevel {
    return this.read('heading-level', this.headingLevel, kinds.headingLevel, 'using 2') ?? 2;
  }

  /** The page's declared language when it is one of the six the report exists in. */
  private get pageLanguage(): UnLanguage | undefined {
    if (!this.locale.declared) return undefined;
    const base = this.locale.lang.split('-')[0]!.toLowerCase();
    return unLanguages.find((code) => code === base);
  }

  // <details> opens and closes by itself, with or without the script; a change of `collapsed` also toggles it.
  private readonly toggled = async (event: Event): Promise<void> => {
    const collapsed = !(event.target as HTMLDetailsElement).open;
    if (collapsed === this.collapsed) return;
    this.collapsed = collapsed;
    await this.updateComplete;
    this.dispatchEvent(new SummaryToggleEvent(collapsed));
  };

  // One template, longer than 30 lines: the panel's markup reads best whole. No white space between tags (one node
  // each per panel); the report's own words, the meta line and the links are the same in every panel of a language:
  // frozen (src/frozen.ts), built once without bindings.
  protected override renderWidget() {
    const { strings, lang } = this.locale;
    const level = this.level;
    return html`<article class="box" part="panel" aria-labelledby="title"
      >${heading(level, 'title', 'heading', en(report.title))}<p class="meta" part="meta"
        >${frozen([strings], `meta ${lang}`, () => this.meta())}</p
      ><p class="lead" part="lead" lang="en" dir="ltr">${report.firstSentence}</p
      ><details ?open=${!this.collapsed} @toggle=${this.toggled}
        ><summary class="toggle" part="button toggle-button toggle"
          ><span class="when-open">${strings.hideSummary}</span
          ><span class="when-closed">${strings.showSummary}</span></summary
        ><div part="details"
          >${frozen([report], 'details', details)}${this.figuresTemplate(level)}${this.linksTemplate()}</div
        ></details
      ></article
    >`;
  }

  /** "Report of the Secretary-General · A/72/643 · 12 December 2017 · 20 pages". */
  private meta(): TemplateResult {
    const { strings, lang } = this.locale;
    const pages = fillTemplate(strings.pages, { count: numberFormat(lang).format(report.pages) });
    return html`${en(report.kind)} · ${en(report.symbol)} · <time datetime=${report.date}>${formatDate(report.date, lang)}</time> · ${pages}`;
  }

  private figuresTemplate(level: HeadingLevel): TemplateResult {
    const shown = this.withFigures || this.light.has('figures');
    const subLevel = Math.min(level + 1, 6) as HeadingLevel;
    return html`<section class="figures" part="figures" aria-labelledby="figures-heading" ?hidden=${!shown}
      >${heading(subLevel, 'figures-heading', 'figures-heading', this.locale.strings.keyFigures)}${
        this.withFigures
          ? figures.map(
              (f) =>
                html`<migration-stat-card fact=${f.id} variant="compact" .creditShared=${true}></migration-stat-card>`,
            )
          : nothing
      }<slot name="figures"></slot>${this.withFigures ? this.renderCredit(figures) : nothing}</section
    >`;
  }

  private linksTemplate(): TemplateResult {
    const { strings } = this.locale;
    const first = this.pageLanguage;
    return frozen([strings], `links ${first}`, () => links(strings, first));
  }
}

/** The report's highlights and the rest of its summary, in English: the same in every panel. */
function details(): TemplateResult {
  return html`<div lang="en" dir="ltr"
    ><p>${report.highlightsIntro}</p
    ><ol class="highlights" part="highlights"
      >${report.highlights.map((h) => html`<li><span>${h.marker}</span> <span>${h.text}</span></li>`)}</ol
    ><p>${report.furtherTheme}</p
    ><p>${report.summary[1]}</p></div
  >`;
}

/** "Read the report" in the page's language where the report exists in it, then the report in each language. */
function links(strings: UiStrings, first: UnLanguage | undefined): TemplateResult {
  const order = first ? [first, ...unLanguages.filter((code) => code !== first)] : unLanguages;
  const readHref = safeUrl(first ? report.links.languages[first] : report.links.official);
  // Not a <nav>: two panels on one page would make two landmarks with the same name.
  return html`<div class="links" part="links"
    >${
      readHref
        ? html`<a class="read-link" part="read-link" href=${readHref} hreflang=${first ?? nothing}>${strings.readReport}</a>`
        : nothing
    }<ul class="languages" part="languages" aria-label=${strings.otherLanguages}
      >${order.map((code) => {
        const href = safeUrl(report.links.languages[code]);
        return href
          ? html`<li><a href=${href} hreflang=${code} lang=${code} dir=${code === 'ar' ? 'rtl' : 'ltr'}>${languageNames[code]}</a></li>`
          : nothing;
      })}</ul
    ></div
  >`;
}

defineElement('migration-summary-panel', SummaryPanel);

declare global {
  interface HTMLElementTagNameMap {
    'migration-summary-panel': SummaryPanel;
  }
  interface HTMLElementEventMap {
    'migration-summary-panel-toggle': SummaryToggleEvent;
  }
}
