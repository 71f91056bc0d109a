import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from './locale-controller.js';
import { theme, variant, type Theme, type ValueKind, type Variant } from './parsers.js';
import { themeStyles } from './styles/theme.js';
import { takeOver } from './take-over.js';
import { warnInvalid } from './warn.js';

/**
 * What the four elements share: `theme` and `variant` (declared once, warned about the same way),
 * the locale, reading a value with one parser per kind, and a render that cannot blank the widget.
 * A base class rather than controllers: reactive properties need a class to live on.
 */
export abstract class MigrationElement extends LitElement {
  static override styles = [themeStyles];

  /** `light` or `dark` forces one; `system` follows the operating system; by default the host page's `color-scheme`. */
  @property({ reflect: true }) accessor theme: Theme | undefined;
  /** Visual weight: `default`, `compact` or `emphasis`. */
  @property({ reflect: true }) accessor variant: Variant = 'default';

  protected readonly locale = new LocaleController(this);
  private failed = false;

  // A shadow root that came with the HTML (prerendered) is taken over, not appended to.
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return takeOver(this) ?? super.createRenderRoot();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // An unknown word matches no `:host([variant=…])` rule: the default look shows, with a warning.
    if (changed.has('variant')) this.read('variant', this.variant, variant, 'using default');
    if (changed.has('theme')) this.read('theme', this.theme, theme, 'following the page');
  }

  /**
   * The value of `raw` read as `kind`; undefined when absent (null, undefined) or invalid, and an
   * invalid one warns once, naming the element, the attribute, the value and `fallback`.
   */
  protected read<T>(attribute: string, raw: unknown, kind: ValueKind<T>, fallback: string): T | undefined {
    if (raw == null) return undefined;
    const value = kind.parse(raw);
    if (value === undefined) warnInvalid(this.localName, attribute, raw, kind.why, fallback);
    return value;
  }

  protected warn(attribute: string, raw: unknown, why: string, fallback: string): void {
    warnInvalid(this.localName, attribute, raw, why, fallback);
  }

  /** The widget; what the element shows. */
  protected abstract renderWidget(): unknown;

  // Anything thrown while rendering leaves the no-JS fallback (the unnamed content) visible, never an empty box.
  override render(): unknown {
    try {
      return this.renderWidget();
    } catch (error) {
      if (!this.failed) console.error(`<${this.localName}>: could not render; showing its fallback content.`, error);
      this.failed = true;
      return fallbackTemplate;
    }
  }
}

const fallbackTemplate: TemplateResult = html`<slot></slot>`;
