/**
 * Measuring a widget the way a reader sees it: the boxes of the text that is
 * really painted, not the DOM that holds it. DOM tests passed while readers
 * saw text cut mid-sentence, labels on top of each other and words painted
 * outside the widget; these helpers look at pixels' positions instead.
 *
 * What is measured, piercing open shadow roots (and following slots):
 * - HTML text: every word's boxes (`Range.getClientRects()`), grouped into
 *   runs, one per line of each text node;
 * - SVG `<text>`/`<tspan>`: one run per text node (one line each), in screen
 *   coordinates, with the font size as rendered (viewBox scale included);
 * - canvas text cannot be read from the DOM. A widget may expose
 *   `layoutBoxes()` (see `DrawsText`) to have it checked; otherwise only the
 *   canvas itself is checked (inside the widget, not clipped);
 * - the graphics (canvas, outer svg, img, video, iframe): inside and not clipped.
 *
 * Text a reader cannot see is skipped: display none (and closed <details>),
 * visibility hidden, opacity 0, transparent colour (SVG: no fill), zero size,
 * and the "visually hidden" idiom for screen readers (clip-path inset(50%),
 * clip rect(0 0 0 0), or a 1 px box that hides its overflow). `aria-hidden`
 * text is seen, so it is measured. Text cut by an ancestor's overflow
 * (hidden, auto, scroll, clip) or by an svg viewport is NOT skipped: that is
 * the bug of text cut mid-sentence, reported as "clipped".
 *
 * Checks (see `checkLayout`):
 * 1. inside: the visible part of every run lies within the host's border box;
 * 2. clipped: every run lies fully within every clipping ancestor, across
 *    shadow boundaries (up to and including the host);
 * 3. overlap: no two runs' word boxes intersect by more than 2 px in both axes;
 * 4. hidden: at sample points of every run, no other element that paints a
 *    box (background, image, canvas pixels, SVG fill) is on top of its text;
 * 5. font size: every run is at least 11 px as rendered.
 */

/** A rectangle in viewport (client) CSS pixels. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** One line of text as a reader sees it. */
export interface TextRun {
  /** The words of the line. */
  readonly text: string;
  /** The element holding the text (a text node's parent; the canvas for drawn text). */
  readonly element: Element;
  readonly kind: 'html' | 'svg' | 'canvas';
  /**
   * The piece of text it belongs to, problems are reported once per piece:
   * the nearest block (paragraph, table cell, button, list item) around
   * HTML text, the `<text>` element of SVG text, the drawn label.
   */
  readonly source: object;
  /** All the words of that piece, to name it in messages. */
  readonly sourceText: string;
  /** The union of `parts`. */
  readonly box: Box;
  /** Tight boxes of the words (HTML), or of the line (SVG, canvas). */
  readonly parts: readonly Box[];
  /** Font size as rendered, in CSS px (SVG: scaled by the viewBox and transforms). */
  readonly fontSize: number;
}

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

export type LayoutCheck = 'inside' | 'clipped' | 'overlap' | 'hidden' | 'font-size';

export interface LayoutProblem {
  readonly check: LayoutCheck;
  /** The same problem in another state has the same key (it leaves out pixel amounts). */
  readonly key: string;
  /** How bad, in px (how far outside, how much cut, overlap size, how small). */
  readonly amount: number;
  /** Readable sentence, with `{amount}` where the amount goes. */
  readonly template: string;
  /** For text cut by a clipping box: the box, the text, and how much of it is cut (to list many cuts by one box together). */
  readonly cut?: { readonly by: string; readonly text: string; readonly extent: string };
}

/** Tolerances, and why. */
export const TOLERANCE = {
  /**
   * Inside and clipped: 1 px. Boxes are fractional and the browser snaps
   * painting to device pixels, so a box may poke out by a fraction of a
   * pixel without anything being cut off or painted outside.
   */
  edge: 1,
  /**
   * Overlap: more than 2 px in both axes. Word boxes of neighbouring inline
   * runs touch and may overlap by a fraction of a pixel (kerning across
   * elements, side bearings, italics); 2 px is less than a glyph's stem, so
   * anything larger is glyphs on glyphs. SVG labels with a halo (a wide
   * background-coloured stroke painted under the fill) are measured by their
   * fill box, which leaves the halo out: halos may cover other things, which
   * is what they are for, but the letters may not.
   */
  overlap: 2,
  /** The smallest text readers are given. */
  minFontSize: 11,
  /**
   * Hidden: an element covers text when what it paints there is at least half
   * opaque. A translucent tint (a map area's 16 % fill) leaves the words
   * readable; a background, an image or the inked pixels of a canvas do not.
   */
  opaque: 0.5,
} as const;

