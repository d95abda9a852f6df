/**
 * The trade-share doughnut, drawn with Chart.js. Loaded only when the widget
 * nears the viewport. Registers just the doughnut controller and arc element:
 * legend, tooltip and labels are Lit DOM in the widget, accessible and lighter.
 */
import { ArcElement, Chart, DoughnutController, type Plugin } from 'chart.js';
import { canvasChart, hatch, type CanvasChart, type CanvasColors } from '../shared/canvas.js';

export interface PieInput {
  readonly labels: readonly string[];
  readonly values: readonly number[];
  readonly derived: readonly boolean[];
  readonly seriesIndex: readonly number[];
  readonly colors: CanvasColors;
  /** Drawn in the hole: the main figure ("over 90%") and what it is ("China"). */
  readonly centerValue: string;
  readonly centerLabel: string;
  readonly rtl: boolean;
  readonly onHover: (index: number | null) => void;
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
    hoverOffset: 10,
  };
}

export function drawPie(canvas: HTMLCanvasElement, first: PieInput): CanvasChart<PieInput> {
  Chart.register(DoughnutController, ArcElement);
  let input = first;
  const centerText: Plugin<'doughnut'> = {
    id: 'factboxCenterText',
    afterDraw(chart) {
      const arc = chart.getDatasetMeta(0).data[0];
      if (!arc) return;
      const { x, y, innerRadius } = arc.getProps(['x', 'y', 'innerRadius'], true) as { x: number; y: number; innerRadius: number };
      const { ctx } = chart;
      const size = Math.max(12, Math.min(28, innerRadius / 3));
      ctx.save();
      ctx.direction = input.rtl ? 'rtl' : 'ltr';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillStyle = input.colors.text;
      ctx.font = `700 ${size}px ${input.colors.font}`;
      ctx.fillText(input.centerValue, x, y - size * 0.35, innerRadius * 1.8);
      ctx.fillStyle = input.colors.muted;
      ctx.font = `400 ${Math.round(size * 0.6)}px ${input.colors.font}`;
      ctx.fillText(input.centerLabel, x, y + size * 0.6, innerRadius * 1.8);
      ctx.restore();
    },
  };
  const chart = new Chart<'doughnut', number[], string>(canvas, {
    type: 'doughnut',
    data: { labels: [...input.labels], datasets: [dataset(input)] },
    plugins: [centerText],
    options: {
      // No animation: the chart is there at first paint, and reduced-motion readers get no motion at all.
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      cutout: '58%',
      layout: { padding: 12 },
      onHover: (_event, elements) => input.onHover(elements[0]?.index ?? null),
    },
  });
  return canvasChart<PieInput>(chart, (next) => {
    input = next;
    chart.data.labels = [...next.labels];
    chart.data.datasets[0] = dataset(next);
  });
}
