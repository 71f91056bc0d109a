import { html, nothing, type PropertyDeclarations, type ReactiveController, type TemplateResult } from 'lit';
import { partnerSourceLine } from './credit.js';
import { defaultFigureId, figureById, type Figure, type FigureFormat } from './data/index.js';
import { defineElement } from './define.js';
import { numberFormat } from './format/intl-cache.js';
import { agreeingLabel, formatNumberToParts, formatYear, spelledNumber, type FormatOptions } from './format/number.js';
import { fillParts, fillTemplate, writingDirection } from './i18n/index.js';
import { MigrationElement, numberConverter } from './migration-element.js';
import { prefersReducedMotion } from './motion.js';
import * as kinds from './parsers.js';
import { statCardStyles } from './stat-card.styles.js';
import { cssProperties } from './styles/css-properties.js';
import { ViewportController } from './viewport-controller.js';

const format = kinds.oneOf<FigureFormat>(['number', 'compact', 'percent', 'currency']);
const countUpMs = 1000;
// The two built-in shares of migrants' earnings complete each other (85 % spent, 15 % sent home).
const complements: Record<string, string> = {
  'earnings-spent-in-host-country': 'earnings-remitted',
  'earnings-remitted': 'earnings-spent-in-host-country',
};
const digitTypes = new Set(['integer', 'group', 'decimal', 'fraction']);

/** Intl's parts joined into runs: the digits (with their separators) apart from unit words and signs. */
function runs(parts: readonly Intl.NumberFormatPart[]): Array<{ digits: boolean; text: string }> {
  const out: Array<{ digits: boolean; text: string }> = [];
  for (const part of parts) {
    const digits = digitTypes.has(part.type);
    const last = out[out.length - 1];
    if (last && last.digits === digits) last.text += part.value;
    else out.push({ digits, text: part.value });
  }
  return out;
}

/**
 * Counts up once, the first time the host is seen; progress comes from the clock, so a slow frame
 * never slows it. Every render before that shows the final value, as a server renders it (hydration
 * needs the two to match): until seen, a custom state draws it transparent (screen readers and print
 * still have it), so a card out of view costs one render and no extra nodes. A card whose shadow root
 * came prerendered in the HTML already shows its value: it never counts.
 */
class CountUp implements ReactiveController {
  /** Eased progress from 0 to 1; 1 until the count starts, and once done. */
  progress = 1;
  private phase: 'idle' | 'waiting' | 'running' | 'done' = 'idle';
  private frame = 0;
  private start = 0;
  private states?: CustomStateSet;
  private readonly prerendered: boolean;
  /** Watches for the host to be seen while the count-up waits; a card that will never count, or has counted, stops. */
  private readonly viewport: ViewportController;

  constructor(
    private readonly host: StatCard,
    private readonly allowed: () => boolean,
  ) {
    this.prerendered = host.shadowRoot !== null;
    host.addController(this);
    this.viewport = new ViewportController(host, (visible) => visible && this.begin());
  }

  hostConnected(): void {
    if (this.phase !== 'idle') return;
    const states = this.prerendered || !this.allowed() ? undefined : this.customStates();
    // Prerendered, or not to be animated: done before it starts.
    if (!states) return this.finish();
    this.states = states;
    this.states.add('waiting');
    this.phase = 'waiting';
  }

  /**
   * The host's custom states; none (the value shown at once, never hidden) in an engine without them, or where the
   * engine refuses internals (a card first connected in another document, such as a print iframe).
   */
  private customStates(): CustomStateSet | undefined {
    try {
      return this.host.attachInternals().states;
    } catch {
      return undefined;
    }
  }

  hostUpdated(): void {
    // The update that draws the first digits is the one that stops hiding the value: both land in one frame.
    if (this.phase === 'waiting' && !this.allowed()) this.finish();
    else if (this.phase !== 'waiting') this.states?.delete('waiting');
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    if (this.phase === 'running') this.finish();
  }

  private begin(): void {
    if (this.phase !== 'waiting') return;
    if (!this.allowed()) return this.finish();
    this.phase = 'running';
    this.progress = 0;
    this.start = performance.now();
    this.host.requestUpdate();
    this.frame = requestAnimationFrame(this.tick);
  }