// ---------------------------------------------------------------------------
// Walking the rendered tree

/** The parent in the flat tree: the slot a node is assigned to, the host of a shadow root, or the parent. */
function composedParent(node: Node): Element | null {
  const slot = node instanceof Element || node instanceof Text ? node.assignedSlot : null;
  if (slot) return slot;
  const parent = node.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
}

/** Whether `ancestor` contains `node` in the flat tree (or is it). */
function flatContains(ancestor: Node, node: Node): boolean {
  for (let current: Node | null = node; current; current = composedParent(current)) {
    if (current === ancestor) return true;
  }
  return false;
}

/** The children that are rendered: a shadow root's content instead of light children; a slot's assigned nodes. */
function renderedChildren(node: Node): readonly Node[] {
  if (node instanceof Element && node.shadowRoot) return [...node.shadowRoot.childNodes];
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    if (assigned.length > 0) return assigned;
  }
  return [...node.childNodes];
}

const SVG_NOT_RENDERED = new Set(['defs', 'clipPath', 'mask', 'symbol', 'title', 'desc', 'metadata', 'pattern', 'marker', 'linearGradient', 'radialGradient', 'filter', 'style', 'script']);
const HTML_NOT_RENDERED = new Set(['template', 'script', 'style', 'noscript', 'head', 'title']);
const GRAPHICS = new Set(['canvas', 'img', 'video', 'iframe', 'object', 'embed']);

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
function isVisuallyHidden(element: Element, style: CSSStyleDeclaration): boolean {
  if (/^inset\(\s*50%/.test(style.clipPath)) return true;
  if ((style.position === 'absolute' || style.position === 'fixed') && /^rect\(\s*0(px)?,?\s+0(px)?,?\s+0(px)?,?\s+0(px)?\s*\)$/.test(style.clip)) return true;
  if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
    const rect = element.getBoundingClientRect();
    if (rect.width <= 1 && rect.height <= 1) return true;
  }
  return false;
}

function toBox(rect: { left: number; top: number; right: number; bottom: number }): Box {
  return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
}

function isEmpty(box: Box): boolean {
  return box.right - box.left < 0.5 || box.bottom - box.top < 0.5;
}

