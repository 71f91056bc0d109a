import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type ReactiveController,
  type ReactiveControllerHost,
} from 'lit';
import { isolated, linkedTitle } from './credit.js';
import { figureById, type Citation } from './data/index.js';
import { defineElement } from './define.js';
import { formatDate, parseIsoDate } from './format/date.js';
import { formatNumber, formatYear } from './format/number.js';
import { fillParts, fillTemplate } from './i18n/index.js';
import { MigrationElement, numberConverter } from './migration-element.js';
import { prefersReducedMotion } from './motion.js';
import * as kinds from './parsers.js';
import { PausableSpan, RemittanceRate } from './remittance-rate.js';
import { counterStyles } from './remittance-counter.styles.js';
import { ViewportController } from './viewport-controller.js';

const tag = 'migration-remittance-counter';
const builtIn = figureById('remittances-2017')!;

/**
 * Redraws four times a second; under reduced motion, every 5 s. Each redraw costs the browser a frame whatever changed
 * (the bench, on a loaded machine: five a second cost 0.17× countUp's CPU, over the 0.15× budget; ten, 0.27×).
 */
const redrawMs = 250;
const reducedMotionRedrawMs = 5_000;

/**
 * Fired when the counter is paused; `amount` is the frozen amount, unrounded. Fired as
 * `migration-remittance-counter-pause`, and under its old name `migration-counter-pause` until 0.3.
 */
export class CounterPauseEvent extends Event {
  constructor(
    readonly amount: number,
    type: 'migration-remittance-counter-pause' | 'migration-counter-pause' = 'migration-remittance-counter-pause',
  ) {
    super(type, { bubbles: true });
  }
}

/**
 * Fired when the counter resumes; `amount` is where it continues from, unrounded. Fired as
 * `migration-remittance-counter-resume`, and under its old name `migration-counter-resume` until 0.3.
 */
export class CounterResumeEvent extends Event {
  constructor(
    readonly amount: number,
    type: 'migration-remittance-counter-resume' | 'migration-counter-resume' = 'migration-remittance-counter-resume',
  ) {
    super(type, { bubbles: true });
  }
}

/** Redraws its host on one timeout at a time while `wanted()` holds; nothing runs while disconnected. */
class RedrawTimer implements ReactiveController {
  private timeout: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly wanted: () => boolean,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Schedules the next redraw when one is wanted and none is pending; stops otherwise. */
  sync(): void {
    if (!this.wanted()) return this.stop();
    // The delay is read each time, so a change of the motion preference applies at the next redraw.
    this.timeout ??= setTimeout(
      () => {
        this.timeout = undefined;
        this.host.requestUpdate();
      },
      prefersReducedMotion() ? reducedMotionRedrawMs : redrawMs,
    );
  }

  stop(): void {
    clearTimeout(this.timeout);
    this.timeout = undefined;
  }
}

/** What the amount is based on: the built-in 2017 figure, or a partner's replacement. */
interface Basis {
  annual: number;
  currency: string;
  year: number;
  /** The built-in figure's citation; absent for a partner's basis. */
  citation?: Citation;
  source?: string;
  sourceUrl?: string;
}

/**
 * Remittances sent home, ticking live at the 2017 rate (USD 600 billion a year, World Bank
 * estimates): the amount is rate × time elapsed, read from the clock at each redraw.
 *
 * @summary Money migrants send home, counted live from an annual figure, with its basis and a pause button.
 * @tagname migration-remittance-counter
 * @slot label - Replaces the lead-in sentence before the amount.
 * @csspart lead - The sentence with the live amount.
 * @csspart amount - The amount's box, sized for growth.
 * @csspart value - The ticking amount itself.
 * @csspart basis - "An illustration at the 2017 rate…, not a measurement": the rate, year and source, said once.
 * @csspart note - The same paragraph as `basis`.
 * @csspart button - The pause toggle, also named `pause-button`.
 * @csspart pause-button - The pause toggle.
 * @csspart source - The source line of the built-in figure: its label and the citation.
 * @csspart source-label - "Source:", before the citation.
 * @csspart credit - The one-line credit of the built-in source.
 * @csspart citation - The full citation (behind "Full citation", or inline with `citation="full"`; always in print).
 * @csspart citation-button - "Full citation", the disclosure button (also `button`).
 * @csspart copy-citation-button - "Copy citation" (also `button`).
 * @csspart citation-status - The announced result of copying the citation.
 * @fires {CitationToggleEvent} migration-remittance-counter-citation - After "Full citation" opened or closed; `open` is the new state.
 * @fires {CitationCopyEvent} migration-remittance-counter-copy-citation - After "Copy citation"; `text` is the plain-text citation, `copied` whether the clipboard took it.
 * @cssprop [--migration-accent=#0072bc] - The amount and the button.
 * @cssprop [--migration-text=#1b1b1b] - Text colour.
 * @cssprop [--migration-muted=#4a4a4a] - Basis and source text.
 * @cssprop [--migration-surface=#ffffff] - Background.
 * @cssprop [--migration-line=#009edb] - The accent border.
 * @cssprop [--migration-radius=0.5rem] - Corner radius.
 * @cssprop [--migration-space=1rem] - Padding.
 * @cssprop [--migration-font-family=inherit] - Font.
 * @fires {CounterPauseEvent} migration-remittance-counter-pause - After `pause()` or the button paused the counter.
 * @fires {CounterResumeEvent} migration-remittance-counter-resume - After `resume()` or the button resumed it.
 * @fires {CounterPauseEvent} migration-counter-pause - Deprecated name of `migration-remittance-counter-pause`, until 0.3.
 * @fires {CounterResumeEvent} migration-counter-resume - Deprecated name of `migration-remittance-counter-resume`, until 0.3.
 */
