/**
 * The delegation-count bars, drawn with Chart.js: horizontal bars only, with
 * room above each bar for its name and after its end for its value. Names
 * and values are Lit DOM placed over the canvas from the geometry reported
 * here (accessible, focusable, measurable), not canvas text. The bars mirror
 * for right-to-left. Registers only the bar controller, bar element and the
 * two scales; no axis is drawn: every bar carries its value.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, type Plugin } from 'chart.js';
import { BAR, PADDING_BOTTOM, PADDING_TOP } from './bar-layout.js';
import { canvasChart, hatch, pointerOptions, type CanvasChart, type CanvasColors, type PointerCallbacks } from '../shared/canvas.js';

/** Where a bar is, in the canvas's CSS pixels. */
export interface BarGeometry {
  readonly top: number;
  readonly bottom: number;
  /** x of the bar's base (left in English, right in Arabic). */
  readonly base: number;
  /** x of the bar's end. */
  readonly end: number;
}

export interface BarInput extends PointerCallbacks {
  readonly values: readonly number[];
  readonly derived: readonly boolean[];
  readonly colors: CanvasColors;
  readonly rtl: boolean;
  /** Room kept after the longest bar for its value, in px. */
  readonly valueRoom: number;
  readonly onGeometry: (bars: readonly BarGeometry[]) => void;
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
    hoverBorderWidth: 2,
    barThickness: BAR.THICKNESS,
  };
}

function options(input: BarInput) {
  return {
    animation: false as const,
    responsive: true,
    maintainAspectRatio: false,
    indexAxis: 'y' as const,
    layout: {
      padding: { top: PADDING_TOP, bottom: PADDING_BOTTOM, left: input.rtl ? input.valueRoom : 0, right: input.rtl ? 0 : input.valueRoom },
    },
    ...pointerOptions(() => input),
    scales: {
      x: { display: false, beginAtZero: true, reverse: input.rtl },
      y: { display: false },
    },
  };
}

export function drawBars(canvas: HTMLCanvasElement, first: BarInput): CanvasChart<BarInput> {
  Chart.register(BarController, BarElement, CategoryScale, LinearScale);
  let input = first;
  let reported = '';
  const geometry: Plugin<'bar'> = {
    id: 'factboxBarGeometry',
    afterDraw(chart) {
      const bars = chart.getDatasetMeta(0).data.map((bar) => {
        const { x, y, base, height } = bar.getProps(['x', 'y', 'base', 'height'], true) as {
          x: number;
          y: number;
          base: number;
          height: number;
        };
        return { top: y - height / 2, bottom: y + height / 2, base, end: x };
      });
      // Reported only when it changes: the widget re-renders its labels, which must not loop.
      const key = JSON.stringify(bars);
      if (key === reported) return;
      reported = key;
      input.onGeometry(bars);
    },
  };
  const chart = new Chart<'bar', number[], string>(canvas, {
    type: 'bar',
    data: { labels: input.values.map((_, i) => String(i)), datasets: [dataset(input)] },
    plugins: [geometry],
    options: options(input),
  });
  return canvasChart<BarInput>(chart, (next) => {
    input = next;
    chart.data.labels = next.values.map((_, i) => String(i));
    chart.data.datasets[0] = dataset(next);
    chart.options = options(next);
  });
}