  private readonly tick = (): void => {
    const t = Math.min(1, (performance.now() - this.start) / countUpMs);
    if (t >= 1) return this.finish();
    this.progress = 1 - (1 - t) ** 3; // ease-out cubic: fast start, gentle landing
    this.host.requestUpdate();
    this.frame = requestAnimationFrame(this.tick);
  };

  private finish(): void {
    this.phase = 'done';
    this.progress = 1;
    this.viewport.stop();
    this.host.requestUpdate();
  }
}

/** What the card shows once attributes and the built-in figure are reconciled. */
interface Shown {
  figure: Figure;
  /** The value and its provenance are the built-in figure's (not overridden by `value`). */
  builtIn: boolean;
  value: number;
  options: FormatOptions;
  year: number | undefined;
}

/**
 * One key figure of the report: the value (counting up once when first seen), its label, the
 * source's own words as context, and the citation. With no attribute it shows 258 million
 * international migrants. Content written inside without a `slot` is the no-JavaScript fallback.
 *
 * @summary One key figure from the report, exact, cited and themable.
 * @tagname migration-stat-card
 * @slot - Fallback for readers without JavaScript; not shown once the element runs.
 * @slot label - Replaces the figure's label.
 * @slot description - Replaces the line of context (the source's wording).
 * @slot icon - A decorative icon beside the value.
 * @csspart card - The figure: the card's box (padding, border, background).
 * @csspart icon - The icon's box.
 * @csspart year - The year the figure refers to, where stated.
 * @csspart value - The value, with "about" for estimates.
 * @csspart label - The label.
 * @csspart bar - The proportion bar of a percentage.
 * @csspart description - The line of context.
 * @csspart source - The source line: its label and the citation.
 * @csspart source-label - "Source:", before the citation.
 * @csspart credit - The one-line credit of the built-in source.
 * @csspart citation - The full citation (behind "Full citation", or inline with `citation="full"`; always in print).
 * @csspart citation-button - "Full citation", the disclosure button (also `button`).
 * @csspart copy-citation-button - "Copy citation" (also `button`).
 * @csspart citation-status - The announced result of copying the citation.
 * @fires {CitationToggleEvent} migration-stat-card-citation - After "Full citation" opened or closed; `open` is the new state.
 * @fires {CitationCopyEvent} migration-stat-card-copy-citation - After "Copy citation"; `text` is the plain-text citation, `copied` whether the clipboard took it.
 * @cssprop [--migration-accent=#0072bc] - Links and the emphasis variant's value.
 * @cssprop [--migration-text=#1b1b1b] - Text colour.
 * @cssprop [--migration-muted=#4a4a4a] - Secondary text.
 * @cssprop [--migration-surface=#ffffff] - Background.
 * @cssprop [--migration-line=#009edb] - The proportion bar and the emphasis border.
 * @cssprop [--migration-radius=0.5rem] - Corner radius.
 * @cssprop [--migration-space=1rem] - Padding.
 * @cssprop [--migration-font-family=inherit] - Font.
 */
export class StatCard extends MigrationElement {
  static override styles = [...MigrationElement.styles, statCardStyles];

  static override get properties(): PropertyDeclarations {
    return {
      fact: {},
      value: { converter: numberConverter(kinds.amount) },
      label: {},
      format: {},
      currency: {},
      fractionDigits: { attribute: 'fraction-digits', converter: numberConverter(kinds.fractionDigits) },
      year: { converter: numberConverter(kinds.year) },
      source: {},
      sourceUrl: { attribute: 'source-url' },
      creditShared: { attribute: false },
      noAnimation: { attribute: 'no-animation', type: Boolean },
      // Private state (`attribute: false` as in quote-block.ts).
      slotted: { attribute: false },
    };
  }

  /** Id of the built-in figure to show. */
  declare fact: string;
  /** The value, overriding the figure's (a percent in per cent: `85` is 85 %); a number from 0 to 10^15. */
  declare value: number | undefined;
  /** The label, overriding the figure's translated one. */
  declare label: string | undefined;
  /** How the value is written; the figure's own format by default, `number` for a `value` of your own. */
  declare format: FigureFormat | undefined;
  /** ISO 4217 code used when `format` is `currency`; the figure's currency, else USD, by default. */
  declare currency: string | undefined;
  /** Exact number of fraction digits (0–20); by default the source's precision. */
  declare fractionDigits: number | undefined;
  /** The year the value refers to (1–9999); the figure's year where the source states one. */
  declare year: number | undefined;
  /** Your own source's name, replacing the built-in citation. */
  declare source: string | undefined;
  /** Link for `source` (http or https only). */
  declare sourceUrl: string | undefined;
  /** Set by a container that credits its figures once (the summary panel's `with-figures`): no source line of its own. */
  declare creditShared: boolean;
  /** Shows the value at once, without counting up. */
  declare noAnimation: boolean;

