import { css } from 'lit';

export const counterStyles = css`
  /* The one size container of the family: the live amount scales with the box (one counter a page, not one per card). */
  .box {
    container-type: inline-size;
  }
  p {
    margin: 0 0 0.5em;
  }
  [part~='lead'] {
    font-size: var(--_step-1);
    line-height: 1.3;
  }
  /* The live amount and an invisible copy of its widest form a day ahead share one grid cell:
     the box is sized for growth, so ticking never shifts the page. It scales with a narrow box (a dated amount in
     trillions is up to ~13 em, in Arabic with Firefox's fallback font, as tested) and, longer still, breaks rather than overflows. */
  [part~='amount'] {
    display: grid;
    /* The track never grows past the box (an auto track would take the amount's unbreakable width): the scaled font
       alone keeps the longest amount inside, but not with a page's own letter-spacing, which shadow trees inherit. */
    grid-template-columns: minmax(0, max-content);
    justify-content: start;
    font-size: min(var(--_step-4), 7cqi);
    font-weight: 700;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
    color: var(--_accent);
  }
  :host([variant='emphasis']) [part~='amount'] {
    font-size: min(var(--_step-5), 7cqi);
  }
  [part~='amount'] > * {
    grid-area: 1 / 1;
  }
  .reserve {
    visibility: hidden;
  }
  /* Paused: the amount is greyed and underlined by a dashed rule, and the button reads "Resume" with a play icon. */
  :host([paused]) [part~='value'] {
    color: var(--_muted);
    /* Longhands: WebKitGTK drops the whole shorthand when it holds a thickness. */
    text-decoration-line: underline;
    text-decoration-style: dashed;
    text-decoration-thickness: 0.06em;
    text-underline-offset: 0.15em;
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
    font-size: var(--_step--1);
  }
  [part~='button'] {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
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
  /* Pause: two bars; play: a triangle pointing the reading direction. Drawn with borders: visible in forced colours. */
  .icon {
    inline-size: 0.75em;
    block-size: 0.8em;
    border-inline: 0.25em solid currentColor;
  }
  :host([paused]) .icon {
    inline-size: 0;
    block-size: 0;
    border-block: 0.45em solid transparent;
    border-inline-start: 0.7em solid currentColor;
    border-inline-end: 0;
  }
  :host([paused]) [part~='button'] {
    color: var(--_surface);
    background: var(--_accent);
  }
  :host([variant='compact']) .box {
    font-size: 0.9em;
  }
  @media (forced-colors: active) {
    :host([paused]) [part~='button'] {
      color: Canvas;
      background: ButtonText;
      forced-color-adjust: none;
    }
  }
`;
