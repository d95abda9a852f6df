/**
 * The delegation-count bars, drawn with Chart.js: horizontal bars, so that
 * long pair names stay readable and the bars mirror for right-to-left.
 * Registers only the bar controller, bar element and the two scales; values
 * are written at the end of each bar by a small inline plugin.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, type Plugin } from 'chart.js';
import { hatch, type CanvasColors } from '../shared/canvas.js';

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

export interface BarHandle {
  update(input: BarInput): void;
  highlight(index: number | null): void;
  destroy(): void;
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
    maxBarThickness: 40,
  };
}

function options(input: BarInput) {
  const { colors } = input;
  return {
    animation: false as const,
    responsive: true,
    maintainAspectRatio: false,
    indexAxis: 'y' as const,
    // Room at the end of the bars for the value labels.
    layout: { padding: input.rtl ? { left: 110, right: 8 } : { left: 8, right: 110 } },
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
        ticks: { color: colors.text, font: { family: colors.font, size: 13 } },
      },
    },
  };
}

export function drawBars(canvas: HTMLCanvasElement, first: BarInput): BarHandle {
  Chart.register(BarController, BarElement, CategoryScale, LinearScale);
  let input = first;
  const valueLabels: Plugin<'bar'> = {
    id: 'factboxValueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.direction = input.rtl ? 'rtl' : 'ltr';
      ctx.textBaseline = 'middle';
      ctx.textAlign = 'start';
      ctx.fillStyle = input.colors.text;
      ctx.font = `600 13px ${input.colors.font}`;
      chart.getDatasetMeta(0).data.forEach((bar, index) => {
        const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
        ctx.fillText(input.valueLabels[index] ?? '', input.rtl ? x - 6 : x + 6, y);
      });
      ctx.restore();
    },
  };
  const chart = new Chart<'bar', number[], string>(canvas, {
    type: 'bar',
    data: { labels: [...input.labels], datasets: [dataset(input)] },
    plugins: [valueLabels],
    options: options(input),
  });
  return {
    update(next) {
      input = next;
      chart.data.labels = [...next.labels];
      chart.data.datasets[0] = dataset(next);
      chart.options = options(next);
      chart.update();
    },
    highlight(index) {
      chart.setActiveElements(index === null ? [] : [{ datasetIndex: 0, index }]);
      chart.update();
    },
    destroy() {
      chart.destroy();
    },
  };
}
