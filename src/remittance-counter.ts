import {
  LitElement,
  html,
  nothing,
  type PropertyValues,
  type ReactiveController,
  type ReactiveControllerHost,
} from 'lit';
import { property } from 'lit/decorators.js';
import { citationTemplate, partnerSourceTemplate } from './citation-template.js';
import { figureById, type Citation } from './data/index.js';
import { defineElement } from './define.js';
import { formatDate, parseIsoDate } from './format/date.js';
import { formatNumber, isKnownCurrency, largestFigure } from './format/number.js';
import { fillParts, fillTemplate } from './i18n/index.js';
import { LocaleController } from './locale-controller.js';
import { prefersReducedMotion } from './motion.js';
import { PausableSpan, RemittanceRate } from './remittance-rate.js';
import { counterStyles } from './remittance-counter.styles.js';
import { safeUrl } from './safe-url.js';
import { themeStyles } from './styles/theme.js';
import { ViewportController } from './viewport-controller.js';
import { warnInvalid } from './warn.js';

const tag = 'migration-remittance-counter';
const builtIn = figureById('remittances-2017')!;

/** Redraws five times a second (the bench: ten cost more than a quarter of countUp's CPU); under reduced motion, every 5 s. */
const redrawMs = 200;
const reducedMotionRedrawMs = 5_000;

// A monotonic epoch clock: unlike Date.now(), a change of the system clock cannot make it jump.
const now = (): number => performance.timeOrigin + performance.now();

/** Fired when the counter is paused; `amount` is the frozen amount, unrounded. */
export class CounterPauseEvent extends Event {
  constructor(readonly amount: number) {
    super('migration-counter-pause', { bubbles: true });
  }
}