export class RemittanceCounter extends MigrationElement {
  static override styles = [...MigrationElement.styles, counterStyles];

  static override get properties(): PropertyDeclarations {
    return {
      since: {},
      annualAmount: { attribute: 'annual-amount', converter: numberConverter(kinds.positiveAmount) },
      currency: {},
      year: { converter: numberConverter(kinds.year) },
      source: {},
      sourceUrl: { attribute: 'source-url' },
      paused: { type: Boolean, reflect: true },
    };
  }

  /** Where counting starts: `view` (first visible), `load` (page load) or a `YYYY-MM-DD` date (or a `Date`), 00:00 UTC. */
  declare since: string | Date;
  /** Replaces the built-in annual amount (600 000 000 000); a positive number up to 10^15. */
  declare annualAmount: number | undefined;
  /** ISO 4217 code of the amount. */
  declare currency: string | undefined;
  /** The year whose rate the amount is based on (1–9999). */
  declare year: number | undefined;
  /** A partner's source for its own basis. */
  declare source: string | undefined;
  /** Link for `source` (http and https only). */
  declare sourceUrl: string | undefined;
  /** The amount is frozen; the pause button is pressed. */
  declare paused: boolean;

  constructor() {
    super();
    this.since = 'view';
    this.paused = false;
  }

  private readonly span = new PausableSpan();
  private readonly timer = new RedrawTimer(this, () => this.viewport.visible && !this.paused && this.span.started);
  private readonly viewport = new ViewportController(this, (visible) => this.visibilityChanged(visible));
  private mode: 'view' | 'load' | 'date' = 'view';
  /** The `YYYY-MM-DD` day counting started at, in `date` mode. */
  private sinceDay: string | undefined;
  private basis: Basis = this.builtInBasis();
  private rate = new RemittanceRate(this.basis.annual);

  // Every instant is Date.now(): a monotonic clock stops while the device sleeps and would leave the amount behind.
  /** The amount now, unrounded. */
  get amount(): number {
    return this.rate.amountAt(this.span.elapsed(Date.now()));
  }

  /** Freezes the amount and fires `migration-remittance-counter-pause`. */
  pause(): void {
    if (this.paused) return;
    this.paused = true;
    this.span.pause(Date.now());
    this.dispatchEvent(new CounterPauseEvent(this.amount));
    this.dispatchEvent(new CounterPauseEvent(this.amount, 'migration-counter-pause'));
  }

