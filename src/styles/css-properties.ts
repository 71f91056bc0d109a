import { noChange, nothing } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS custom properties on an element through the CSSOM (`style.setProperty`), never
 * through a `style` attribute: Lit's styleMap writes the attribute on first render, which a
 * strict Content-Security-Policy (`style-src 'self'`) blocks.
 */
class CssPropertiesDirective extends Directive {
  private names = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT)
      throw new Error('cssProperties() goes on an element: <div ${cssProperties({…})}>');
  }

  render(_properties: Record<string, string | number>): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [properties]: [Record<string, string | number>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.names) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, String(value));
    this.names = new Set(Object.keys(properties));
    return noChange;
  }
}

export const cssProperties = directive(CssPropertiesDirective);
