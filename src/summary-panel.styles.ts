import { css } from 'lit';

export const summaryPanelStyles = css`
  /* The panel is one a page: a size container on its box steps the title and links down in a sidebar. */
  .box {
    container-type: inline-size;
    line-height: 1.5;
  }
  :host([variant='compact']) {
    --_space: var(--migration-space, 0.75rem);
    font-size: max(0.9375rem, 13px);
  }
  .heading {
    margin: 0;
    font-size: var(--_step-3);
    line-height: 1.25;
  }
  .figures-heading {
    margin: 0;
    font-size: var(--_step-1);
  }
  p,
  ol {
    margin-block: 0 calc(var(--_space) * 0.75);
  }
  .meta {
    color: var(--_muted);
    font-size: var(--_step--1);
  }
  .lead {
    font-size: var(--_step-1);
  }
  .highlights {
    list-style: none;
    padding: 0;
  }
  /* The source's own markers "(a)" "(b)" "(c)" stay as text, hanging at the inline start. */
  .highlights li {
    display: grid;
    grid-template-columns: 2em 1fr;
  }
  /* Collapsed (the <details> closed, with or without the script): the meta line goes with the details. */
  .box:has(> details:not([open])) .meta {
    display: none;
  }
  .toggle {
    display: inline-block;
    box-sizing: border-box; /* as the <button> it replaced: the minimum size includes padding and border */
    margin-block-end: var(--_space);
    padding-block: 0.375rem;
    padding-inline: 0.75rem;
    min-block-size: 2.25rem;
    font: inherit;
    color: var(--_accent);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .toggle::-webkit-details-marker {
    display: none;
  }
  /* Both labels are in the markup, so the right one shows without the script too. */
  details:not([open]) .when-open,
  details[open] .when-closed {
    display: none;
  }
  /* Key figures: cards of one row share a height, and a card without a year kicker keeps its line,
     so every value sits on one baseline (the stat card reads --_kicker-line). */
  .figures {
    --_kicker-line: 1.75rem;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: calc(var(--_space) * 0.75);
    margin-block-end: var(--_space);
  }
  .figures[hidden] {
    display: none;
  }
  .figures-heading {
    grid-column: 1 / -1;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
  }
  .read-link {
    display: inline-block;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    font-weight: 600;
    color: var(--_surface);
    background: var(--_accent);
    border: 1px solid transparent;
    border-radius: var(--_radius);
    text-decoration: none;
  }
  .languages {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .languages a {
    display: inline-block;
    min-block-size: 1.5rem;
  }
  @container (max-width: 24rem) {
    .heading {
      font-size: var(--_step-2);
    }
    .links {
      flex-direction: column;
      align-items: stretch;
      text-align: center;
    }
  }
  @media (forced-colors: active) {
    .read-link,
    .toggle {
      border-color: CanvasText;
    }
  }
  /* On paper: everything expanded, link addresses written out, no control that cannot be pressed. */
  @media print {
    /* Paper is white whatever the screen's theme: the light tokens, at a specificity that beats theme rules. */
    :host,
    :host([theme]),
    :host(:not([theme='light'])) {
      --_accent: #0072bc;
      --_text: #000;
      --_muted: #4a4a4a;
      --_surface: #fff;
      color-scheme: light;
    }
    .box:has(> details:not([open])) .meta {
      display: block;
    }
    details::details-content {
      display: block;
      content-visibility: visible;
    }
    .toggle {
      display: none;
    }
    .read-link {
      padding: 0;
      color: inherit;
      background: none;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
    }
  }
`;
