import { css } from 'lit';

export const counterStyles = css`
  :host {
    container-type: inline-size;
    padding: var(--_space);
    border-inline-start: 0.25rem solid var(--_line);
  }
  p {
    margin: 0 0 0.5em;
  }
  [part~='lead'] {
    font-size: 1.05em;
  }
  /* The live amount and an invisible copy of its widest form a day ahead share one grid cell:
     the box is sized for growth, so ticking never shifts the page. */
  [part~='amount'] {
    display: grid;
    justify-content: start;
    font-size: 2.25em;
    font-weight: 700;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
    color: var(--_accent);
    white-space: nowrap;
  }
  [part~='amount'] > * {
    grid-area: 1 / 1;
  }
  .reserve {
    visibility: hidden;
  }
  [part~='basis'],
  [part~='note'],
  [part~='source'] {
    color: var(--_muted);
  }
  [part~='note'] {
    font-style: italic;
  }
  [part~='source'] {
    display: block;
    margin: 0;
    font-size: 0.85em;
  }
  [part~='button'] {
    font: inherit;
    padding-block: 0.25em;
    padding-inline: 0.9em;
    margin-block-end: 0.5em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    color: var(--_accent);
    background: var(--_surface);
    cursor: pointer;
  }
  [part~='button'][aria-pressed='true'] {
    color: var(--_surface);
    background: var(--_accent);
  }
  :host([variant='compact']) {
    padding: calc(var(--_space) / 2);
    font-size: 0.9em;
  }
  :host([variant='emphasis']) [part~='amount'] {
    font-size: 3em;
  }
  @container (inline-size < 22rem) {
    [part~='amount'] {
      font-size: 1.6em;
    }
  }
  @media (forced-colors: active) {
    [part~='button'][aria-pressed='true'] {
      color: Canvas;
      background: ButtonText;
      forced-color-adjust: none;
    }
  }
`;
