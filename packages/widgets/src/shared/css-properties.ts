import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS custom properties on an element through the CSSOM
 * (`style.setProperty`), never through a `style` attribute: a page with a
 * strict Content-Security-Policy (no 'unsafe-inline' styles) refuses style
 * attributes, and Lit's `styleMap` writes one on first render. Used for
 * geometry only (sizes and positions); colours are classes.
 *
 *   <div ${cssProperties({ '--x': '12px' })}></div>
 */
class CssPropertiesDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProperties() goes on an element: <div ${cssProperties({...})}>');
  }

  render(_properties: Readonly<Record<`--${string}`, string | number>>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Readonly<Record<`--${string}`, string | number>>]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.previous) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, String(value));
    this.previous = new Set(Object.keys(properties));
    return noChange;
  }
}

export const cssProperties = directive(CssPropertiesDirective);
