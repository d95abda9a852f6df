/**
 * Whether a reader can see what an element paints: a colour that is not
 * transparent, not the screen-reader-only idiom, and which element's box to
 * ask. The collecting (collect.ts) skips what a reader cannot see; the list
 * of what that is heads ../layout.ts.
 */
import { composedParent } from './flat-tree.js';

/** The alpha of a computed colour (`rgb()`, `rgba()`, `color(… / a)`, `transparent`). */
export function alphaOf(color: string): number {
  const value = color.trim();
  if (value === '' || value === 'transparent' || value === 'none') return 0;
  const slash = value.match(/\/\s*([\d.]+)(%?)\s*\)$/);
  if (slash?.[1]) return Number(slash[1]) / (slash[2] ? 100 : 1);
  const rgba = value.match(/^rgba\(([^)]*)\)$/);
  if (rgba?.[1]) {
    const parts = rgba[1].split(',');
    if (parts.length === 4) return Number(parts[3]);
  }
  return 1;
}

/**
 * The screen-reader-only idiom: the element is there for assistive
 * technology and deliberately shows nothing (clip-path inset(50%), clip
 * rect(0 0 0 0), or a box of at most 1 px that hides its overflow).
 */
export function isVisuallyHidden(element: Element, style: CSSStyleDeclaration): boolean {
  if (/^inset\(\s*50%/.test(style.clipPath)) return true;
  if (
    (style.position === 'absolute' || style.position === 'fixed') &&
    /^rect\(\s*0(px)?,?\s+0(px)?,?\s+0(px)?,?\s+0(px)?\s*\)$/.test(style.clip)
  )
    return true;
  if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
    const rect = element.getBoundingClientRect();
    if (rect.width <= 1 && rect.height <= 1) return true;
  }
  return false;
}

/** Whether text in an element with this style is painted in a visible colour. */
export function hasVisibleInk(style: CSSStyleDeclaration, svg: boolean): boolean {
  if (svg) {
    const fill = style.fill === 'none' ? 0 : alphaOf(style.fill) * Number(style.fillOpacity || 1);
    return fill > 0;
  }
  const fillColor = style.getPropertyValue('-webkit-text-fill-color');
  return alphaOf(style.color) > 0 && (fillColor === '' || alphaOf(fillColor) > 0);
}

/** The element itself, or its nearest ancestor that has a box (skipping `display: contents`). */
export function boxedAncestor(element: Element): Element {
  for (let current: Element | null = element; current; current = composedParent(current)) {
    if (getComputedStyle(current).display !== 'contents') return current;
  }
  return element;
}
