import { LitElement, html } from 'lit';
import { defineElement } from './define.js';
import { LocaleController } from './locale-controller.js';
import { themeStyles } from './styles/theme.js';

/**
 * One key figure of the report: value, label, context and source.
 *
 * @tagname migration-stat-card
 */
export class StatCard extends LitElement {
  static override styles = [themeStyles];

  private readonly locale = new LocaleController(this);

  override render() {
    return html`<p>${this.locale.strings.source}</p>`;
  }
}

defineElement('migration-stat-card', StatCard);

declare global {
  interface HTMLElementTagNameMap {
    'migration-stat-card': StatCard;
  }
}
