import { LitElement, html } from 'lit';
import { defineElement } from './define.js';
import { LocaleController } from './locale-controller.js';
import { themeStyles } from './styles/theme.js';

/**
 * One verbatim quote with its speaker, role, date and source.
 *
 * @tagname migration-quote-block
 */
export class QuoteBlock extends LitElement {
  static override styles = [themeStyles];

  private readonly locale = new LocaleController(this);

  override render() {
    return html`<p>${this.locale.strings.source}</p>`;
  }
}

defineElement('migration-quote-block', QuoteBlock);

declare global {
  interface HTMLElementTagNameMap {
    'migration-quote-block': QuoteBlock;
  }
}