  /** Continues from the frozen amount and fires `migration-remittance-counter-resume`. */
  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    this.span.resume(Date.now());
    this.dispatchEvent(new CounterResumeEvent(this.amount));
    this.dispatchEvent(new CounterResumeEvent(this.amount, 'migration-counter-resume'));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (
      changed.has('annualAmount') ||
      changed.has('currency') ||
      changed.has('year') ||
      changed.has('source') ||
      changed.has('sourceUrl')
    ) {
      this.basis = this.resolveBasis();
      this.rate = new RemittanceRate(this.basis.annual);
    }
    if (changed.has('since')) this.restart();
    // The attribute can change without the methods: follow it (both calls are no-ops when in step).
    if (changed.has('paused')) {
      if (this.paused) this.span.pause(Date.now());
      else this.span.resume(Date.now());
    }
  }

  /** A sum of money in the basis's currency: all digits, or compact words ("USD 600 billion"). */
  private money(value: number, compact = false): string {
    const { currency } = this.basis;
    const options = compact
      ? { style: 'currency' as const, currency, compact }
      : { style: 'currency' as const, currency, fractionDigits: 0 };
    return formatNumber(value, this.locale.lang, options);
  }

  protected override renderWidget() {
    const { strings } = this.locale;
    const elapsed = this.span.elapsed(Date.now());
    const amount = this.rate.amountAt(elapsed);
    // The widest the amount gets within a day, digits as zeros: reserves the width of growth.
    const reserve = this.money(this.rate.amountAt(elapsed + 86_400_000)).replace(/\p{Nd}/gu, '0');
    // Screen readers hear the lead only while it stands still, else the steady rate; then the note, once.
    // No indentation between tags (one node each per widget); one space keeps the lead and the amount apart as text.
    return html`<div class="box"
      ><p part="lead" class="script-only" aria-hidden=${this.paused ? nothing : 'true'}
        ><slot name="label">${this.lead()}</slot> <span part="amount"><data part="value" value=${Math.round(amount)}>${this.money(amount)}</data><span class="reserve" aria-hidden="true">${reserve}</span></span
      ></p
      >${this.paused ? nothing : html`<p class="visually-hidden">${fillTemplate(strings.counterStable, { perSecond: this.money(this.rate.perSecond) })}</p>`}<p
        part="basis note"
      >${this.note()}</p
      ><button part="button pause-button" class="script-only" type="button" @click=${this.toggle}
        ><span class="icon" aria-hidden="true"></span>${this.paused ? strings.resume : strings.pause}</button
      >${this.sourceTemplate()}</div
    >`;
  }

  /** "An illustration at the 2017 rate of some $600 billion a year (World Bank estimates), not a measurement." */
  private note() {
    const { strings, lang } = this.locale;
    const { year, annual } = this.basis;
    const source = this.sourcePiece();
    return fillParts(source ? strings.counterNote : strings.counterNoteUnsourced, {
      year: formatYear(year, lang),
      amount: this.money(annual, true),
      ...(source ? { source } : {}),
    });
  }

  /** "Since you started reading", "since this page opened" or "since 1 January 2017". */
  private lead() {
    const { strings, lang } = this.locale;
    if (this.mode === 'date' && this.sinceDay) {
      return fillParts(strings.counterSinceDate, {
        date: html`<time datetime=${this.sinceDay}>${formatDate(this.sinceDay, lang)}</time>`,
      });
    }
    return this.mode === 'load' ? strings.counterSinceLoad : strings.counterSinceView;
  }

  private sourceTemplate() {
    const { citation } = this.basis;
    // The basis line above names the basis (World Bank estimates): the credit leaves it out.
    return citation ? this.renderCredit([{ citation }], { basisShown: true }) : nothing;
  }

  private readonly toggle = (): void => (this.paused ? this.resume() : this.pause());

  private visibilityChanged(visible: boolean): void {
    if (!visible) return this.timer.stop();
    if (this.mode === 'view' && !this.span.started) this.span.startAt(Date.now(), Date.now());
    this.requestUpdate();
  }

  /** Sets the start instant for `since`; a bad or future date warns and counts from view. */
  private restart(): void {
    const since = kinds.text.parse(this.since) || 'view';
    const day = since === 'load' || since === 'view' ? undefined : kinds.isoDate.parse(this.since);
    const date = parseIsoDate(day);
    const t = Date.now();
    this.span.reset();
    this.sinceDay = undefined;
    if (since === 'load') {
      this.mode = 'load';
      this.span.startAt(performance.timeOrigin, t);
    } else if (date && date.getTime() <= t) {
      this.mode = 'date';
      this.sinceDay = day;
      this.span.startAt(date.getTime(), t);
    } else {
      if (since !== 'view') {
        const why = date ? 'a date in the future' : 'not view, load or a YYYY-MM-DD date';
        this.warn('since', this.since, why, 'counting from when it is first seen');
      }
      this.mode = 'view';
      if (this.viewport.visible) this.span.startAt(t, t);
    }
  }

  private builtInBasis(): Basis {
    return { annual: builtIn.value, currency: builtIn.currency!, year: builtIn.year!, citation: builtIn.citation };
  }

  /** The built-in basis, with each valid attribute replacing its field; the built-in citation only when none does. */
  private resolveBasis(): Basis {
    const basis = this.builtInBasis();
    basis.annual =
      this.read('annual-amount', this.annualAmount, kinds.positiveAmount, 'using the built-in 2017 amount') ??
      basis.annual;
    basis.currency = this.read('currency', this.currency, kinds.currency, 'using USD') ?? basis.currency;
    basis.year = this.read('year', this.year, kinds.year, 'using 2017') ?? basis.year;
    const sourceUrl = this.read('source-url', this.sourceUrl, kinds.url, 'not linking the source');
    const source = this.read('source', this.source, kinds.text, 'showing the built-in source');
    const replaced =
      basis.annual !== builtIn.value || basis.currency !== builtIn.currency || basis.year !== builtIn.year || source;
    if (!replaced) return basis;
    return {
      annual: basis.annual,
      currency: basis.currency,
      year: basis.year,
      source: source || undefined,
      sourceUrl,
    };
  }

  /** The source named in the basis line: the built-in basis ("World Bank estimates", in English) or the partner's. */
  private sourcePiece() {
    const { citation, source, sourceUrl } = this.basis;
    if (citation?.basis) return html`<bdi lang="en" dir="ltr">${citation.basis}</bdi>`;
    return source ? isolated(linkedTitle(source, sourceUrl)) : undefined;
  }
}

defineElement(tag, RemittanceCounter);

declare global {
  interface HTMLElementTagNameMap {
    'migration-remittance-counter': RemittanceCounter;
  }
  interface HTMLElementEventMap {
    'migration-counter-pause': CounterPauseEvent;
    'migration-counter-resume': CounterResumeEvent;
  }
}
