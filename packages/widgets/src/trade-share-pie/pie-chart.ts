/**
 * The trade-share doughnut, drawn with Chart.js. Loaded only when the widget
 * nears the viewport. Registers just the doughnut controller and arc element:
 * names, values, tooltips and notes are Lit DOM in the widget, accessible
 * and lighter.
 */
import { ArcElement, Chart, DoughnutController } from 'chart.js';
import { canvasChart, hatch, pointerOptions, type CanvasChart, type CanvasColors, type PointerCallbacks } from '../shared/canvas.js';

export interface PieInput extends PointerCallbacks {
  readonly values: readonly number[];
  readonly derived: readonly boolean[];
  readonly seriesIndex: readonly number[];
  readonly colors: CanvasColors;
}

function dataset(input: PieInput) {
  const { colors } = input;
  const color = (i: number): string => colors.series[input.seriesIndex[i] ?? 0] ?? colors.text;
  const fill = input.values.map((_, i) => (input.derived[i] ? hatch(color(i), colors.background) : color(i)));
  return {
    data: [...input.values],
    backgroundColor: fill,
    hoverBackgroundColor: fill,
    // Derived slices get an outline in their colour; stated ones a gap in the background colour.
    borderColor: input.values.map((_, i) => (input.derived[i] ? color(i) : colors.background)),
    borderWidth: 2,
    hoverOffset: 8,
  };
}

export function drawPie(canvas: HTMLCanvasElement, first: PieInput): CanvasChart<PieInput> {
  Chart.register(DoughnutController, ArcElement);
  let input = first;
  const chart = new Chart<'doughnut', number[], string>(canvas, {
    type: 'doughnut',
    data: { labels: input.values.map(String), datasets: [dataset(input)] },
    options: {
      // No animation: the chart is there at first paint, and reduced-motion readers get no motion at all.
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      cutout: '55%',
      layout: { padding: 10 },
      ...pointerOptions(() => input),
    },
  });
  return canvasChart<PieInput>(chart, (next) => {
    input = next;
    chart.data.labels = next.values.map(String);
    chart.data.datasets[0] = dataset(next);
  });
}
