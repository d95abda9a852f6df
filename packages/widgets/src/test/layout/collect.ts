/**
 * Collecting what a widget paints: every visible text run and every graphic,
 * walking its rendered tree through shadow roots and slots, and the text a
 * widget draws on a canvas when it says where (`DrawsText`).
 */
import { composedParent, GRAPHICS, HTML_NOT_RENDERED, renderedChildren, SVG_NOT_RENDERED } from './flat-tree.js';
import { isEmpty, toBox, type Box } from './geometry.js';
import { htmlRuns, svgRun, type TextRun } from './text-runs.js';
import { boxedAncestor, hasVisibleInk, isVisuallyHidden } from './visibility.js';

/** A drawing (canvas, svg, img…) in the widget: it must lie inside the widget and not be cut. */
export interface GraphicBox {
  readonly element: Element;
  readonly box: Box;
}

/**
 * Text a widget draws on a canvas, in viewport CSS px (as
 * `getBoundingClientRect()` gives them). A widget exposing
 * `layoutBoxes(): readonly DrawnTextBox[]` has that text checked like DOM text.
 */
export interface DrawnTextBox {
  readonly text: string;
  /** The canvas it is drawn on. */
  readonly element: Element;
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  /** The size the text is drawn at, in CSS px. */
  readonly fontSize: number;
}

export interface DrawsText {
  layoutBoxes(): readonly DrawnTextBox[];
}

export interface Collected {
  readonly runs: TextRun[];
  readonly graphics: GraphicBox[];
}

/** Every visible text run and every graphic of `host`, through its shadow root. */
export function collect(host: Element): Collected {
  const runs: TextRun[] = [];
  const graphics: GraphicBox[] = [];
  const visit = (node: Node): void => {
    if (node instanceof Text) {
      if (!/\S/.test(node.data)) return;
      const parent = composedParent(node);
      if (!parent) return;
      // visibility is inherited: the parent's computed value is the text's.
      const style = getComputedStyle(parent);
      if (style.visibility !== 'visible') return;
      // checkVisibility() is false for an element without a box (display: contents): ask the nearest box.
      if (!boxedAncestor(parent).checkVisibility({ opacityProperty: true })) return;
      if (parent instanceof SVGElement) {
        if (!(parent instanceof SVGTextContentElement) || !hasVisibleInk(style, true)) return;
        const run = svgRun(node, parent, style);
        if (run) runs.push(run);
        return;
      }
      if (!hasVisibleInk(style, false)) return;
      runs.push(...htmlRuns(node, parent, style));
      return;
    }
    if (!(node instanceof Element)) {
      if (node instanceof DocumentFragment) renderedChildren(node).forEach(visit);
      return;
    }
    const svg = node instanceof SVGElement;
    if (svg ? SVG_NOT_RENDERED.has(node.localName) : HTML_NOT_RENDERED.has(node.localName)) return;
    const style = getComputedStyle(node);
    // No box of its own, but its children are laid out as if they were its parent's: look at them.
    if (style.display === 'contents') {
      renderedChildren(node).forEach(visit);
      return;
    }
    // Not rendered (display none, closed <details>, content-visibility hidden), or fully transparent: nothing below shows.
    if (!node.checkVisibility({ opacityProperty: true })) return;
    if (isVisuallyHidden(node, style)) return;
    const outerSvg = node instanceof SVGSVGElement && !(node.parentNode instanceof SVGElement);
    if ((GRAPHICS.has(node.localName) && !svg) || outerSvg) {
      const box = toBox(node.getBoundingClientRect());
      if (!isEmpty(box) && style.visibility === 'visible') graphics.push({ element: node, box });
    }
    renderedChildren(node).forEach(visit);
  };
  renderedChildren(host).forEach(visit);
  const drawn = (host as Partial<DrawsText>).layoutBoxes;
  if (typeof drawn === 'function') {
    for (const label of drawn.call(host)) {
      const box = { left: label.left, top: label.top, right: label.left + label.width, bottom: label.top + label.height };
      if (isEmpty(box) || !label.text.trim()) continue;
      const text = label.text.trim();
      runs.push({
        text,
        element: label.element,
        kind: 'canvas',
        source: label,
        sourceText: text,
        box,
        parts: [box],
        fontSize: label.fontSize,
      });
    }
  }
  return { runs, graphics };
}
