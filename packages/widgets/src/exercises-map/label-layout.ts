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
  return {
    width: Math.max(0, ...lines.map((line) => measure(line, fontSize))) + 2 * HALO,
    height: lines.length * fontSize * LINE_HEIGHT + 2 * HALO,
  };
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

/**
 * Boxes indexed in a grid of 64 px cells, so that a label trying up to 32
 * places tests each against what shares its cells, not against everything
 * placed (200 areas with long names: half a second otherwise). Boxes are
 * only ever added, so the index follows its array by length.
 */
class Index {
  private readonly cells = new Map<number, number[]>();
  private indexed = 0;
  private static readonly CELL = 64;

  constructor(private readonly boxes: readonly Box[]) {}

  private cellsOf(box: Box, visit: (key: number) => void): void {
    const c = Index.CELL;
    // Cells keyed by one number: x and y of a cell within ±32,768 cells.
    for (let x = Math.floor(box.x0 / c); x <= Math.floor(box.x1 / c); x++)
      for (let y = Math.floor(box.y0 / c); y <= Math.floor(box.y1 / c); y++) visit(x * 65536 + y);
  }

  /** How many indexed boxes near `box` satisfy `hits`. */
  count(box: Box, hits: (index: number) => boolean): number {
    for (; this.indexed < this.boxes.length; this.indexed++) {
      const i = this.indexed;
      this.cellsOf(this.boxes[i] as Box, (key) => {
        const list = this.cells.get(key);
        if (list) list.push(i);
        else this.cells.set(key, [i]);
      });
    }
    const seen = new Set<number>();
    let n = 0;
    this.cellsOf(box, (key) => {
      for (const i of this.cells.get(key) ?? []) {
        if (seen.has(i)) continue;
        seen.add(i);
        if (hits(i)) n++;
      }
    });
    return n;
  }
}

/** The index of each obstacle list, kept across placements (a region places all its labels against one). */
const indexes = new WeakMap<readonly Box[], Index>();
function indexOf(boxes: readonly Box[]): Index {
  let index = indexes.get(boxes);
  if (!index) {
    index = new Index(boxes);
    indexes.set(boxes, index);
  }
  return index;
}

/** The bounding boxes of a list of circles, made once per list. */
const circleBoxLists = new WeakMap<readonly Circle[], readonly Box[]>();
function circleBoxesOf(circles: readonly Circle[]): readonly Box[] {
  let boxes = circleBoxLists.get(circles);
  if (!boxes) {
    boxes = circles.map((c) => ({ x0: c.cx - c.r, y0: c.cy - c.r, x1: c.cx + c.r, y1: c.cy + c.r }));
    circleBoxLists.set(circles, boxes);
  }
  return boxes;
}

/** How much farther out a label may go before it is worth covering a country's name place (4) instead. */
const DISTANCE_COST = { 6: 0, 26: 1, 52: 3, 84: 5 } as const;

/** Eight directions, east first, then west, south, north and the diagonals. */
const DIRECTIONS: readonly (readonly [number, number])[] = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
];

/**
 * Where an area's label goes when nothing is in the way: beside its circle,
 * east (or west, at the frame's edge). Labels placed before it leave this
 * place free when they can, as they do a country's name.
 */
export function besideSpot(circle: Circle, lines: readonly string[], fontSize: number, frame: Box, measure: MeasureText): Box | null {
  const size = labelSize(lines, fontSize, measure);
  for (const side of [1, -1]) {
    const box = boxAt(circle.cx + side * (circle.r + 6 + size.width / 2), circle.cy, size);
    if (inside(box, frame)) return box;
  }
  return null;
}

/**
 * Places the label of an area (a circle) outside it: beside the circle in
 * one of eight directions, or farther out with a leader line, in the first
 * place free of `obstacles` and inside `frame` (a country's name place is
 * left free if another is). Returns null when no place is free: the label
 * gives way. The placed box is added to `obstacles.boxes`.
 */