function union(boxes: readonly Box[]): Box {
  return {
    left: Math.min(...boxes.map((b) => b.left)),
    top: Math.min(...boxes.map((b) => b.top)),
    right: Math.max(...boxes.map((b) => b.right)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  };
}

function intersection(a: Box, b: Box): Box {
  return { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
}

/**
 * The layout box of a text fragment: `getClientRects()` gives the font's
 * content area (ascent + descent), which for tall fonts (Arabic, fallbacks)
 * is taller than the line the text is laid out in. CSS lays lines out by
 * line-height (half-leading may be negative), so lines set tightly but
 * correctly have content areas that overlap without their glyphs touching.
 * The box is trimmed, centred, to max(line-height, font-size): never less
 * than the em box, where the letters are.
 */
function layoutBox(rect: DOMRect, lineHeight: number, fontSize: number): Box {
  const target = Math.max(lineHeight, fontSize);
  const trim = rect.height > target ? (rect.height - target) / 2 : 0;
  return { left: rect.left, top: rect.top + trim, right: rect.right, bottom: rect.bottom - trim };
}

function lineHeightOf(style: CSSStyleDeclaration): number {
  const value = parseFloat(style.lineHeight);
  // `normal` is the font's own spacing: the content area is the line, nothing to trim.
  return Number.isFinite(value) ? value : Number.POSITIVE_INFINITY;
}

function words(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The nearest ancestor laid out as a block (not inline, not `display: contents`): the paragraph, cell or button the text is in. */
function blockOf(element: Element): Element {
  for (let current: Element | null = element; current; current = composedParent(current)) {
    const display = getComputedStyle(current).display;
    if (display !== 'inline' && display !== 'contents') return current;
  }
  return element;
}

/** Words of an HTML text node, grouped into lines. */
function htmlRuns(node: Text, parent: Element, style: CSSStyleDeclaration): TextRun[] {
  const fontSize = parseFloat(style.fontSize);
  const lineHeight = lineHeightOf(style);
  const lines: { centre: number; words: string[]; lastWord: number; parts: Box[] }[] = [];
  const range = document.createRange();
  let wordIndex = 0;
  for (const match of node.data.matchAll(/\S+/gu)) {
    wordIndex += 1;
    range.setStart(node, match.index);
    range.setEnd(node, match.index + match[0].length);
    for (const rect of range.getClientRects()) {
      const part = layoutBox(rect, lineHeight, fontSize);
      if (isEmpty(part)) continue;
      const centre = (part.top + part.bottom) / 2;
      const height = part.bottom - part.top;
      let line = lines.find((l) => Math.abs(l.centre - centre) < height / 2);
      if (!line) {
        line = { centre, words: [], lastWord: 0, parts: [] };
        lines.push(line);
      }
      // A word may have several boxes on one line (bidi): its text counts once.
      if (line.lastWord !== wordIndex) line.words.push(match[0]);
      line.lastWord = wordIndex;
      line.parts.push(part);
    }
  }
  range.detach();
  const block = blockOf(parent);
  const sourceText = words(block.textContent ?? node.data);
  return lines.map((line) => ({ text: line.words.join(' '), element: parent, kind: 'html', source: block, sourceText, box: union(line.parts), parts: line.parts, fontSize }));
}

/** An SVG text node: one line, its box from a Range (falling back on its element's box), its size as rendered. */
function svgRun(node: Text, parent: SVGGraphicsElement, style: CSSStyleDeclaration): TextRun | null {
  const range = document.createRange();
  range.selectNodeContents(node);
  let parts = [...range.getClientRects()].map(toBox).filter((b) => !isEmpty(b));
  range.detach();
  if (parts.length === 0) {
    const own = toBox(parent.getBoundingClientRect());
    if (isEmpty(own)) return null;
    parts = [own];
  }
  const matrix = parent.getScreenCTM();
  // The vertical scale of the user space on screen: viewBox scaling and transforms.
  const scale = matrix ? Math.hypot(matrix.c, matrix.d) : 1;
  const fontSize = parseFloat(style.fontSize) * scale;
  // Trim the content area (ascent + descent) to the em box, as for HTML text, so that
  // lines of a multi-line label set at 1.15 em do not count as overlapping.
  const trimmed = parts.map((part) => {
    const height = part.bottom - part.top;
    const trim = height > fontSize ? (height - fontSize) / 2 : 0;
    return { ...part, top: part.top + trim, bottom: part.bottom - trim };
  });
  // A label of several lines (<tspan>s) is one piece of text: its <text> element.
  const label = parent.closest('text') ?? parent;
  const lines: string[] = [];
  const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
  for (let current = walker.nextNode(); current; current = walker.nextNode()) lines.push(words((current as Text).data));
  return { text: words(node.data), element: parent, kind: 'svg', source: label, sourceText: lines.filter(Boolean).join(' '), box: union(trimmed), parts: trimmed, fontSize };
}

/** Whether text in an element with this style is painted in a visible colour. */
function hasVisibleInk(style: CSSStyleDeclaration, svg: boolean): boolean {
  if (svg) {
    const fill = style.fill === 'none' ? 0 : alphaOf(style.fill) * Number(style.fillOpacity || 1);
    return fill > 0;
  }
  const fillColor = style.getPropertyValue('-webkit-text-fill-color');
  return alphaOf(style.color) > 0 && (fillColor === '' || alphaOf(fillColor) > 0);
}

/** The element itself, or its nearest ancestor that has a box (skipping `display: contents`). */
function boxedAncestor(element: Element): Element {
  for (let current: Element | null = element; current; current = composedParent(current)) {
    if (getComputedStyle(current).display !== 'contents') return current;
  }
  return element;
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
      runs.push({ text, element: label.element, kind: 'canvas', source: label, sourceText: text, box, parts: [box], fontSize: label.fontSize });
    }
  }
  return { runs, graphics };
}

// ---------------------------------------------------------------------------
// Clipping

interface Clipper {
  readonly element: Element;
  /** The box its content is cut to, on the axes it clips. */
  readonly box: Box;
  readonly why: string;
}

/** Whether an element is the containing block of absolutely positioned descendants. */
function containsAbsolute(style: CSSStyleDeclaration): boolean {
  return style.position !== 'static'
    || style.transform !== 'none'
    || style.filter !== 'none'
    || style.perspective !== 'none'
    || /\b(layout|paint|strict|content)\b/.test(style.contain)
    || /\b(transform|perspective|filter)\b/.test(style.willChange);
}

/** Whether an element is the containing block of fixed-position descendants (else the viewport is). */
function containsFixed(style: CSSStyleDeclaration): boolean {
  return style.transform !== 'none'
    || style.filter !== 'none'
    || style.perspective !== 'none'
    || /\b(layout|paint|strict|content)\b/.test(style.contain)
    || /\b(transform|perspective|filter)\b/.test(style.willChange);
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
    px(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) + (element instanceof SVGSVGElement ? px(style.getPropertyValue(`padding-${side.toLowerCase()}`)) : 0);
  const box: Box = {
    left: clipsX ? rect.left + inset('Left') : Number.NEGATIVE_INFINITY,
    right: clipsX ? rect.right - inset('Right') : Number.POSITIVE_INFINITY,
    top: clipsY ? rect.top + inset('Top') : Number.NEGATIVE_INFINITY,
    bottom: clipsY ? rect.bottom - inset('Bottom') : Number.POSITIVE_INFINITY,
  };
  const why = element instanceof SVGSVGElement ? 'svg viewport'
    : contained ? `contain: ${style.contain}`
    : style.overflowX === style.overflowY ? `overflow: ${style.overflowY}`
    : clipsY && style.overflowY !== 'visible' ? `overflow-y: ${style.overflowY}` : `overflow-x: ${style.overflowX}`;
  return { element, box, why };
}

/**
 * The ancestors that cut `start`'s content, innermost first, from `start`
 * (its own overflow cuts its text) up to and including `host`, across shadow
 * roots. An absolutely positioned box escapes the overflow of ancestors
 * between it and its containing block, so those do not count for it.
 */
function clippersOf(start: Element, host: Element, includeStart: boolean): Clipper[] {
  const clippers: Clipper[] = [];
  // Set while the box being followed is positioned out of the normal flow, until its containing block is reached.
  let escaping: 'absolute' | 'fixed' | null = null;
  for (let element: Element | null = start; element; element = composedParent(element)) {
    const style = getComputedStyle(element);
    const eligible = escaping === null
      || (escaping === 'absolute' && containsAbsolute(style))
      || (escaping === 'fixed' && containsFixed(style));
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
function overflowOf(box: Box, frame: Box): { amount: number; sides: string[] } {
  const bySide: [string, number][] = [
    ['left', frame.left - box.left],
    ['right', box.right - frame.right],
    ['top', frame.top - box.top],
    ['bottom', box.bottom - frame.bottom],
  ];
  const out = bySide.filter(([, by]) => by > TOLERANCE.edge);
  return { amount: Math.max(0, ...out.map(([, by]) => by)), sides: out.map(([side]) => side) };
}

// ---------------------------------------------------------------------------
// Hit testing

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

// ---------------------------------------------------------------------------
// Describing

/** A short, readable name for an element: `.callout`, `svg`, `<factbox-trade-share-pie>`. */
export function describeElement(element: Element): string {
  if (element.shadowRoot && element.localName.includes('-')) return `<${element.localName}>`;
  const own = (e: Element): string | null => {
    const part = e.getAttribute('part');
    const className = e.classList[0];
    if (!part && !className) return null;
    const name = className ? `${e.localName}.${className}` : e.localName;
    return part ? `${name}[part=${part}]` : name;
  };
  const name = own(element);
  if (name) return name;
  // Unnamed (a land <path>, a <div>): say where it is, by its nearest named ancestor.
  for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
    const context = own(ancestor);
    if (context) return `${context} ${element.localName}`;
  }
  return element.localName;
}

/** `'Hover over or focus an item…'`: the start of a run's text, quoted. */
export function quoteText(text: string, max = 40): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return `'${clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean}'`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

// ---------------------------------------------------------------------------
// The checks

export interface CheckOptions {
  /** Run only these checks (all by default). */
  readonly checks?: readonly LayoutCheck[];
}

interface MeasuredRun {
  readonly run: TextRun;
  /** Its parts cut to every clipping ancestor: what is really painted. */
  readonly visibleParts: readonly Box[];
  /** The clipping ancestors that cut it, innermost first. */
  readonly cutBy: readonly Clipper[];
}

const EVERYWHERE: Box = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };

/** Groups items by a key, keeping the order in which keys first appear. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function lines(count: number): string {
  return `${count} line${count === 1 ? '' : 's'}`;
}

/** How many lines some runs of one piece of text are on (runs of several text nodes share a line). */
function lineCount(runs: readonly TextRun[]): number {
  const centres: { centre: number; half: number }[] = [];
  for (const { box } of runs) {
    const centre = (box.top + box.bottom) / 2;
    const half = (box.bottom - box.top) / 2;
    if (!centres.some((c) => Math.abs(c.centre - centre) < Math.min(c.half, half))) centres.push({ centre, half });
  }
  return centres.length;
}

/**
 * Every layout problem of `host` as it is on screen now, all of them (not
 * just the first), each once per piece of text (a text node, an SVG line, a
 * drawn label) rather than once per line. See the module comment for the
 * checks; `formatProblems` makes them a readable list.
 */
export function checkLayout(host: Element, options: CheckOptions = {}): LayoutProblem[] {
  const wanted = new Set<LayoutCheck>(options.checks ?? ['inside', 'clipped', 'overlap', 'hidden', 'font-size']);
  const problems: LayoutProblem[] = [];
  const add = (check: LayoutCheck, key: string, amount: number, template: string, cut?: LayoutProblem['cut']): void => {
    problems.push({ check, key: `${check}|${key}`, amount: round(amount), template, ...(cut ? { cut } : {}) });
  };
  const hostBox = toBox(host.getBoundingClientRect());
  const hostName = describeElement(host);
  const { runs, graphics } = collect(host);

  const measured: MeasuredRun[] = runs.map((run) => {
    // Drawn text is cut by its canvas too; DOM text by its own element's overflow.
    const clippers = clippersOf(run.element, host, true);
    const clip = clippers.reduce<Box>((box, c) => intersection(box, c.box), EVERYWHERE);
    const visibleParts = run.parts.map((part) => intersection(part, clip)).filter((part) => !isEmpty(part));
    return { run, visibleParts, cutBy: clippers.filter((c) => overflowOf(run.box, c.box).amount > 0) };
  });
  const bySource = groupBy(measured, (m) => m.run.source);

  for (const group of bySource.values()) {
    const first = group[0];
    if (!first) continue;
    const { run } = first;
    const quoted = `${quoteText(run.sourceText)}${run.kind === 'canvas' ? ' (canvas)' : ''}`;
    const total = lineCount(group.map((m) => m.run));
    const multiline = total > 1;

    if (wanted.has('clipped')) {
      // One problem per piece of text and the innermost box that cuts it.
      for (const cut of groupBy(group.filter((m) => m.cutBy[0]), (m) => m.cutBy[0]?.element).values()) {
        const clipper = cut[0]?.cutBy[0];
        if (!clipper) continue;
        const overflow = cut.map((m) => overflowOf(m.run.box, clipper.box));
        const amount = Math.max(...overflow.map((o) => o.amount));
        const sides = [...new Set(overflow.flatMap((o) => o.sides))];
        const gone = lineCount(cut.filter((m) => m.visibleParts.length === 0).map((m) => m.run));
        const cutLines = lineCount(cut.map((m) => m.run));
        const also = [...new Set(cut.flatMap((m) => m.cutBy.slice(1).map((c) => describeElement(c.element))))];
        const name = describeElement(clipper.element);
        const how = !multiline
          ? (gone ? 'cut off entirely' : 'clipped')
          : gone === total ? `cut off entirely (${lines(total)})`
          : `clipped (${lines(cutLines)} of ${total} cut${gone ? `, ${gone} of them entirely` : ''})`;
        const extent = !multiline ? (gone ? 'entirely' : 'partly') : gone === total ? `all ${lines(total)}` : `${cutLines} of ${lines(total)}`;
        add('clipped', `${run.sourceText}|${name}`, amount,
          `${quoted} ${how} by ${name} (${clipper.why}) by {amount}px at the ${sides.join(' and ')}${also.length ? `; also cut by ${also.join(', ')}` : ''}`,
          { by: `${name} (${clipper.why})`, text: quoted, extent });
      }
    }
    if (wanted.has('inside')) {
      const outside = group.filter((m) => m.visibleParts.length > 0).map((m) => ({ run: m.run, ...overflowOf(union(m.visibleParts), hostBox) })).filter((o) => o.amount > 0);
      if (outside.length > 0) {
        const sides = [...new Set(outside.flatMap((o) => o.sides))];
        add('inside', run.sourceText, Math.max(...outside.map((o) => o.amount)),
          `${quoted} painted outside ${hostName} by {amount}px at the ${sides.join(' and ')}${multiline ? ` (${lines(lineCount(outside.map((o) => o.run)))} of ${total})` : ''}`);
      }
    }
    const smallest = group.reduce((min, m) => (m.run.fontSize < min.fontSize ? m.run : min), run);
    if (wanted.has('font-size') && smallest.fontSize < TOLERANCE.minFontSize - 0.01) {
      const what = smallest.text === run.sourceText ? quoted : `${quoteText(smallest.text)} in ${quoted}`;
      add('font-size', run.sourceText, smallest.fontSize, `${what} is {amount}px, under ${TOLERANCE.minFontSize}px${smallest.kind === 'svg' ? ' as rendered' : ''}`);
    }
    if (wanted.has('hidden')) {
      const cover = firstCover(group);
      if (cover) add('hidden', `${run.sourceText}|${describeElement(cover)}`, 0, `${quoted} is hidden behind ${describeElement(cover)}`);
    }
  }

  for (const graphic of graphics) {
    const name = describeElement(graphic.element);
    const clippers = clippersOf(graphic.element, host, false);
    const cutting = clippers.find((c) => overflowOf(graphic.box, c.box).amount > 0);
    if (wanted.has('clipped') && cutting) {
      const { amount, sides } = overflowOf(graphic.box, cutting.box);
      add('clipped', `graphic|${name}|${describeElement(cutting.element)}`, amount,
        `the ${name} drawing is clipped by ${describeElement(cutting.element)} (${cutting.why}) by {amount}px at the ${sides.join(' and ')}`);
    }
    const visible = intersection(graphic.box, clippers.reduce<Box>((box, c) => intersection(box, c.box), EVERYWHERE));
    if (wanted.has('inside') && !isEmpty(visible)) {
      const { amount, sides } = overflowOf(visible, hostBox);
      if (amount > 0) add('inside', `graphic|${name}`, amount, `the ${name} drawing lies outside ${hostName} by {amount}px at the ${sides.join(' and ')}`);
    }
  }

  if (wanted.has('overlap')) {
    const worstBySources = new Map<string, { a: TextRun; b: TextRun; width: number; height: number }>();
    const sourceIds = new Map<object, number>();
    const idOf = (source: object): number => {
      let id = sourceIds.get(source);
      if (id === undefined) sourceIds.set(source, (id = sourceIds.size));
      return id;
    };
    const visible = measured.filter((m) => m.visibleParts.length > 0).map((m) => ({ ...m, box: union(m.visibleParts) }));
    const significant = (a: Box, b: Box): { width: number; height: number } | null => {
      const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      return width > TOLERANCE.overlap && height > TOLERANCE.overlap ? { width, height } : null;
    };
    for (let i = 0; i < visible.length; i++) {
      const a = visible[i];
      if (!a) continue;
      for (let j = i + 1; j < visible.length; j++) {
        const b = visible[j];
        // Lines of one text node are separate runs: they are compared (lines set too tightly), words of one line are not.
        if (!b || !significant(a.box, b.box)) continue;
        let worst: { width: number; height: number } | null = null;
        for (const pa of a.visibleParts) {
          for (const pb of b.visibleParts) {
            const overlap = significant(pa, pb);
            if (overlap && (!worst || overlap.width * overlap.height > worst.width * worst.height)) worst = overlap;
          }
        }
        if (!worst) continue;
        const key = `${idOf(a.run.source)}|${idOf(b.run.source)}`;
        const known = worstBySources.get(key);
        if (!known || worst.width * worst.height > known.width * known.height) worstBySources.set(key, { a: a.run, b: b.run, ...worst });
      }
    }
    for (const { a, b, width, height } of worstBySources.values()) {
      const what = a.source === b.source ? `${quoteText(a.sourceText)}: its lines overlap` : `${quoteText(a.sourceText)} and ${quoteText(b.sourceText)} overlap`;
      add('overlap', `${a.sourceText}|${b.sourceText}`, Math.min(width, height), `${what} by ${Math.round(width)}×${Math.round(height)}px`);
    }
  }
  return problems;
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
      const cover = stack.slice(0, own).find((element) => !flatContains(element, run.element) && paintedOpacity(element, x, y) >= TOLERANCE.opaque);
      if (cover) return cover;
    }
  }
  return null;
}

