/** Seconds in a 365-day year: an annual figure spread evenly over it gives a rate per second. */
const secondsPerYear = 365 * 86_400;

/** An annual amount spread evenly over the year: what flows in a given time. Pure arithmetic, no clock. */
export class RemittanceRate {
  /** The amount per second. */
  readonly perSecond: number;

  constructor(readonly annual: number) {
    this.perSecond = annual / secondsPerYear;
  }

  /** What flows in `elapsedMs` milliseconds. */
  amountAt(elapsedMs: number): number {
    return (this.annual * elapsedMs) / (secondsPerYear * 1000);
  }
}

/**
 * Milliseconds elapsed since a start instant, less the time spent paused. Every instant is passed
 * in (epoch ms), so the value always comes from the clock and never from adding up ticks.
 */
export class PausableSpan {
  private start: number | undefined;
  private pausedAt: number | undefined;

  /** A start instant is known. */
  get started(): boolean {
    return this.start !== undefined;
  }

  /** Counts from `at`; a paused span starts frozen at `now`. */
  startAt(at: number, now: number): void {
    this.start = at;
    if (this.pausedAt !== undefined) this.pausedAt = now;
  }

  /** Forgets the start (the pause state stays). */
  reset(): void {
    this.start = undefined;
  }

  pause(now: number): void {
    this.pausedAt ??= now;
  }

  /** Continues from the frozen value: the paused time is not counted. */
  resume(now: number): void {
    if (this.pausedAt === undefined) return;
    if (this.start !== undefined) this.start += now - this.pausedAt;
    this.pausedAt = undefined;
  }

  /** Never negative: a clock set back before the start counts nothing, not a negative amount. */
  elapsed(now: number): number {
    return this.start === undefined ? 0 : Math.max(0, (this.pausedAt ?? now) - this.start);
  }
}
