/**
 * What every peer page draws, so that all of them show the same content as
 * the two Factbox widgets: North Korea's trade shares as a doughnut, and the
 * delegations as two horizontal bars. Each chart is 640×400 CSS px, drawn
 * into a box the page reserves (#pie, #bars), without animation.
 */
export const PIE = [
  { label: 'China', value: 90 },
  { label: 'Rest of world', value: 10 },
];

export const BARS = [
  { label: 'North Korea–Russia', value: 40 },
  { label: 'North Korea–China', value: 10 },
];

export const COLORS = ['#0072b2', '#e69f00'];
export const WIDTH = 640;
export const HEIGHT = 400;
/** Inner radius of the doughnut as a share of the outer one (Factbox's cutout). */
export const CUTOUT = 0.58;

export function box(id) {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no #${id}`);
  return element;
}

/**
 * Called once both charts are drawn: the bench's "chart painted" time is
 * the next animation frame after the render calls returned.
 */
export function painted() {
  requestAnimationFrame(() => performance.mark('bench:painted'));
}
