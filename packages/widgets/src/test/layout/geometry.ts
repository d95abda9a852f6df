/**
 * Boxes in viewport (client) CSS pixels, and the few operations the
 * collecting and the checks do on them.
 */

/** A rectangle in viewport (client) CSS pixels. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export function toBox(rect: { left: number; top: number; right: number; bottom: number }): Box {
  return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
}

export function isEmpty(box: Box): boolean {
  return box.right - box.left < 0.5 || box.bottom - box.top < 0.5;
}

export function union(boxes: readonly Box[]): Box {
  return {
    left: Math.min(...boxes.map((b) => b.left)),
    top: Math.min(...boxes.map((b) => b.top)),
    right: Math.max(...boxes.map((b) => b.right)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  };
}

export function intersection(a: Box, b: Box): Box {
  return {
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  };
}

/** No clip at all: where an intersection of clipping boxes starts. */
export const EVERYWHERE: Box = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