/** Fired when the counter resumes; `amount` is where it continues from, unrounded. */
export class CounterResumeEvent extends Event {
  constructor(readonly amount: number) {
    super('migration-counter-resume', { bubbles: true });
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
 * @csspart basis - The rate, year and source the amount is based on.
 * @csspart note - "An illustration…", for a counter that starts at a date.
 * @csspart button - The pause toggle.
 * @csspart source - The built-in figure's citation.
 * @cssprop [--migration-accent=#0072bc] - The amount and the button.
 * @cssprop [--migration-text=#1b1b1b] - Text colour.
 * @cssprop [--migration-muted=#4a4a4a] - Basis and source text.
 * @cssprop [--migration-surface=#ffffff] - Background.
 * @cssprop [--migration-line=#009edb] - The accent border.
 * @cssprop [--migration-radius=0.5rem] - Corner radius.
 * @cssprop [--migration-space=1rem] - Padding.
 * @cssprop [--migration-font-family=inherit] - Font.
 * @fires {CounterPauseEvent} migration-counter-pause - After `pause()` or the button paused the counter.
 * @fires {CounterResumeEvent} migration-counter-resume - After `resume()` or the button resumed it.
 */
export class RemittanceCounter extends LitElement {
  static override styles = [themeStyles, counterStyles];

  /** Where counting starts: `view` (first visible), `load` (page load) or a `YYYY-MM-DD` date, 00:00 UTC. */
  @property() accessor since = 'view';
  /** Replaces the built-in annual amount (600 000 000 000); a positive number up to 10^15. */
  @property({ attribute: 'annual-amount' }) accessor annualAmount: string | undefined;
  /** ISO 4217 code of the amount. */
  @property() accessor currency: string | undefined;
  /** The year whose rate the amount is based on. */
  @property() accessor year: string | undefined;
  /** A partner's source for its own basis. */
  @property() accessor source: string | undefined;
  /** Link for `source` (http and https only). */
  @property({ attribute: 'source-url' }) accessor sourceUrl: string | undefined;
  /** The amount is frozen; the pause button is pressed. */
  @property({ type: Boolean, reflect: true }) accessor paused = false;
  /** `light` or `dark`; follows `prefers-color-scheme` when absent. */
  @property({ reflect: true }) accessor theme: 'light' | 'dark' | undefined;
  /** `default`, `compact` or `emphasis`. */
  @property({ reflect: true }) accessor variant: 'default' | 'compact' | 'emphasis' = 'default';

  private readonly locale = new LocaleController(this);
  private readonly span = new PausableSpan();
  private readonly timer = new RedrawTimer(this, () => this.viewport.visible && !this.paused && this.span.started);
  private readonly viewport = new ViewportController(this, (visible) => this.visibilityChanged(visible));
  private mode: 'view' | 'load' | 'date' = 'view';
  private basis: Basis = this.builtInBasis();
  private rate = new RemittanceRate(this.basis.annual);

  /** The amount now, unrounded. */
  get amount(): number {
    return this.rate.amountAt(this.span.elapsed(now()));
  }

  /** Freezes the amount and fires `migration-counter-pause`. */
  pause(): void {
    if (this.paused) return;
    this.paused = true;
    this.span.pause(now());
    this.dispatchEvent(new CounterPauseEvent(this.amount));
  }

  /** Continues from the frozen amount and fires `migration-counter-resume`. */
  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    this.span.resume(now());
    this.dispatchEvent(new CounterResumeEvent(this.amount));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
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
      if (this.paused) this.span.pause(now());
      else this.span.resume(now());
    }
  }

  override render() {
    const { lang, strings } = this.locale;
    const { currency, year, annual } = this.basis;
    const money = (value: number, compact = false) =>
      formatNumber(
        value,
        lang,
        compact ? { style: 'currency', currency, compact } : { style: 'currency', currency, fractionDigits: 0 },
      );
    const elapsed = this.span.elapsed(now());
    const amount = this.rate.amountAt(elapsed);
    const source = this.sourcePiece();
    const since = parseIsoDate(this.since);
    const lead =
      this.mode === 'date' && since
        ? fillParts(strings.counterSinceDate, {
            date: html`<time datetime=${this.since.trim()}>${formatDate(this.since.trim(), lang)}</time>`,
          })
        : this.mode === 'load'
          ? strings.counterSinceLoad
          : strings.counterSinceView;
    // The widest the amount gets within a day, digits as zeros: reserves the width of growth.
    const reserve = money(this.rate.amountAt(elapsed + 86_400_000)).replace(/\p{Nd}/gu, '0');
    return html`
      <p part="lead" aria-hidden=${this.paused ? nothing : 'true'}>
        <slot name="label">${lead}</slot>
        <span part="amount"><data part="value" value=${Math.round(amount)}>${money(amount)}</data><span class="reserve" aria-hidden="true">${reserve}</span></span>
      </p>
      <p part="basis">${this.dropEmptySource(fillParts(strings.counterBasis, { year, amount: money(annual, true), source: source ?? '' }))}</p>
      ${this.mode === 'date' ? html`<p part="note">${fillTemplate(strings.counterIllustration, { year })}</p>` : nothing}
      <p class="visually-hidden">
        ${this.dropEmptySource([
          fillTemplate(strings.counterStable, {
            perSecond: money(this.rate.perSecond),
            year,
            amount: money(annual, true),
            source: this.basis.citation?.basis ?? this.basis.source ?? '',
          }),
        ])}
      </p>
      <button part="button" type="button" aria-pressed=${this.paused ? 'true' : 'false'} @click=${this.toggle}>${strings.pause}</button>
      ${
        this.basis.citation
          ? html`<small part="source">${strings.source}: ${citationTemplate({ ...this.basis.citation, basis: undefined }, lang, strings)}</small>`
          : nothing
      }
    `;
  }

  private readonly toggle = (): void => (this.paused ? this.resume() : this.pause());

  private visibilityChanged(visible: boolean): void {
    if (!visible) return this.timer.stop();
    if (this.mode === 'view' && !this.span.started) this.span.startAt(now(), now());
    this.requestUpdate();
  }

  /** Sets the start instant for `since`; a bad or future date warns and counts from view. */
  private restart(): void {
    const since = this.since?.trim() || 'view';
    const date = parseIsoDate(since);
    const t = now();
    this.span.reset();
    if (since === 'load') {
      this.mode = 'load';
      this.span.startAt(performance.timeOrigin, t);
    } else if (date && date.getTime() <= t) {
      this.mode = 'date';
      this.span.startAt(date.getTime(), t);
    } else {
      if (since !== 'view') {
        const why = date ? 'a date in the future' : 'not view, load or a YYYY-MM-DD date';
        warnInvalid(tag, 'since', this.since, why, 'counting from when it is first seen');
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
    const { annualAmount, currency, year, source, sourceUrl } = this;
    if (annualAmount != null) {
      const value = Number(annualAmount.trim() || NaN);
      if (value > 0 && value <= largestFigure) basis.annual = value;
      else
        warnInvalid(
          tag,
          'annual-amount',
          annualAmount,
          'not a positive number up to 10^15',
          'using the built-in 2017 amount',
        );
    }
    if (currency != null) {
      if (isKnownCurrency(currency.trim())) basis.currency = currency.trim().toUpperCase();
      else warnInvalid(tag, 'currency', currency, 'not an ISO 4217 currency code', 'using USD');
    }
    if (year != null) {
      if (/^\s*[1-9]\d{3}\s*$/.test(year)) basis.year = Number(year);
      else warnInvalid(tag, 'year', year, 'not a four-digit year', 'using 2017');
    }
    if (sourceUrl != null && !safeUrl(sourceUrl))
      warnInvalid(tag, 'source-url', sourceUrl, 'not an http(s) URL', 'showing the source unlinked');
    const replaced =
      basis.annual !== builtIn.value || basis.currency !== builtIn.currency || basis.year !== builtIn.year || source;
    if (!replaced) return basis;
    return {
      annual: basis.annual,
      currency: basis.currency,
      year: basis.year,
      source: source?.trim() || undefined,
      sourceUrl,
    };
  }

  /** The source named in the basis line: the built-in basis ("World Bank estimates", in English) or the partner's. */
  private sourcePiece() {
    const { citation, source, sourceUrl } = this.basis;
    if (citation?.basis) return html`<span lang="en">${citation.basis}</span>`;
    return source ? partnerSourceTemplate(source, sourceUrl) : undefined;
  }

  /** A partner's basis without a source: leaves out the separator or brackets that would have held it. */
  private dropEmptySource<T>(pieces: Array<T | string>): Array<T | string> {
    if (this.sourcePiece()) return pieces;
    return pieces.map((piece, i) => {
      if (typeof piece !== 'string') return piece;
      const bare = piece.replace(/\s*[(（]\s*[)）]/g, '');
      return i === pieces.length - 1 ? bare.replace(/[\s,，、،]+$/, '') : bare;
    });
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
