/**
 * Clipping: which ancestors cut an element's content (overflow, paint
 * containment, svg viewports, the edge of a canvas), across shadow roots up
 * to the widget's host, and how far a box pokes out of another.
 */
import { composedParent, GRAPHICS } from './flat-tree.js';
import { toBox, type Box } from './geometry.js';
import { TOLERANCE } from './tolerance.js';

export interface Clipper {
  readonly element: Element;
  /** The box its content is cut to, on the axes it clips. */
  readonly box: Box;
  readonly why: string;
}

/** Whether an element is the containing block of absolutely positioned descendants. */
function containsAbsolute(style: CSSStyleDeclaration): boolean {
  return (
    style.position !== 'static' ||
    style.transform !== 'none' ||
    style.filter !== 'none' ||
    style.perspective !== 'none' ||
    /\b(layout|paint|strict|content)\b/.test(style.contain) ||
    /\b(transform|perspective|filter)\b/.test(style.willChange)
  );
}

/** Whether an element is the containing block of fixed-position descendants (else the viewport is). */
function containsFixed(style: CSSStyleDeclaration): boolean {
  return (
    style.transform !== 'none' ||
    style.filter !== 'none' ||
    style.perspective !== 'none' ||
    /\b(layout|paint|strict|content)\b/.test(style.contain) ||
    /\b(transform|perspective|filter)\b/.test(style.willChange)
  );
}

/** The box an element cuts its content to (padding box for HTML, content box for an svg viewport), and why; null when it cuts nothing. */
function clipOf(element: Element, style: CSSStyleDeclaration): Clipper | null {
  if (style.display === 'contents') return null;
  // A canvas or image paints nothing outside its box (this is what cuts drawn text).
  if (GRAPHICS.has(element.localName) && !(element instanceof SVGElement)) {
    return { element, box: toBox(element.getBoundingClientRect()), why: `the ${element.localName}'s edge` };
  }
  const svgViewport = element instanceof SVGSVGElement || element instanceof SVGForeignObjectElement;
  if (element instanceof SVGElement && !svgViewport) return null;
  const contained = /\b(paint|strict|content)\b/.test(style.contain);
  const clipsX = contained || style.overflowX !== 'visible';
  const clipsY = contained || style.overflowY !== 'visible';
  if (!clipsX && !clipsY) return null;
  const rect = element.getBoundingClientRect();
  const px = (value: string): number => parseFloat(value) || 0;
  const inset = (side: 'Left' | 'Right' | 'Top' | 'Bottom'): number =>
    px(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) +
    (element instanceof SVGSVGElement ? px(style.getPropertyValue(`padding-${side.toLowerCase()}`)) : 0);
  const box: Box = {
    left: clipsX ? rect.left + inset('Left') : Number.NEGATIVE_INFINITY,
    right: clipsX ? rect.right - inset('Right') : Number.POSITIVE_INFINITY,
    top: clipsY ? rect.top + inset('Top') : Number.NEGATIVE_INFINITY,
    bottom: clipsY ? rect.bottom - inset('Bottom') : Number.POSITIVE_INFINITY,
  };
  const why =
    element instanceof SVGSVGElement
      ? 'svg viewport'
      : contained
        ? `contain: ${style.contain}`
        : style.overflowX === style.overflowY
          ? `overflow: ${style.overflowY}`
          : clipsY && style.overflowY !== 'visible'
            ? `overflow-y: ${style.overflowY}`
            : `overflow-x: ${style.overflowX}`;
  return { element, box, why };
}

/**
 * The ancestors that cut `start`'s content, innermost first, from `start`
 * (its own overflow cuts its text) up to and including `host`, across shadow
 * roots. An absolutely positioned box escapes the overflow of ancestors
 * between it and its containing block, so those do not count for it.
 */
export function clippersOf(start: Element, host: Element, includeStart: boolean): Clipper[] {
  const clippers: Clipper[] = [];
  // Set while the box being followed is positioned out of the normal flow, until its containing block is reached.
  let escaping: 'absolute' | 'fixed' | null = null;
  for (let element: Element | null = start; element; element = composedParent(element)) {
    const style = getComputedStyle(element);
    const eligible =
      escaping === null || (escaping === 'absolute' && containsAbsolute(style)) || (escaping === 'fixed' && containsFixed(style));
    if (eligible) escaping = null;
    if (eligible && (element !== start || includeStart)) {
      const clip = clipOf(element, style);
      if (clip) clippers.push(clip);
    }
    if (element === host) break;
    if (escaping === null && (style.position === 'absolute' || style.position === 'fixed')) escaping = style.position;
  }
  return clippers;
}

/** How far `box` pokes out of `frame`, and on which sides. */
export function overflowOf(box: Box, frame: Box): { amount: number; sides: string[] } {
  const bySide: [string, number][] = [
    ['left', frame.left - box.left],
    ['right', box.right - frame.right],
    ['top', frame.top - box.top],
    ['bottom', box.bottom - frame.bottom],
  ];
  const out = bySide.filter(([, by]) => by > TOLERANCE.edge);
  return { amount: Math.max(0, ...out.map(([, by]) => by)), sides: out.map(([side]) => side) };
}
