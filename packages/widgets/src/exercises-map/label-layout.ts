/**
 * Where the map's labels go: beside the point they name, inside the frame,
 * over nothing placed before them. A greedy placer: each label tries a few
 * places in order and takes the first free one (or the least bad).
 * Measuring text is injected, so the layout runs (and is tested) in Node.
 */
import type { Box } from './projection.js';

/** Width of one line of text at a font size, in pixels. */
export type MeasureText = (text: string, fontSize: number) => number;

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** Line height of labels, as a multiple of the font size. */
export const LINE_HEIGHT = 1.15;

/** The box a label of `lines` centred on (cx, cy) takes, with a little room for its halo. */
export function labelBox(cx: number, cy: number, lines: readonly string[], fontSize: number, measure: MeasureText): Box {
  const width = Math.max(...lines.map((l) => measure(l, fontSize))) + 6;
  const height = lines.length * fontSize * LINE_HEIGHT + 2;
  return { x0: cx - width / 2, y0: cy - height / 2, x1: cx + width / 2, y1: cy + height / 2 };
}

/** Breaks a label into lines of at most `maxChars` characters, at spaces. */
export function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && `${line} ${word}`.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface PlacedLabel {
  readonly cx: number;
  readonly cy: number;
  readonly box: Box;
}

/**
 * Puts a label beside its point, inside `frame`, where it overlaps nothing
 * in `taken`: right, left, below, above, in that order; the least bad place
 * when all collide. The placed box is added to `taken`.
 */
export function placeLabel(x: number, y: number, lines: readonly string[], fontSize: number, frame: Box, taken: Box[], measure: MeasureText): PlacedLabel {
  const size = labelBox(0, 0, lines, fontSize, measure);
  const halfWidth = size.x1;
  const halfHeight = size.y1;
  const gap = 12;
  const candidates: [number, number][] = [
    [x + gap + halfWidth, y],
    [x - gap - halfWidth, y],
    [x, y + gap + halfHeight],
    [x, y - gap - halfHeight],
  ];
  let best: PlacedLabel | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const [x0, y0] of candidates) {
    // Slide the label back inside the frame rather than give up a side.
    const raw = labelBox(x0, y0, lines, fontSize, measure);
    const cx = x0 + Math.max(frame.x0 - raw.x0, 0) + Math.min(frame.x1 - raw.x1, 0);
    const cy = y0 + Math.max(frame.y0 - raw.y0, 0) + Math.min(frame.y1 - raw.y1, 0);
    const box = labelBox(cx, cy, lines, fontSize, measure);
    const coversPoint = box.x0 < x && x < box.x1 && box.y0 < y && y < box.y1 ? 5 : 0;
    const score = coversPoint + taken.filter((t) => overlaps(t, box)).length;
    if (score < bestScore) {
      best = { cx, cy, box };
      bestScore = score;
      if (score === 0) break;
    }
  }
  const placed = best as PlacedLabel;
  taken.push(placed.box);
  return placed;
}
