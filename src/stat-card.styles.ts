import { css } from 'lit';

/** The stat card's own styles, over the shared theme: stacked when narrow, value beside its words when wide. */
export const statCardStyles = css`
  .container {
    container-type: inline-size;
  }
  .card {
    margin: 0;
    padding: var(--_space);
  }
  :host([variant='emphasis']) .card {
    border-inline-start: 0.375rem solid var(--_line);
  }
  .main,
  figcaption {
    display: grid;
    gap: 0.5rem;
    align-content: start;
  }
  figcaption {
    margin-block-start: 0.75rem;
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
    font-size: max(0.875rem, 12px);
    font-weight: 600;
  }
  [part~='value'] {
    font-size: clamp(1.75rem, 14cqi, 4.5rem);
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  :host([variant='compact']) [part~='value'] {
    font-size: clamp(1.5rem, 9cqi, 2.5rem);
  }
  :host([variant='emphasis']) [part~='value'] {
    color: var(--_accent);
    font-size: clamp(2rem, 16cqi, 5.5rem);
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
  [part~='label'] {
    font-size: max(1.125rem, 16px);
    font-weight: 600;
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
    font-size: max(0.8125rem, 11px);
  }
  [part~='source-label'] {
    display: block;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  :host([variant='compact']) .card {
    padding: calc(var(--_space) * 0.75);
  }
  :host([variant='compact']) [part~='label'] {
    font-size: max(1rem, 14px);
  }
  :host([variant='compact']) [part~='description'],
  :host([variant='compact']) [part~='source'] {
    font-size: max(0.8125rem, 11px);
  }

  /* The bar: an outlined track with the share filled and closed by a line, legible without colour too. */
  [part~='bar'] {
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

  @container (min-width: 36rem) {
    .card {
      display: grid;
      grid-template-columns: fit-content(50%) 1fr;
      gap: calc(var(--_space) * 1.5);
      align-items: center;
      padding: calc(var(--_space) * 1.5);
    }
    figcaption {
      margin: 0;
    }
    [part~='label'] {
      font-size: max(1.375rem, 19px);
    }
    [part~='value'] {
      font-size: min(3.5rem, 7cqi);
    }
    :host([variant='emphasis']) [part~='value'] {
      font-size: min(4.25rem, 8.5cqi);
    }
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
    .frame {
      visibility: hidden;
    }
    [part~='bar'] {
      border-color: #000;
    }
  }
`;
