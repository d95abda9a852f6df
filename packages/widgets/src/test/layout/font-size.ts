/**
 * Check 5, font size: every line of text is at least `TOLERANCE.minFontSize`
 * as rendered. For SVG text that is after its viewBox and transforms have
 * scaled it: the size the reader gets, not the one the markup says.
 */
import { quoteText } from './describe.js';
import { problem, type LayoutProblem, type Piece } from './problems.js';
import { TOLERANCE } from './tolerance.js';

/** The smallest line of a piece of text, when it is too small. */
export function tooSmall(piece: Piece): LayoutProblem[] {
  const { run, quoted } = piece;
  const smallest = piece.runs.reduce((min, m) => (m.run.fontSize < min.fontSize ? m.run : min), run);
  if (smallest.fontSize >= TOLERANCE.minFontSize - 0.01) return [];
  const what = smallest.text === run.sourceText ? quoted : `${quoteText(smallest.text)} in ${quoted}`;
  return [
    problem(
      'font-size',
      run.sourceText,
      smallest.fontSize,
      `${what} is {amount}px, under ${TOLERANCE.minFontSize}px${smallest.kind === 'svg' ? ' as rendered' : ''}`,
    ),
  ];
}
