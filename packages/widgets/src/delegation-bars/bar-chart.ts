/**
 * The delegation-count bars, drawn with Chart.js: horizontal bars, each with
 * its name written above it (full width for the bar even on a phone, and
 * nothing to truncate) and its value at its end. The bars mirror for
 * right-to-left. Registers only the bar controller, bar element and the two
 * scales; names and values are drawn by a small inline plugin.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, type Plugin } from 'chart.js';
import { canvasChart, hatch, type CanvasChart, type CanvasColors } from '../shared/canvas.js';

export interface BarInput {
  readonly labels: readonly string[];
  readonly values: readonly number[];
  /** What is written at the end of each bar ("40", "around 10 (derived)"). */
  readonly valueLabels: readonly string[];
  readonly derived: readonly boolean[];
  readonly colors: CanvasColors;
  readonly formatTick: (value: number) => string;
  readonly rtl: boolean;
  readonly onHover: (index: number | null) => void;
}

const LABEL_SIZE = 13;

function valueFont(colors: CanvasColors): string {
  return `600 ${LABEL_SIZE}px ${colors.font}`;
}

/** Width of the widest value label, so that the bars leave room for it. */
function widestValueLabel(input: BarInput): number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return 120;
  context.font = valueFont(input.colors);
  return Math.max(0, ...input.valueLabels.map((label) => context.measureText(label).width));
}

function dataset(input: BarInput) {
  const color = input.colors.series[0] ?? input.colors.text;
  const fill = input.derived.map((derived) => (derived ? hatch(color, input.colors.background) : color));
  return {
    data: [...input.values],
    backgroundColor: fill,
    hoverBackgroundColor: fill,
    borderColor: color,
    borderWidth: input.derived.map((derived) => (derived ? 2 : 0)),
    borderSkipped: false as const,
    hoverBorderColor: input.colors.text,
    hoverBorderWidth: 3,
    maxBarThickness: 36,
    categoryPercentage: 0.62,
    barPercentage: 1,
  };
}

function options(input: BarInput) {
  const { colors } = input;
  const room = Math.ceil(widestValueLabel(input)) + 10;
  return {
    animation: false as const,
    responsive: true,
    maintainAspectRatio: false,
    indexAxis: 'y' as const,
    layout: { padding: { top: LABEL_SIZE + 6, left: input.rtl ? room : 4, right: input.rtl ? 4 : room } },
    onHover: (_event: unknown, elements: { index: number }[]) => input.onHover(elements[0]?.index ?? null),
    scales: {
      x: {
        beginAtZero: true,
        reverse: input.rtl,
        grid: { color: colors.border },
        border: { color: colors.border },
        ticks: { color: colors.muted, precision: 0, font: { family: colors.font }, callback: (value: number | string) => input.formatTick(Number(value)) },
      },
      y: {
        position: input.rtl ? ('right' as const) : ('left' as const),
        grid: { display: false },
        border: { color: colors.muted },
        // The names are drawn above the bars instead (see the plugin).
        ticks: { display: false },
      },
    },
  };
}

export function drawBars(canvas: HTMLCanvasElement, first: BarInput): CanvasChart<BarInput> {
  Chart.register(BarController, BarElement, CategoryScale, LinearScale);
  let input = first;
  const labels: Plugin<'bar'> = {
    id: 'factboxBarLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.direction = input.rtl ? 'rtl' : 'ltr';
      ctx.textAlign = 'start';
      chart.getDatasetMeta(0).data.forEach((bar, index) => {
        const { x, y, base, height } = bar.getProps(['x', 'y', 'base', 'height'], true) as { x: number; y: number; base: number; height: number };
        // Name above the bar, from its base; value after its end.
        ctx.fillStyle = input.colors.text;
        ctx.font = `400 ${LABEL_SIZE}px ${input.colors.font}`;
        ctx.textBaseline = 'bottom';
        ctx.fillText(input.labels[index] ?? '', base, y - height / 2 - 3);
        ctx.font = valueFont(input.colors);
        ctx.textBaseline = 'middle';
        ctx.fillText(input.valueLabels[index] ?? '', input.rtl ? x - 6 : x + 6, y);
      });
      ctx.restore();
    },
  };
  const chart = new Chart<'bar', number[], string>(canvas, {
    type: 'bar',
    data: { labels: [...input.labels], datasets: [dataset(input)] },
    plugins: [labels],
    options: options(input),
  });
  return canvasChart<BarInput>(chart, (next) => {
    input = next;
    chart.data.labels = [...next.labels];
    chart.data.datasets[0] = dataset(next);
    chart.options = options(next);
  });
}
