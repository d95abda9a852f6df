/**
 * `checkLayout`: measures what a widget paints once, then runs the checks on
 * it. The order of the problems is fixed (per piece of text: clipped, inside,
 * font size, hidden; then the graphics: clipped, inside; then overlaps), so
 * that a report reads the same from one run to the next.
 */
import { clippedGraphic, clippedText } from './clipped.js';
import { clippersOf, overflowOf } from './clipping.js';
import { collect } from './collect.js';
import { describeElement, lineCount, quoteText } from './describe.js';
import { tooSmall } from './font-size.js';
import { EVERYWHERE, intersection, isEmpty, toBox, type Box } from './geometry.js';
import { hiddenText } from './hidden.js';
import { graphicOutside, textOutside } from './inside.js';
import { overlaps } from './overlap.js';
import { groupBy, type LayoutCheck, type LayoutProblem, type MeasuredRun, type Piece } from './problems.js';
import { squeezed } from './squeezed.js';

export interface CheckOptions {
  /** Run only these checks (all by default). */
  readonly checks?: readonly LayoutCheck[];
}

/**
 * Every layout problem of `host` as it is on screen now, all of them (not
 * just the first), each once per piece of text (a text node, an SVG line, a
 * drawn label) rather than once per line. See the module comment of
 * ../layout.ts for the checks; `formatProblems` makes them a readable list.
 */
export function checkLayout(host: Element, options: CheckOptions = {}): LayoutProblem[] {
  const wanted = new Set<LayoutCheck>(options.checks ?? ['inside', 'clipped', 'overlap', 'hidden', 'font-size', 'squeezed']);
  const problems: LayoutProblem[] = [];
  const hostBox = toBox(host.getBoundingClientRect());
  const hostName = describeElement(host);
  const { runs, graphics } = collect(host);

  const measured: MeasuredRun[] = runs.map((run) => {
    // Drawn text is cut by its canvas too; DOM text by its own element's overflow.
    const clippers = clippersOf(run.element, host, true);
    const clip = clippers.reduce<Box>((box, c) => intersection(box, c.box), EVERYWHERE);
    const visibleParts = run.parts.map((part) => intersection(part, clip)).filter((part) => !isEmpty(part));
    return { run, visibleParts, cutBy: clippers.filter((c) => overflowOf(run.box, c.box).amount > 0) };
  });
  const bySource = groupBy(measured, (m) => m.run.source);

  for (const group of bySource.values()) {
    const first = group[0];
    if (!first) continue;
    const { run } = first;
    const piece: Piece = {
      runs: group,
      run,
      quoted: `${quoteText(run.sourceText)}${run.kind === 'canvas' ? ' (canvas)' : ''}`,
      totalLines: lineCount(group.map((m) => m.run)),
    };
    if (wanted.has('clipped')) problems.push(...clippedText(piece));
    if (wanted.has('inside')) problems.push(...textOutside(piece, hostBox, hostName));
    if (wanted.has('font-size')) problems.push(...tooSmall(piece));
    if (wanted.has('hidden')) problems.push(...hiddenText(piece));
    if (wanted.has('squeezed')) problems.push(...squeezed(piece));
  }

  for (const graphic of graphics) {
    const clippers = clippersOf(graphic.element, host, false);
    if (wanted.has('clipped')) problems.push(...clippedGraphic(graphic, clippers));
    if (wanted.has('inside')) problems.push(...graphicOutside(graphic, clippers, hostBox, hostName));
  }

  if (wanted.has('overlap')) problems.push(...overlaps(measured));
  return problems;
}
