/**
 * For the tests of the Chart.js widgets only. A module apart from helpers.ts,
 * so that tests which must not load Chart.js (lazy loading) do not import it.
 */
import { Chart, type ChartType } from 'chart.js';
import { shadow } from './helpers.js';

/** The Chart.js chart drawn in a widget's canvas (fails when there is none). */
export function chartOf<T extends ChartType>(element: Element): Chart<T> {
  const chart = Chart.getChart(shadow(element).querySelector('canvas') as HTMLCanvasElement);
  if (!chart) throw new Error('no chart on the canvas');
  return chart as unknown as Chart<T>;
}
