/**
 * Text runs: the lines of text a reader sees, measured from the text nodes
 * that hold them. HTML text is measured word by word and grouped into lines;
 * SVG text is one line per text node, at its size as rendered.
 */
import { composedParent } from './flat-tree.js';
import { isEmpty, toBox, union, type Box } from './geometry.js';

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
  /** Words of letters the line breaks inside (HTML): a column too narrow for its words ("letters stack"). */
  readonly brokenWords?: readonly string[];
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
export function htmlRuns(node: Text, parent: Element, style: CSSStyleDeclaration): TextRun[] {
  const fontSize = parseFloat(style.fontSize);
  const lineHeight = lineHeightOf(style);
  const lines: { centre: number; words: string[]; lastWord: number; parts: Box[]; broken: string[] }[] = [];
  const range = document.createRange();
  let wordIndex = 0;
  for (const match of node.data.matchAll(/\S+/gu)) {
    wordIndex += 1;
    range.setStart(node, match.index);
    range.setEnd(node, match.index + match[0].length);
    const wordLines: number[] = [];
    for (const rect of range.getClientRects()) {
      const part = layoutBox(rect, lineHeight, fontSize);
      if (isEmpty(part)) continue;
      const centre = (part.top + part.bottom) / 2;
      const height = part.bottom - part.top;
      let line = lines.find((l) => Math.abs(l.centre - centre) < height / 2);
      if (!line) {
        line = { centre, words: [], lastWord: 0, parts: [], broken: [] };
        lines.push(line);
      }
      if (!wordLines.includes(lines.indexOf(line))) wordLines.push(lines.indexOf(line));
      // A word may have several boxes on one line (bidi): its text counts once.
      if (line.lastWord !== wordIndex) line.words.push(match[0]);
      line.lastWord = wordIndex;
      line.parts.push(part);
    }
    // A word of letters laid over several lines: its column is narrower than the word. (Addresses,
    // numbers and names with hyphens or slashes may break where they must; they are not flagged.)
    if (wordLines.length > 1 && /^\p{L}{3,}\p{P}*$/u.test(match[0])) lines[wordLines[0] as number]?.broken.push(match[0]);
  }
  range.detach();
  const block = blockOf(parent);
  const sourceText = words(block.textContent ?? node.data);
  return lines.map((line) => ({
    text: line.words.join(' '),
    element: parent,
    kind: 'html',
    source: block,
    sourceText,
    box: union(line.parts),
    parts: line.parts,
    fontSize,
    ...(line.broken.length ? { brokenWords: line.broken } : {}),
  }));
}

/** An SVG text node: one line, its box from a Range (falling back on its element's box), its size as rendered. */
export function svgRun(node: Text, parent: SVGGraphicsElement, style: CSSStyleDeclaration): TextRun | null {
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
  return {
    text: words(node.data),
    element: parent,
    kind: 'svg',
    source: label,
    sourceText: lines.filter(Boolean).join(' '),
    box: union(trimmed),
    parts: trimmed,
    fontSize,
  };
}
