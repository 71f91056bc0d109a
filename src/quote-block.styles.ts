import { css } from 'lit';

/** The quote block's own layout; colours and fonts come from `themeStyles`. */
export const quoteBlockStyles = css`
  /* A quote may sit in a sidebar or a hero: its type steps down in a narrow box (a container on the figure). */
  figure {
    container: quote-block / inline-size;
  }
  /* A pull quote: a size above the text around it, a measure of about 65 characters, the opening mark hanging. */
  blockquote {
    margin: 0;
    max-inline-size: 65ch;
    font-size: var(--_step-2);
    line-height: 1.4;
  }
  /* The marks are the quote's language's own (quotes: auto), drawn by CSS and never part of the words. */
  .text {
    position: relative;
    margin: 0;
    quotes: auto;
    /* A partner's quote keeps its line breaks (newlines in its text, never markup). */
    white-space: pre-line;
  }
  .text::before {
    content: open-quote;
    position: absolute;
    inset-inline-end: 100%;
    color: var(--_accent);
    font-weight: 700;
  }
  .text::after {
    content: close-quote;
  }
  /* Clamped text clips what hangs outside it: the opening mark comes back inline. */
  .text.clamped::before {
    position: static;
  }
  .text.clamped {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_clamp);
    line-clamp: var(--_clamp);
    overflow: hidden;
  }
  figcaption {
    margin-block-start: 0.75em;
    color: var(--_muted);
  }
  [part~='attribution'] {
    display: block;
    color: var(--_text);
    font-weight: 600;
  }
  [part~='attribution']::before {
    content: '— ';
  }
  [part~='source'] {
    display: block;
    font-size: var(--_step--1);
    margin: 0.25em 0 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-start: 0.75em;
  }
  button {
    font: inherit;
    font-size: 0.875em;
    color: var(--_accent);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding-block: 0.25em;
    padding-inline: 0.75em;
    cursor: pointer;
  }
  [part~='more-button'] {
    margin-block-start: 0.5em;
  }
  [part~='status'] {
    font-size: 0.875em;
  }
  :host([variant='compact']) blockquote {
    font-size: var(--_step-1);
  }
  :host([variant='emphasis']) blockquote {
    font-size: var(--_step-3);
    font-style: italic;
    line-height: 1.3;
  }
  @container quote-block (max-width: 20rem) {
    blockquote,
    :host([variant='emphasis']) blockquote {
      font-size: var(--_step-1);
    }
    .actions {
      flex-direction: column;
      align-items: stretch;
    }
  }
  @media (forced-colors: active) {
    button {
      color: ButtonText;
      border-color: ButtonText;
    }
  }
  @media print {
    .actions,
    [part~='more-button'] {
      display: none;
    }
    .text.clamped {
      display: block;
      overflow: visible;
    }
  }
`;