export function placeAreaLabel(
  circle: Circle,
  lines: readonly string[],
  fontSize: number,
  frame: Box,
  obstacles: Obstacles,
  measure: MeasureText,
): PlacedLabel | null {
  const size = labelSize(lines, fontSize, measure);
  const boxes = indexOf(obstacles.boxes);
  const circleBoxes = circleBoxesOf(obstacles.circles);
  const circles = indexOf(circleBoxes);
  const softBoxes = obstacles.soft ?? [];
  const soft = indexOf(softBoxes);
  const collisions = (box: Box): number =>
    boxes.count(box, (i) => overlaps(obstacles.boxes[i] as Box, box)) +
    circles.count(box, (i) => circleHitsBox(obstacles.circles[i] as Circle, box));
  let best: PlacedLabel | null = null;
  let bestScore = Infinity;
  for (const distance of [6, 26, 52, 84] as const) {
    for (const [dx, dy] of DIRECTIONS) {
      const norm = Math.hypot(dx, dy);
      // The box's nearest edge, not its centre, sits `distance` beyond the circle.
      const reach = circle.r + distance;
      // Slid back inside the frame rather than give up a side (the circle's own collision still counts).
      const cx = clamp(circle.cx + (dx / norm) * reach + (dx * size.width) / 2, frame.x0 + size.width / 2, frame.x1 - size.width / 2);
      const cy = clamp(circle.cy + (dy / norm) * reach + (dy * size.height) / 2, frame.y0 + size.height / 2, frame.y1 - size.height / 2);
      const box = boxAt(cx, cy, size);
      if (!inside(box, frame)) continue;
      const covered = soft.count(box, (i) => overlaps(softBoxes[i] as Box, box));
      // Beside the circle reads best, then a little out with a leader; then on a diagonal without one
      // (only a corner near the circle: the text reads as naming what is under it); a long leader last.
      const score = collisions(box) * 10 + covered * 4 + (dx !== 0 && dy !== 0 && distance === 6 ? 2 : 0) + DISTANCE_COST[distance];
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
  // No free place (too many areas, or a label larger than the map): the label gives way rather than
  // cover another. The area stays, named for screen readers, with its tooltip, panel and table row.
  if (!best || bestScore >= 10) return null;
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
export function placeName(
  x: number,
  y: number,
  lines: readonly string[],
  fontSize: number,
  frame: Box,
  obstacles: Obstacles,
  measure: MeasureText,
  { far = false, leader = false } = {},
): PlacedLabel | null {
  const size = labelSize(lines, fontSize, measure);
  const s = fontSize * 1.2;
  // Near nudges keep a small country's name on its land; a large country or sea may take its name farther.
  const near: readonly [number, number][] = [
    [0, 0],
    [0, -s],
    [0, s],
    [s * 2, 0],
    [-s * 2, 0],
  ];
  const farther: readonly [number, number][] = [
    [2 * s, -s],
    [-2 * s, -s],
    [2 * s, s],
    [-2 * s, s],
    [0, -2 * s],
    [0, 2 * s],
    [4 * s, 0],
    [-4 * s, 0],
    [3 * s, -2 * s],
    [-3 * s, 2 * s],
  ];
  const nudges = far ? [...near, ...farther] : near;
  const free = (box: Box): boolean => inside(box, frame) && !obstacles.boxes.some((b) => overlaps(b, box));
  // A large country or a sea: anywhere near its point, clear of the circles first. A small country: on
  // its land first, over a circle's translucent edge if need be, rather than pushed off it into the sea.
  const tries = far
    ? [true, false].flatMap((clear) => nudges.map((n) => [n, clear] as const))
    : nudges.flatMap((n) => [[n, true] as const, [n, false] as const]);
  for (const [[dx, dy], clearOfCircles] of tries) {
    const box = boxAt(x + dx, y + dy, size);
    if (!free(box) || (clearOfCircles && obstacles.circles.some((c) => circleHitsBox(c, box)))) continue;
    obstacles.boxes.push(box);
    return { cx: x + dx, cy: y + dy, box, leader: null };
  }
  if (!leader) return null;
  // A small country with no room on its land: its name beside it, over the sea, with a leader line to it.
  for (const [dx, dy] of [
    [-1, 0],
    [-1, 0.6],
    [-1, -0.6],
    [1, 0.6],
    [1, -0.6],
    [0, 1],
  ] as const) {
    const cx = x + dx * (size.width / 2 + 2 * s);
    const cy = y + dy * (size.height + s);
    const box = boxAt(cx, cy, size);
    if (!free(box) || obstacles.circles.some((c) => circleHitsBox(c, box))) continue;
    obstacles.boxes.push(box);
    const end: [number, number] = [Math.max(box.x0, Math.min(x, box.x1)), Math.max(box.y0, Math.min(y, box.y1))];
    return { cx, cy, box, leader: [x, y, end[0], end[1]] };
  }
  return null;
}
