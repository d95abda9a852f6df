/**
 * Check 3, overlap: no two lines' word boxes intersect by more than
 * `TOLERANCE.overlap` in both axes (labels on top of each other, lines set
 * too tightly). Only what is painted counts: the parts left after clipping.
 */
import { quoteText } from './describe.js';
import { union, type Box } from './geometry.js';
import { problem, type LayoutProblem, type MeasuredRun } from './problems.js';
import type { TextRun } from './text-runs.js';
import { TOLERANCE } from './tolerance.js';

/** Overlapping text, once per pair of pieces of text (or once per piece whose own lines overlap), with the worst overlap. */
export function overlaps(measured: readonly MeasuredRun[]): LayoutProblem[] {
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
  return [...worstBySources.values()].map(({ a, b, width, height }) => {
    const what =
      a.source === b.source
        ? `${quoteText(a.sourceText)}: its lines overlap`
        : `${quoteText(a.sourceText)} and ${quoteText(b.sourceText)} overlap`;
    return problem(
      'overlap',
      `${a.sourceText}|${b.sourceText}`,
      Math.min(width, height),
      `${what} by ${Math.round(width)}×${Math.round(height)}px`,
    );
  });
}
