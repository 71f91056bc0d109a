import { css } from 'lit';

/** The stat card's own styles, over the shared theme: stacked when narrow, value beside its words when wide. */
export const statCardStyles = css`
  /* Stacked when narrow, the value beside its words when both fit (a wrapping row: no size container per card). */
  .card {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    align-content: start;
    block-size: 100%;
    gap: var(--_space) calc(var(--_space) * 1.5);
  }
  .main {
    flex: 1 1 12rem;
  }
  figcaption {
    flex: 999 1 18rem;
  }
  .main,
  figcaption {
    display: grid;
    gap: 0.5rem;
    align-content: start;
    min-inline-size: 0;
  }
  p {
    margin: 0;
  }
  [hidden] {
    display: none !important;
  }
  [part~='icon'] {
    display: block;
    inline-size: 2.5rem;
    block-size: 2.5rem;
    color: var(--_accent);
  }
  ::slotted([slot='icon']) {
    inline-size: 100%;
    block-size: 100%;
  }
  [part~='year'] {
    color: var(--_muted);
    font-size: max(var(--_step--1), 12px);
    font-weight: 600;
    line-height: 1.25rem;
  }
  /* In a grid of figures (--_kicker-line, set by the summary panel) a card without a year keeps the year's line:
     every value sits on one baseline. */
  .main:not(:has([part~='year'])) {
    padding-block-start: var(--_kicker-line, 0);
  }
  [part~='value'] {
    font-size: var(--_step-4);
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  :host([variant='compact']) [part~='value'] {
    font-size: var(--_step-3);
  }
  :host([variant='emphasis']) [part~='value'] {
    color: var(--_accent);
    font-size: var(--_step-5);
  }
  .approximately {
    font-size: max(0.45em, 11px);
    font-weight: 600;
    vertical-align: middle;
  }
  /* The final digits hold the size (invisible while counting); the moving digits sit over them from its start, so their
     growing text never moves its own start edge (a layout shift in the Layout Instability API). */
  .digits {
    display: inline-grid;
  }
  .digits > * {
    grid-area: 1 / 1;
  }
  .frame {
    justify-self: start;
  }
  [data-counting] .final {
    visibility: hidden;
  }
  /* Not seen yet (src/stat-card.ts, CountUp): the value (with its "about") waits, transparent, to count up from zero when seen. */
  :host(:state(waiting)) [part~='value'] {
    opacity: 0;
  }
  [part~='label'] {
    font-size: max(var(--_step-1), 14px);
    font-weight: 600;
    line-height: 1.3;
  }
  [part~='description'] {
    color: var(--_muted);
  }
  /* The source's words are English: English quotation marks in every page language. */
  q {
    quotes: '“' '”' '‘' '’';
  }
  [part~='source'] {
    color: var(--_muted);
    font-size: max(var(--_step--1), 11px);
  }
  [part~='source-label'] {
    display: block;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  :host([variant='compact']) [part~='label'] {
    font-size: max(var(--_step-0), 14px);
  }
  :host([variant='compact']) [part~='description'],
  :host([variant='compact']) [part~='source'] {
    font-size: max(var(--_step--1), 11px);
  }

  /* The bar: an outlined track with the share filled and closed by a line, legible without colour too. */
  [part~='bar'] {
    min-inline-size: 8rem;
    block-size: 0.875rem;
    border: 1px solid var(--_muted);
    border-radius: 0.25rem;
    overflow: hidden;
  }
  .share {
    display: block;
    block-size: 100%;
    box-sizing: content-box; /* the closing line sits after the share, not inside it */
    inline-size: calc(var(--share) * 1%);
    background: var(--_line);
    border-inline-end: 2px solid var(--_text);
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  .legend {
    display: flex;
    justify-content: space-between;
    margin-block-start: 0.25rem;
    color: var(--_muted);
    font-size: max(0.8125rem, 11px);
    font-variant-numeric: tabular-nums;
  }

  @media (forced-colors: active) {
    [part~='bar'] {
      border-color: CanvasText;
    }
    .share {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
  @media print {
    [data-counting] .final {
      visibility: visible;
    }
    :host(:state(waiting)) [part~='value'] {
      opacity: 1;
    }
    .frame {
      visibility: hidden;
    }
    [part~='bar'] {
      border-color: #000;
    }
  }
`;
