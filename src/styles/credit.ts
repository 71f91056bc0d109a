import { css } from 'lit';

/**
 * The source line every widget shares: the credit, its "Full citation" disclosure and "Copy
 * citation"; and paper, where every widget prints black on white with the full citation and
 * its link addresses written out.
 */
export const creditStyles = css`
  [part~='source'] {
    grid-column: 1 / -1;
  }
  [part~='source'] [hidden] {
    display: none;
  }
  /* A date is one unbroken run: never "United Nations, 12" on one line and "ديسمبر 2017" on the next. */
  [part~='source'] time {
    white-space: nowrap;
  }
  [part~='citation'] .entry:not(:only-child) {
    display: block;
  }
  [part~='citation-button'],
  [part~='copy-citation-button'] {
    padding: 0;
    border: 0;
    font: inherit;
    color: var(--_accent);
    text-decoration: underline;
    background: none;
    cursor: pointer;
  }
  [part~='citation-status']:empty {
    display: none;
  }
  @media print {
    :host,
    :host([theme]),
    :host(:not([theme='light'])) {
      --_accent: #000;
      --_text: #000;
      --_muted: #000;
      --_surface: #fff;
      color-scheme: light;
      color: #000;
      background: #fff;
    }
    [part~='credit'] {
      display: none;
    }
    /* Important: a widget's own [hidden] rule may be important too. */
    [part~='source'] [part~='citation'][hidden] {
      display: inline !important;
    }
    /* Important: an element's own button rule (the counter's inline-flex) comes later in the cascade. */
    [part~='citation-button'],
    .citation-actions {
      display: none !important;
    }
    /* An address is English and left to right in any page: isolated, it cannot scramble an Arabic line. */
    a[href]::after {
      content: ' (' attr(href) ')';
      unicode-bidi: isolate;
      direction: ltr;
    }
  }
`;
