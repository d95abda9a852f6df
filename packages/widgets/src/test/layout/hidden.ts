/**
 * Check 4, hidden: at sample points of every piece of text, no other element
 * that paints a box (background, image, canvas pixels, SVG fill) is on top of
 * its words. Found by hit testing, inside open shadow roots too.
 */
import { describeElement } from './describe.js';
import { flatContains, GRAPHICS } from './flat-tree.js';
import type { Box } from './geometry.js';
import { problem, type LayoutProblem, type MeasuredRun, type Piece } from './problems.js';
import { TOLERANCE } from './tolerance.js';
import { alphaOf } from './visibility.js';

/** Every element under a point, topmost first, inside open shadow roots too. */
function elementsAt(x: number, y: number): Element[] {
  const within = (root: Document | ShadowRoot): Element[] => {
    const found: Element[] = [];
    for (const element of root.elementsFromPoint(x, y)) {
      // A shadow root also lists the elements around its host: the caller has those.
      if (root instanceof ShadowRoot && element.getRootNode() !== root) continue;
      if (element.shadowRoot && element.shadowRoot !== root) found.push(...within(element.shadowRoot));
      found.push(element);
    }
    return found;
  };
  return within(document);
}

/** How opaque what `element` itself paints at (x, y) is, 0–1 (its text is left to the overlap check). */
function paintedOpacity(element: Element, x: number, y: number): number {
  const style = getComputedStyle(element);
  const opacity = Number(style.opacity || 1);
  if (element instanceof HTMLCanvasElement) {
    try {
      const context = element.getContext('2d');
      if (!context) return opacity;
      const rect = element.getBoundingClientRect();
      const px = Math.floor(((x - rect.left) * element.width) / rect.width);
      const py = Math.floor(((y - rect.top) * element.height) / rect.height);
      const alpha = context.getImageData(px, py, 1, 1).data[3] ?? 255;
      return (alpha / 255) * opacity;
    } catch {
      // Tainted or otherwise unreadable: assume it paints.
      return opacity;
    }
  }
  if (element instanceof SVGElement) {
    if (element instanceof SVGImageElement) return opacity;
    if (element instanceof SVGGeometryElement) {
      return style.fill === 'none' ? 0 : alphaOf(style.fill) * Number(style.fillOpacity || 1) * opacity;
    }
    if (!(element instanceof SVGSVGElement)) return 0;
  }
  if (GRAPHICS.has(element.localName)) return opacity;
  const background = Math.max(alphaOf(style.backgroundColor), style.backgroundImage !== 'none' ? 1 : 0);
  return background * opacity;
}

/** Up to three points to test a run at: the centres of its first, middle and last parts. */
function samplePoints(parts: readonly Box[]): [number, number][] {
  const picks = [...new Set([0, Math.floor(parts.length / 2), parts.length - 1])];
  return picks.flatMap((index) => {
    const part = parts[index];
    return part ? [[(part.left + part.right) / 2, (part.top + part.bottom) / 2] as [number, number]] : [];
  });
}

/** The first element found painting over any sample point of a piece of text, if any. */
function firstCover(group: readonly MeasuredRun[]): Element | null {
  for (const { run, visibleParts } of group) {
    if (visibleParts.length === 0) continue;
    for (const [x, y] of samplePoints(visibleParts)) {
      // Points outside the viewport cannot be hit-tested; the test makes the viewport hold the widget.
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      const stack = elementsAt(x, y);
      const own = stack.findIndex((element) => flatContains(run.element, element));
      // The text's element is not hit here (pointer-events: none, or between SVG glyphs): nothing to tell.
      if (own === -1) continue;
      const cover = stack
        .slice(0, own)
        .find((element) => !flatContains(element, run.element) && paintedOpacity(element, x, y) >= TOLERANCE.opaque);
      if (cover) return cover;
    }
  }
  return null;
}

/** The piece of text hidden behind another element, if it is. */
export function hiddenText(piece: Piece): LayoutProblem[] {
  const { run, quoted } = piece;
  const cover = firstCover(piece.runs);
  return cover
    ? [problem('hidden', `${run.sourceText}|${describeElement(cover)}`, 0, `${quoted} is hidden behind ${describeElement(cover)}`)]
    : [];
}
