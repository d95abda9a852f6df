/**
 * Where the map's labels go. A greedy placer, in order of importance: each
 * area's label goes outside its circle, in the first of a few places around
 * it that is inside the frame and free of every label, marker and circle
 * placed so far; when none near is free, a farther one with a leader line.
 * Country and sea names take their editorial place if it is free, else the
 * nearest free nudge, else they give way. Measuring text is injected (and
 * cached by the caller), so the layout runs, and is tested, in Node.
 */
import type { Box } from './projection.js';

/** Width of one line of text at a font size, in pixels. */
export type MeasureText = (text: string, fontSize: number) => number;

export interface Circle {
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
}

/** What a label must not cover: placed labels and markers (boxes), areas (circles), and, softer, where names want to go. */
export interface Obstacles {
  readonly boxes: Box[];
  readonly circles: readonly Circle[];
  /** Places an area label should rather leave free (a country's name): avoided when another place is free. */
  readonly soft?: readonly Box[];
}

export interface PlacedLabel {
  /** Centre of the label's box. */
  readonly cx: number;
  readonly cy: number;
  readonly box: Box;
  /** A line from the circle's edge to the label, when the label sits away from its circle. */
  readonly leader: readonly [number, number, number, number] | null;
}

/** Line height of labels, as a multiple of the font size. */
export const LINE_HEIGHT = 1.2;
/** Room around a label's text, in px: its 3 px halo, and glyphs that reach past the line box (descenders, Arabic marks). */
const HALO = 4;

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

export function inside(box: Box, frame: Box): boolean {
  return box.x0 >= frame.x0 && box.y0 >= frame.y0 && box.x1 <= frame.x1 && box.y1 <= frame.y1;
}

/** Whether a circle and a box share any point. */
export function circleHitsBox(circle: Circle, box: Box): boolean {
  const x = Math.max(box.x0, Math.min(circle.cx, box.x1));
  const y = Math.max(box.y0, Math.min(circle.cy, box.y1));
  return (x - circle.cx) ** 2 + (y - circle.cy) ** 2 < circle.r ** 2;
}

/** Width and height of a label of `lines`, with room for its halo. */
export function labelSize(lines: readonly string[], fontSize: number, measure: MeasureText): { width: number; height: number } {
  return { width: Math.max(0, ...lines.map((line) => measure(line, fontSize))) + 2 * HALO, height: lines.length * fontSize * LINE_HEIGHT + 2 * HALO };
}

function boxAt(cx: number, cy: number, size: { width: number; height: number }): Box {
  return { x0: cx - size.width / 2, y0: cy - size.height / 2, x1: cx + size.width / 2, y1: cy + size.height / 2 };
}

