import { css } from 'lit';

/**
 * Every widget's base: the host page's font, `--migration-*` tokens with fallbacks, one type scale
 * and spacing for the family, and the box (padding, border, background, accent rule).
 *
 * Colours are `light-dark()` pairs resolved by the inherited `color-scheme`: with no `theme` a widget
 * follows the host page (a page that declares nothing stays light whatever the OS says; a page with
 * `color-scheme: light dark` or a dark toggle that switches it gets matching widgets). Text colours meet
 * 4.5:1 on their surface; UN blue (#009edb) is for bars and borders only.
 *
 * The box sits on the inner `.box`, never on `:host`: a page's `*` rule (Tailwind's preflight) beats `:host`.
 */
export const themeStyles = css`
  :host {
    --_accent: var(--migration-accent, light-dark(#0072bc, #7cc8f0));
    --_text: var(--migration-text, light-dark(#1b1b1b, #f1f1f1));
    --_muted: var(--migration-muted, light-dark(#4a4a4a, #c4c4c4));
    --_surface: var(--migration-surface, light-dark(#ffffff, #14202b));
    --_line: var(--migration-line, #009edb);
    --_radius: var(--migration-radius, 0.5rem);
    --_space: var(--migration-space, 1rem);
    --_rule: 0.25rem;
    /* The type scale (a 1.2 ratio from the host's size): every element sizes its text from these steps. */
    --_step--1: 0.8125em;
    --_step-0: 1em;
    --_step-1: 1.125em;
    --_step-2: 1.375em;
    --_step-3: 1.75em;
    --_step-4: 2.25em;
    --_step-5: 2.75em;
    display: block;
    /* A shrink-to-fit parent (a flex row) gives a widget no width of its own: never let it collapse. */
    min-inline-size: min(100%, 16em);
    font-family: var(--migration-font-family, inherit);
    font-size: max(1em, 12px);
    line-height: 1.45;
    color: var(--_text);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='system']) {
    color-scheme: light dark;
  }
  :host([variant='emphasis']) {
    --_rule: 0.5rem;
  }
  /* A host page may reset the host itself (a reset such as "* { all: unset }") or shrink its root font: the shadow tree keeps our colours and a legible size. */
  :host > * {
    color: var(--_text);
    font-size: max(1em, 12px);
  }
  :host([hidden]) {
    display: none;
  }
  /* Prerendered, before the script (or without one): controls that need it take their place unseen. */
  :host(:not(:defined)) .script-only {
    visibility: hidden;
  }
  .box {
    box-sizing: border-box;
    margin: 0;
    padding: var(--_space);
    background: var(--_surface);
    border: 0 solid var(--_line);
    border-inline-start-width: var(--_rule);
    border-radius: var(--_radius);
    /* The accent rule runs straight along the start edge. */
    border-start-start-radius: 0;
    border-end-start-radius: 0;
    /* A word wider than a narrow column breaks rather than overflows (and lets grids and flex rows shrink). */
    overflow-wrap: anywhere;
  }
  :host([variant='compact']) .box {
    padding: calc(var(--_space) * 0.75);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .box {
      border: 1px solid CanvasText;
      border-inline-start-width: var(--_rule);
    }
  }
`;
