/**
 * Check 6, squeezed: no word of letters is broken across lines. A column
 * narrower than its words (a table column, a caption in a collapsed table)
 * stacks letters one under the other: the text is inside the widget and
 * overlaps nothing, yet nobody can read it.
 */
import { quoteText } from './describe.js';
import { problem, type LayoutProblem, type Piece } from './problems.js';

/** The words a piece of text breaks inside, when there are any. */
export function squeezed(piece: Piece): LayoutProblem[] {
  const broken = piece.runs.flatMap((m) => m.run.brokenWords ?? []);
  if (broken.length === 0) return [];
  const shown = broken
    .slice(0, 3)
    .map((word) => quoteText(word))
    .join(', ');
  return [
    problem(
      'squeezed',
      piece.run.sourceText,
      broken.length,
      `${piece.quoted} breaks {amount} word(s) across lines (${shown}): its column is narrower than its words`,
    ),
  ];
}
