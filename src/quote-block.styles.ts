import { css } from 'lit';

/** The quote block's own layout; colours and fonts come from `themeStyles`. */
export const quoteBlockStyles = css`
  figure {
    container: quote-block / inline-size;
    margin: 0;
    padding: var(--_space);
    border-inline-start: 4px solid var(--_line);
  }
  blockquote {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.5;
  }
  /* The marks are the quote's language's own (quotes: auto), drawn by CSS and never part of the words. */
  .text {
    margin: 0;
    quotes: auto;
    /* A partner's quote keeps its line breaks (newlines in its text, never markup). */
    white-space: pre-line;
  }
  .text::before {
    content: open-quote;
  }
  .text::after {
    content: close-quote;
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
    font-size: 0.875em;
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
  :host([variant='compact']) figure {
    padding: calc(var(--_space) / 2);
  }
  :host([variant='compact']) blockquote {
    font-size: 1em;
  }
  :host([variant='emphasis']) blockquote {
    font-size: 1.4em;
    font-style: italic;
  }
  @container quote-block (max-width: 20rem) {
    blockquote {
      font-size: 1em;
    }
    .actions {
      flex-direction: column;
      align-items: stretch;
    }
  }
  @media (forced-colors: active) {
    figure {
      border-inline-start-color: CanvasText;
    }
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
