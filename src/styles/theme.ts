import { css } from 'lit';

const darkTokens = css`
  --_accent: var(--migration-accent, #7cc8f0);
  --_text: var(--migration-text, #f1f1f1);
  --_muted: var(--migration-muted, #c4c4c4);
  --_surface: var(--migration-surface, #14202b);
  color-scheme: dark;
`;

/**
 * Every widget's base: the host page's font, `--migration-*` tokens with fallbacks, light and
 * dark. Text colours meet 4.5:1 on their surface; UN blue (#009edb) is for bars and borders only.
 */
export const themeStyles = css`
  :host {
    --_accent: var(--migration-accent, #0072bc);
    --_text: var(--migration-text, #1b1b1b);
    --_muted: var(--migration-muted, #4a4a4a);
    --_surface: var(--migration-surface, #ffffff);
    --_line: var(--migration-line, #009edb);
    --_radius: var(--migration-radius, 0.5rem);
    --_space: var(--migration-space, 1rem);
    display: block;
    /* Container queries give a widget no width of its own: never let a shrink-to-fit parent collapse it. */
    min-inline-size: min(100%, 16em);
    box-sizing: border-box;
    font-family: var(--migration-font-family, inherit);
    font-size: max(1em, 12px);
    color: var(--_text);
    background: var(--_surface);
    border-radius: var(--_radius);
    color-scheme: light;
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
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
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
    :host {
      border: 1px solid CanvasText;
    }
  }
`;
