import {
  LitElement,
  css,
  html,
  type CSSResultOrNative,
  type ComplexAttributeConverter,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { citationRuns, citationText, creditRuns, type Citable, type CitationOptions } from './citation-runs.js';
import { CitationDisclosure, creditSource } from './credit.js';
import { frozen } from './frozen.js';
import { LocaleController } from './locale-controller.js';
import {
  citationDisplay,
  theme,
  variant,
  type CitationDisplay,
  type Theme,
  type ValueKind,
  type Variant,
} from './parsers.js';
import { creditStyles } from './styles/credit.js';
import { themeStyles } from './styles/theme.js';
import { takeOver } from './take-over.js';
import { warnInvalid } from './warn.js';

/**
 * What the four elements share: `theme` and `variant` (declared once, warned about the same way),
 * the locale, reading a value with one parser per kind, and a render that cannot blank the widget.
 * A base class rather than controllers: reactive properties need a class to live on.
 */
export abstract class MigrationElement extends LitElement {
  static override styles = [
    themeStyles,
    creditStyles,
    css`
      .untranslated {
        display: contents;
      }
    `,
  ];

  // A static getter, not decorators: no decorator down-levelling in the standalone file, and lit-analyzer reads it.
  static override get properties(): PropertyDeclarations {
    return {
      theme: { reflect: true },
      variant: { reflect: true },
      citation: {},
    };
  }

  /** `light` or `dark` forces one; `system` follows the operating system; by default the host page's `color-scheme`. */
  declare theme: Theme | undefined;
  /** Visual weight: `default`, `compact` or `emphasis`. */
  declare variant: Variant;
  /** `credit`: a one-line source credit, the full citation one click away; `full`: the full citation inline. Print always shows it in full. */
  declare citation: CitationDisplay;

  constructor() {
    super();
    this.variant = 'default';
    this.citation = 'credit';
  }

  protected readonly locale = new LocaleController(this);
  private readonly disclosure = new CitationDisclosure(this);
  private failed = false;

  // A shadow root that came with the HTML (prerendered) is taken over, not appended to.
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // First connected in another document, Lit's sheets would be refused: connectedCallback adopts copies.
    if (this.ownerDocument !== document) {
      // eslint-disable-next-line wc/attach-shadow-constructor -- Lit's own createRenderRoot attaches it here too
      return this.shadowRoot ?? this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
    }
    return takeOver(this) ?? super.createRenderRoot();
  }

  // Moved to another document and back (iframe, print, adoptNode), the root has lost its sheets (lit/lit#4868).
  override connectedCallback(): void {
    super.connectedCallback();
    // Not `renderRoot instanceof ShadowRoot`: first connected in an iframe, Firefox makes the root the iframe window's.
    const root = this.shadowRoot;
    // Where there are no adopted sheets at all (jsdom), Lit wrote <style> elements: nothing was lost.
    if (root?.adoptedStyleSheets?.length === 0) {
      const styles = (this.constructor as typeof LitElement).elementStyles;
      root.adoptedStyleSheets = styles.flatMap((style) => sheetIn(this.ownerDocument, style));
    }
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

  /** The source line of built-in items: one credit for all, the full citation of each behind one disclosure. */
  protected renderCredit(items: readonly Citable[], options: CitationOptions = {}): TemplateResult {
    const { strings, lang, dir, untranslated } = this.locale;
    const full = this.read('citation', this.citation, citationDisplay, 'showing the one-line credit') === 'full';
    // The same for every widget crediting these items in this language: built once, without bindings.
    const owners = [strings, ...items.map((item) => item.citation)];
    // Runs in English need no isolate only in a widget that is English, left to right, in an English page.
    const isolate = untranslated || dir === 'rtl' || !/^en\b/i.test(lang);
    const key = JSON.stringify([lang, isolate, options, items.map((item) => [item.speaker, item.role])]);
    const source = (open: boolean) =>
      frozen(owners, `${key} ${open}`, () => {
        const credit = creditRuns(items[0]!, lang, options);
        const citation = items.map((item) => citationRuns(item, lang, options));
        return creditSource(strings, { credit, citation }, open, isolate);
      });
    return this.disclosure.render(strings, source, () => items.map(citationText).join('\n'), full);
  }

  /** The widget; what the element shows. */
  protected abstract renderWidget(): unknown;

  // Anything thrown while rendering leaves the no-JS fallback (the unnamed content) visible, never an empty box.
  override render(): unknown {
    try {
      const widget = this.renderWidget();
      // A page language without strings: the widget is English throughout, and says so to screen readers and layout.
      return this.locale.untranslated ? html`<div class="untranslated" lang="en" dir="ltr">${widget}</div>` : widget;
    } catch (error) {
      if (!this.failed) console.error(`<${this.localName}>: could not render; showing its fallback content.`, error);
      this.failed = true;
      return fallbackTemplate;
    }
  }
}

/**
 * A number-like property's attribute read by `kind`'s parser; text that is not such a number stays as written,
 * so the element warns about it in the attribute's own words, as it does about a value set from script.
 */
export function numberConverter(kind: ValueKind<number>): ComplexAttributeConverter<unknown> {
  return { fromAttribute: (text) => (text === null ? undefined : (kind.parse(text) ?? text)) };
}

const fallbackTemplate: TemplateResult = html`<slot></slot>`;

const copies = new WeakMap<Document, WeakMap<CSSResultOrNative, CSSStyleSheet>>();

/** `style` as a sheet `doc` accepts: a constructed sheet belongs to the document whose window made it. */
function sheetIn(doc: Document, style: CSSResultOrNative): CSSStyleSheet[] {
  const own = style instanceof CSSStyleSheet ? style : style.styleSheet;
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (!own || !Sheet || doc === document) return own ? [own] : [];
  const forDoc = copies.get(doc) ?? new WeakMap<CSSResultOrNative, CSSStyleSheet>();
  copies.set(doc, forDoc);
  let copy = forDoc.get(style);
  if (!copy) {
    copy = new Sheet();
    copy.replaceSync([...own.cssRules].map((rule) => rule.cssText).join('\n'));
    forDoc.set(style, copy);
  }
  return [copy];
}