/** A problem as a sentence, with its amount. */
export function describeProblem(problem: LayoutProblem, amount = problem.amount): string {
  return problem.template.replace('{amount}', String(round(amount)));
}

/**
 * Problems found in several states of one widget, as one readable list:
 * each distinct problem once, with its worst amount and the states it
 * appears in. Many pieces of text cut by one box in the same states (a
 * table in a scroller too small for it) are one line: one cause, one fix.
 */
export function formatProblems(byState: ReadonlyMap<string, readonly LayoutProblem[]>): string[] {
  const grouped = new Map<string, { problem: LayoutProblem; amount: number; states: string[] }>();
  for (const [state, problems] of byState) {
    for (const problem of problems) {
      const entry = grouped.get(problem.key);
      if (!entry) grouped.set(problem.key, { problem, amount: problem.amount, states: [state] });
      else {
        // Font sizes: the smallest is the worst; everything else: the largest.
        entry.amount = problem.check === 'font-size' ? Math.min(entry.amount, problem.amount) : Math.max(entry.amount, problem.amount);
        if (!entry.states.includes(state)) entry.states.push(state);
      }
    }
  }
  const allStates = [...byState.keys()];
  const where = (states: readonly string[]): string => {
    const missing = allStates.filter((state) => !states.includes(state));
    if (missing.length === 0 && allStates.length > 1) return 'in every state';
    if (states.length > allStates.length / 2 + 1) return `in every state except: ${missing.join('; ')}`;
    return `in: ${states.join('; ')}`;
  };
  const entries = [...grouped.values()];
  const byCause = groupBy(entries.filter((e) => e.problem.cut), (e) => `${e.problem.cut?.by}|${e.states.join('|')}`);
  const lines: string[] = [];
  const done = new Set<object>();
  for (const entry of entries) {
    if (done.has(entry)) continue;
    const cause = entry.problem.cut ? byCause.get(`${entry.problem.cut.by}|${entry.states.join('|')}`) : undefined;
    if (cause && cause.length >= 3) {
      cause.forEach((e) => done.add(e));
      const worst = Math.max(...cause.map((e) => e.amount));
      const texts = cause.map((e) => `${e.problem.cut?.text} (${e.problem.cut?.extent})`);
      lines.push(`[clipped] ${entry.problem.cut?.by} cuts ${cause.length} pieces of text, by up to ${round(worst)}px: ${texts.join(', ')} — ${where(entry.states)}`);
      continue;
    }
    done.add(entry);
    lines.push(`[${entry.problem.check}] ${describeProblem(entry.problem, entry.amount)} — ${where(entry.states)}`);
  }
  return lines;
}