  declare private slotted: ReadonlySet<string>;

  constructor() {
    super();
    this.fact = defaultFigureId;
    this.creditShared = false;
    this.noAnimation = false;
    this.slotted = new Set();
  }

  private readonly countUp = new CountUp(this, () => !this.noAnimation && !prefersReducedMotion());

  /** The built-in figure `fact` names; the default one, with a warning, for an unknown id. */
  private figure(): Figure {
    const figure = figureById(kinds.text.parse(this.fact));
    if (figure) return figure;
    this.warn('fact', this.fact, 'not a built-in figure', `showing ${defaultFigureId}`);
    return figureById(defaultFigureId)!;
  }

  /** Reconciles attributes with the built-in figure; a bad attribute warns once and is ignored. */
  private resolve(): Shown {
    const figure = this.figure();
    const value = this.read('value', this.value, kinds.amount, 'showing the built-in value');
    const builtIn = value === undefined || value === figure.value;
    const shownValue = value ?? figure.value;
    const ownYear = builtIn ? figure.year : undefined;
    const year = this.read('year', this.year, kinds.year, ownYear ? `showing ${ownYear}` : 'leaving it out') ?? ownYear;
    return { figure, builtIn, value: shownValue, year, options: this.formatOptions(figure, builtIn, shownValue) };
  }

  /** How the value is written: `format`, `currency` and `fraction-digits` over the figure's own (for its own value). */
  private formatOptions(figure: Figure, builtIn: boolean, value: number): FormatOptions {
    // A value of your own is a plain number unless `format` says otherwise: the figure's compact style was for its value.
    const ownFormat = builtIn ? figure.format : 'number';
    const style = this.read('format', this.format, format, `using ${ownFormat}`) ?? ownFormat;
    const ownCurrency = figure.currency ?? 'USD';
    const currency = this.read('currency', this.currency, kinds.currency, `using ${ownCurrency}`) ?? ownCurrency;
    const fractionDigits = this.read(
      'fraction-digits',
      this.fractionDigits,
      kinds.fractionDigits,
      'keeping the source’s precision',
    );
    // Large sums read as words ("$600 billion"), as the source writes them.
    const compact = style === 'currency' && fractionDigits === undefined && value >= 1e6;
    return { style, currency, fractionDigits, compact };
  }

  private readonly onSlotChange = (event: Event): void => {
    const slot = event.target as HTMLSlotElement;
    const next = new Set(this.slotted);
    if (slot.assignedNodes().length) next.add(slot.name);
    else next.delete(slot.name);
    this.slotted = next;
  };

  protected override renderWidget() {
    const shown = this.resolve();
    const { figure, builtIn } = shown;
    const label = this.read('label', this.label, kinds.text, 'showing the figure’s label') || this.figureLabel(shown);
    // Empty where not built in: the description is then hidden or slotted.
    const description = builtIn ? figure.sourceWording : '';
    const hasDescription = builtIn || this.slotted.has('description');
    // No white space between tags: each blank text node is one more node per card; the spaces readers need sit inside text.
    return html`<figure class="card box" part="card"
      ><div class="main"
        ><span part="icon" ?hidden=${!this.slotted.has('icon')}><slot name="icon" @slotchange=${this.onSlotChange}></slot></span
        >${this.renderYear(shown)}<p part="value">${this.valuePieces(shown)}</p
        >${shown.options.style === 'percent' ? this.renderBar(shown) : nothing}</div
      ><figcaption
        ><p part="label"><bdi><slot name="label">${label}</slot></bdi></p
        ><p part="description" ?hidden=${!hasDescription}
          ><slot name="description" @slotchange=${this.onSlotChange}
            ><q lang="en" dir="ltr">${description}</q></slot
          ></p
        >${this.renderSource(shown)}</figcaption
      ></figure
    >`;
  }

  private renderYear({ year }: Shown) {
    return year === undefined
      ? nothing
      : html`<time part="year" datetime=${String(year).padStart(4, '0')}>${formatYear(year, this.locale.lang)}</time>`;
  }

