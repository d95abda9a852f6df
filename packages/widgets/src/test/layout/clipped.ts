/**
 * Check 2, clipped: every piece of text and every graphic lies fully within
 * every clipping ancestor, across shadow boundaries (up to and including the
 * host). Text cut mid-sentence by a box too small for it is the bug this
 * catches; cut text is reported by the innermost box that cuts it.
 */
import { overflowOf, type Clipper } from './clipping.js';
import type { GraphicBox } from './collect.js';
import { describeElement, lineCount, lines } from './describe.js';
import { groupBy, problem, type LayoutProblem, type Piece } from './problems.js';

/** One problem per piece of text and the innermost box that cuts it. */
export function clippedText(piece: Piece): LayoutProblem[] {
  const { run, quoted } = piece;
  const total = piece.totalLines;
  const multiline = total > 1;
  const problems: LayoutProblem[] = [];
  for (const cut of groupBy(
    piece.runs.filter((m) => m.cutBy[0]),
    (m) => m.cutBy[0]?.element,
  ).values()) {
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
      ? gone
        ? 'cut off entirely'
        : 'clipped'
      : gone === total
        ? `cut off entirely (${lines(total)})`
        : `clipped (${lines(cutLines)} of ${total} cut${gone ? `, ${gone} of them entirely` : ''})`;
    const extent = !multiline ? (gone ? 'entirely' : 'partly') : gone === total ? `all ${lines(total)}` : `${cutLines} of ${lines(total)}`;
    problems.push(
      problem(
        'clipped',
        `${run.sourceText}|${name}`,
        amount,
        `${quoted} ${how} by ${name} (${clipper.why}) by {amount}px at the ${sides.join(' and ')}${also.length ? `; also cut by ${also.join(', ')}` : ''}`,
        { by: `${name} (${clipper.why})`, text: quoted, extent },
      ),
    );
  }
  return problems;
}

/** A graphic cut by the innermost of `clippers` (its clipping ancestors) that cuts it. */
export function clippedGraphic(graphic: GraphicBox, clippers: readonly Clipper[]): LayoutProblem[] {
  const name = describeElement(graphic.element);
  const cutting = clippers.find((c) => overflowOf(graphic.box, c.box).amount > 0);
  if (!cutting) return [];
  const { amount, sides } = overflowOf(graphic.box, cutting.box);
  return [
    problem(
      'clipped',
      `graphic|${name}|${describeElement(cutting.element)}`,
      amount,
      `the ${name} drawing is clipped by ${describeElement(cutting.element)} (${cutting.why}) by {amount}px at the ${sides.join(' and ')}`,
    ),
  ];
}
