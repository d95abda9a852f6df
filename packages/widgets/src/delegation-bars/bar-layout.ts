/**
 * The bars' geometry, shared by the widget (which sizes the chart box and
 * places names and values) and the chart chunk (which draws the bars), so
 * the widget does not import Chart.js to know it. In px.
 */
export const BAR = { THICKNESS: 24, NAME: 22, GAP: 12 } as const;
/** Height of one bar with the name above it and the gap below. */
export const BAND = BAR.THICKNESS + BAR.NAME + BAR.GAP;
/** Room above the first bar's band for its name (each bar sits in the middle of its band). */
export const PADDING_TOP = BAR.NAME + BAR.THICKNESS / 2 - BAND / 2;
export const PADDING_BOTTOM = 4;

/** Height of the chart box for `bars` bars. */
export function chartHeight(bars: number): number {
  return PADDING_TOP + bars * BAND + PADDING_BOTTOM;
}