  /** The value, as "about 85%" where the source gives an estimate. */
  private valuePieces(shown: Shown): unknown {
    const value = this.renderValue(shown);
    if (!shown.builtIn || !shown.figure.approximate) return value;
    return fillParts(this.locale.strings.approximately, { value }).map((piece) =>
      typeof piece === 'string' ? html`<span class="approximately">${piece}</span>` : piece,
    );
  }

  /** The built-in label in the form that agrees with the number shown, its `{year}` written in the locale's digits. */
  private figureLabel({ figure, value, options, year }: Shown): string {
    const { strings, lang } = this.locale;
    const label = agreeingLabel(strings.figureLabels[figure.id] ?? figure.label, value, lang, options);
    const labelYear = year ?? figure.year;
    return fillTemplate(label, { year: labelYear === undefined ? '' : formatYear(labelYear, lang) });
  }

  /** The value in `<data>`; while counting, only the digit runs change, over an invisible copy of the final text that holds the size. */
  private renderValue({ value, options }: Shown): TemplateResult {
    const { lang } = this.locale;
    const parts = formatNumberToParts(value, lang, options);
    const final = parts.map((part) => part.value).join('');
    const dir = writingDirection(lang);
    const counting = this.countUp.progress < 1 && !this.noAnimation;
    // At rest the value is one text node; the digit runs get their own boxes only while they move.
    if (!counting) return html`<data value=${String(value)} dir=${dir}>${final}</data>`;
    const frames = this.frameRuns(value, options, parts, this.countUp.progress);
    let run = 0;
    const pieces = runs(parts).map((piece) =>
      piece.digits
        ? html`<span class="digits"><span class="final">${piece.text}</span><span class="frame">${frames[run++] ?? ''}</span></span>`
        : piece.text,
    );
    return html`<data value=${String(value)} dir=${dir} data-counting
      ><span class="visually-hidden">${final}</span><span aria-hidden="true">${pieces}</span></data
    >`;
  }

  /** The digit runs of the final text scaled by `progress`, in the same numbering system, precision and grouping. */
  private frameRuns(
    value: number,
    options: FormatOptions,
    parts: readonly Intl.NumberFormatPart[],
    progress: number,
  ): string[] {
    const { lang } = this.locale;
    const fractionDigits = parts.filter((p) => p.type === 'fraction').reduce((n, p) => n + p.value.length, 0);
    const grouped = parts.some((p) => p.type === 'group');
    // Intl's digit options stop at 100 and 5e-324 has 324 fraction digits: so tiny a number is shown, not counted.
    if (fractionDigits > 20)
      return runs(parts)
        .filter((piece) => piece.digits)
        .map((piece) => piece.text);
    const { spelled } = spelledNumber(value, lang, options);
    const formatter = numberFormat(lang, {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
      ...(grouped ? {} : { useGrouping: false }),
    });
    return runs(formatter.formatToParts(spelled * progress))
      .filter((piece) => piece.digits)
      .map((piece) => piece.text);
  }

  private renderBar({ figure, builtIn, value }: Shown): TemplateResult {
    const share = Math.min(100, Math.max(0, value));
    const other = builtIn ? figureById(complements[figure.id]) : undefined;
    const percent = (n: number) =>
      formatNumberToParts(n, this.locale.lang, { style: 'percent' })
        .map((p) => p.value)
        .join('');
    return html`<div class="proportion" aria-hidden="true"
      ><div part="bar" ${cssProperties({ '--share': share })}><span class="share"></span></div
      >${other ? html`<div class="legend"><span>${percent(value)}</span><span>${percent(other.value)}</span></div>` : nothing}</div
    >`;
  }

  private renderSource({ figure, builtIn }: Shown) {
    const url = this.read('source-url', this.sourceUrl, kinds.url, 'not linking the source');
    const own =
      this.read('source', this.source, kinds.text, 'showing the built-in source') || (url ? new URL(url).hostname : '');
    if (own) return partnerSourceLine(this.locale.strings, own, url);
    return builtIn && !this.creditShared ? this.renderCredit([figure]) : nothing;
  }
}

defineElement('migration-stat-card', StatCard);

declare global {
  interface HTMLElementTagNameMap {
    'migration-stat-card': StatCard;
  }
}
