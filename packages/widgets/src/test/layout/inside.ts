/**
 * Check 1, inside: the visible part of every piece of text and every graphic
 * lies within the host's border box. A widget paints only inside its box:
 * anything outside lands on the page around it.
 */
import { overflowOf, type Clipper } from './clipping.js';
import type { GraphicBox } from './collect.js';
import { describeElement, lineCount, lines } from './describe.js';
import { EVERYWHERE, intersection, isEmpty, union, type Box } from './geometry.js';
import { problem, type LayoutProblem, type Piece } from './problems.js';

/** The lines of a piece of text painted outside the host (what its clipping ancestors cut off is not painted). */
export function textOutside(piece: Piece, hostBox: Box, hostName: string): LayoutProblem[] {
  const { run, quoted } = piece;
  const total = piece.totalLines;
  const multiline = total > 1;
  const outside = piece.runs
    .filter((m) => m.visibleParts.length > 0)
    .map((m) => ({ run: m.run, ...overflowOf(union(m.visibleParts), hostBox) }))
    .filter((o) => o.amount > 0);
  if (outside.length === 0) return [];
  const sides = [...new Set(outside.flatMap((o) => o.sides))];
  return [
    problem(
      'inside',
      run.sourceText,
      Math.max(...outside.map((o) => o.amount)),
      `${quoted} painted outside ${hostName} by {amount}px at the ${sides.join(' and ')}${multiline ? ` (${lines(lineCount(outside.map((o) => o.run)))} of ${total})` : ''}`,
    ),
  ];
}

/** The visible part of a graphic (within `clippers`, its clipping ancestors) outside the host. */
export function graphicOutside(graphic: GraphicBox, clippers: readonly Clipper[], hostBox: Box, hostName: string): LayoutProblem[] {
  const name = describeElement(graphic.element);
  const visible = intersection(
    graphic.box,
    clippers.reduce<Box>((box, c) => intersection(box, c.box), EVERYWHERE),
  );
  if (isEmpty(visible)) return [];
  const { amount, sides } = overflowOf(visible, hostBox);
  return amount > 0
    ? [
        problem(
          'inside',
          `graphic|${name}`,
          amount,
          `the ${name} drawing lies outside ${hostName} by {amount}px at the ${sides.join(' and ')}`,
        ),
      ]
    : [];
}
