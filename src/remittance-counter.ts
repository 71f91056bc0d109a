import { LitElement, html } from 'lit';
import { defineElement } from './define.js';
import { LocaleController } from './locale-controller.js';
import { themeStyles } from './styles/theme.js';

/**
 * Remittances sent home, ticking live at the 2017 rate.
 *
 * @tagname migration-remittance-counter
 */
export class RemittanceCounter extends LitElement {
  static override styles = [themeStyles];

  private readonly locale = new LocaleController(this);

  override render() {
    return html`<p>${this.locale.strings.source}</p>`;
  }
}

defineElement('migration-remittance-counter', RemittanceCounter);

declare global {
  interface HTMLElementTagNameMap {
    'migration-remittance-counter': RemittanceCounter;
  }
}