/** Breaks a label into lines of at most `maxChars` characters, at spaces and after a slash ("Northern/" "Interaction-2024"). */
export function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  // Each piece keeps what joins it to the previous one: a space, or nothing after a slash.
  for (const piece of text.split(/(?<=\/)|(?= )/)) {
    const joined = line + piece;
    if (line && joined.trim().length > maxChars) {
      lines.push(line.trim());
      line = piece.trimStart();
    } else {
      line = joined;
    }
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

/** Breaks text into lines no wider than `width` px, at spaces (a single word wider than that stays whole). */
export function wrapToWidth(text: string, width: number, fontSize: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const longer = line ? `${line} ${word}` : word;
    if (line && measure(longer, fontSize) > width) {
      lines.push(line);
      line = word;
    } else {
      line = longer;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function clamp(value: number, min: number, max: number): number {
  return min > max ? (min + max) / 2 : Math.min(Math.max(value, min), max);
}

function collisions(box: Box, obstacles: Obstacles): number {
  return obstacles.boxes.filter((b) => overlaps(b, box)).length + obstacles.circles.filter((c) => circleHitsBox(c, box)).length;
}

/** Eight directions, east first, then west, south, north and the diagonals. */
const DIRECTIONS: readonly (readonly [number, number])[] = [
  [1, 0], [-1, 0], [0, 1], [0, -1], [1, -1], [-1, -1], [1, 1], [-1, 1],
];

/**
 * Places the label of an area (a circle) outside it: beside the circle in
 * one of eight directions, or farther out with a leader line, in the first
 * place free of `obstacles` and inside `frame`; the least crowded place when
 * none is free. The placed box is added to `obstacles.boxes`.
 */
export function placeAreaLabel(circle: Circle, lines: readonly string[], fontSize: number, frame: Box, obstacles: Obstacles, measure: MeasureText): PlacedLabel {
  const size = labelSize(lines, fontSize, measure);
  let best: PlacedLabel | null = null;
  let bestScore = Infinity;
  for (const distance of [6, 26, 52, 84]) {
    for (const [dx, dy] of DIRECTIONS) {
      const norm = Math.hypot(dx, dy);
      // The box's nearest edge, not its centre, sits `distance` beyond the circle.
      const reach = circle.r + distance;
      // Slid back inside the frame rather than give up a side (the circle's own collision still counts).
      const cx = clamp(circle.cx + (dx / norm) * reach + (dx * size.width) / 2, frame.x0 + size.width / 2, frame.x1 - size.width / 2);
      const cy = clamp(circle.cy + (dy / norm) * reach + (dy * size.height) / 2, frame.y0 + size.height / 2, frame.y1 - size.height / 2);
      const box = boxAt(cx, cy, size);
      if (!inside(box, frame)) continue;
      const soft = (obstacles.soft ?? []).filter((b) => overlaps(b, box)).length;
      const score = collisions(box, obstacles) * 10 + soft * 4 + (distance > 6 ? 1 : 0);
      if (score < bestScore) {
        const far = distance > 6;
        const edge: [number, number] = [circle.cx + (dx / norm) * circle.r, circle.cy + (dy / norm) * circle.r];
        const end: [number, number] = [Math.max(box.x0, Math.min(edge[0], box.x1)), Math.max(box.y0, Math.min(edge[1], box.y1))];
        best = { cx, cy, box, leader: far ? [edge[0], edge[1], end[0], end[1]] : null };
        bestScore = score;
      }
      if (bestScore === 0) break;
    }
    if (bestScore === 0) break;
  }
  // Nowhere inside the frame (a frame smaller than the label): centre it on the circle, clamped into the frame.
  best ??= { cx: Math.min(Math.max(circle.cx, frame.x0 + size.width / 2), frame.x1 - size.width / 2), cy: circle.cy, box: boxAt(circle.cx, circle.cy, size), leader: null };
  obstacles.boxes.push(best.box);
  return best;
}

/**
 * Places a name (a country, a sea) at its editorial point, or nudged a
 * little, where it is inside `frame` and covers no label or marker;
 * preferably clear of the areas' circles too, but over a circle's
 * translucent edge rather than not at all. Returns null when it must give
 * way. The placed box is added to `obstacles.boxes`.
 */
export function placeName(x: number, y: number, lines: readonly string[], fontSize: number, frame: Box, obstacles: Obstacles, measure: MeasureText, { far = false } = {}): PlacedLabel | null {
  const size = labelSize(lines, fontSize, measure);
  const s = fontSize * 1.2;
  // Near nudges keep a small country's name on its land; a large country or sea may take its name farther.
  const near: readonly [number, number][] = [[0, 0], [0, -s], [0, s], [s * 2, 0], [-s * 2, 0]];
  const farther: readonly [number, number][] = [[2 * s, -s], [-2 * s, -s], [2 * s, s], [-2 * s, s], [0, -2 * s], [0, 2 * s], [4 * s, 0], [-4 * s, 0], [3 * s, -2 * s], [-3 * s, 2 * s]];
  const nudges = far ? [...near, ...farther] : near;
  for (const clearOfCircles of [true, false]) {
    for (const [dx, dy] of nudges) {
      const box = boxAt(x + dx, y + dy, size);
      if (!inside(box, frame) || obstacles.boxes.some((b) => overlaps(b, box))) continue;
      if (clearOfCircles && obstacles.circles.some((c) => circleHitsBox(c, box))) continue;
      obstacles.boxes.push(box);
      return { cx: x + dx, cy: y + dy, box, leader: null };
    }
  }
  return null;
}
