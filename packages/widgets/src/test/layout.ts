/**
 * Measuring a widget the way a reader sees it: the boxes of the text that is
 * really painted, not the DOM that holds it. DOM tests passed while readers
 * saw text cut mid-sentence, labels on top of each other and words painted
 * outside the widget; these helpers look at pixels' positions instead.
 *
 * What is measured, piercing open shadow roots (and following slots):
 * - HTML text: every word's boxes (`Range.getClientRects()`), grouped into
 *   runs, one per line of each text node;
 * - SVG `<text>`/`<tspan>`: one run per text node (one line each), in screen
 *   coordinates, with the font size as rendered (viewBox scale included);
 * - canvas text cannot be read from the DOM. A widget may expose
 *   `layoutBoxes()` (see `DrawsText`) to have it checked; otherwise only the
 *   canvas itself is checked (inside the widget, not clipped);
 * - the graphics (canvas, outer svg, img, video, iframe): inside and not clipped.
 *
 * Text a reader cannot see is skipped: display none (and closed <details>),
 * visibility hidden, opacity 0, transparent colour (SVG: no fill), zero size,
 * and the "visually hidden" idiom for screen readers (clip-path inset(50%),
 * clip rect(0 0 0 0), or a 1 px box that hides its overflow). `aria-hidden`
 * text is seen, so it is measured. Text cut by an ancestor's overflow
 * (hidden, auto, scroll, clip) or by an svg viewport is NOT skipped: that is
 * the bug of text cut mid-sentence, reported as "clipped".
 *
 * Checks (see `checkLayout`):
 * 1. inside: the visible part of every run lies within the host's border box;
 * 2. clipped: every run lies fully within every clipping ancestor, across
 *    shadow boundaries (up to and including the host);
 * 3. overlap: no two runs' word boxes intersect by more than 2 px in both axes;
 * 4. hidden: at sample points of every run, no other element that paints a
 *    box (background, image, canvas pixels, SVG fill) is on top of its text;
 * 5. font size: every run is at least 11 px as rendered;
 * 6. squeezed: no word of letters is broken across lines (a column narrower
 *    than its words stacks their letters: inside, apart, and unreadable).
 *
 * The modules in ./layout/, in the order of the work:
 * - flat-tree.ts, geometry.ts: walking the rendered tree, boxes;
 * - visibility.ts, text-runs.ts, collect.ts: what a reader sees, as text
 *   runs (one per line) and graphics;
 * - clipping.ts: which ancestors cut what, and by how much;
 * - tolerance.ts: how much is let pass, and why;
 * - problems.ts, check-layout.ts: what the checks share, and `checkLayout`,
 *   which runs them;
 * - inside.ts, clipped.ts, overlap.ts, hidden.ts, font-size.ts, squeezed.ts: one check each;
 * - describe.ts, report.ts: naming elements and text, and the readable list
 *   of problems across a widget's states (`formatProblems`).
 *
 * This module is the entry the tests import.
 */
export { checkLayout, type CheckOptions } from './layout/check-layout.js';
export { collect, type Collected, type DrawnTextBox, type DrawsText, type GraphicBox } from './layout/collect.js';
export { describeElement, quoteText } from './layout/describe.js';
export type { Box } from './layout/geometry.js';
export type { LayoutCheck, LayoutProblem } from './layout/problems.js';
export { describeProblem, formatProblems } from './layout/report.js';
export type { TextRun } from './layout/text-runs.js';
export { TOLERANCE } from './layout/tolerance.js';
export { alphaOf } from './layout/visibility.js';
