import { LitElement, html } from 'lit';
import { defineElement } from './define.js';
import { LocaleController } from './locale-controller.js';
import { themeStyles } from './styles/theme.js';

/**
 * The report at a glance: title, symbol, date, summary, highlights and links.
 *
 * @tagname migration-summary-panel
 */
export class SummaryPanel extends LitElement {
  static override styles = [themeStyles];

  private readonly locale = new LocaleController(this);

  override render() {
    return html`<p>${this.locale.strings.source}</p>`;
  }
}

defineElement('migration-summary-panel', SummaryPanel);

declare global {
  interface HTMLElementTagNameMap {
    'migration-summary-panel': SummaryPanel;
  }
}
