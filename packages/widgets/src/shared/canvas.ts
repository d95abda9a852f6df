import type { Chart } from 'chart.js';

/**
 * Helpers for the Chart.js charts (loaded with the chart code, not before):
 * colours read from the widget's CSS custom properties, so that host themes
 * reach the canvas, and the hatch pattern that marks derived values.
 */

export interface CanvasColors {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly border: string;
  readonly series: readonly string[];
  readonly font: string;
}

export function readColors(host: Element): CanvasColors {
  const style = getComputedStyle(host);
  const read = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
  return {
    background: read('--_fb-background', '#ffffff'),
    text: read('--_fb-text', '#1b1b1b'),
    muted: read('--_fb-muted', '#595959'),
    border: read('--_fb-border', '#c9c9c9'),
    series: [1, 2, 3, 4].map((n) => read(`--_fb-series-${n}`, '#0072b2')),
    font: style.fontFamily || 'sans-serif',
  };
}

let measuring: CanvasRenderingContext2D | null | undefined;

/** Width of `text` in a CSS `font`, measured on a canvas (an estimate when there is no 2D context). */
export function textWidth(text: string, font: string): number {
  measuring ??= document.createElement('canvas').getContext('2d');
  if (!measuring) return text.length * 8;
  measuring.font = font;
  return measuring.measureText(text).width;
}

/** Diagonal hatching in `color` on `background`: a derived value, told apart without colour. */
export function hatch(color: string, background: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  const size = 8 * Math.max(1, Math.round(globalThis.devicePixelRatio || 1));
  tile.width = size;
  tile.height = size;
  const context = tile.getContext('2d');
  if (!context) return color;
  context.fillStyle = background;
  context.fillRect(0, 0, size, size);
  context.strokeStyle = color;
  context.lineWidth = size / 4;
  context.beginPath();
  for (const offset of [-size, 0, size]) {
    context.moveTo(offset, size);
    context.lineTo(offset + size, 0);
  }
  context.stroke();
  return context.createPattern(tile, 'repeat') ?? color;
}

/** What a widget holds of a drawn chart. */
export interface CanvasChart<I> {
  update(input: I): void;
  highlight(index: number | null): void;
  /** Where item `index`'s tooltip points, in the canvas's CSS pixels. */
  anchorOf(index: number): { x: number; y: number } | null;
  destroy(): void;
}

/** What every Chart.js chart reports back to its widget. */
export interface PointerCallbacks {
  /** The pointer is over item `index` at (x, y) of the canvas, or over none. */
  readonly onHover: (index: number | null, at: { x: number; y: number } | null) => void;
  /** A click or tap on item `index`. */
  readonly onSelect: (index: number) => void;
}

/** Chart.js options that report pointer movement and clicks over the chart's elements. */
export function pointerOptions(callbacks: () => PointerCallbacks) {
  return {
    onHover: (event: { x: number | null; y: number | null }, elements: { index: number }[]) => {
      const index = elements[0]?.index ?? null;
      callbacks().onHover(index, index === null || event.x === null || event.y === null ? null : { x: event.x, y: event.y });
    },
    onClick: (_event: unknown, elements: { index: number }[]) => {
      const index = elements[0]?.index;
      if (index !== undefined) callbacks().onSelect(index);
    },
  };
}

/**
 * The handle of a Chart.js chart: `apply` puts new input into the chart's data
 * and options, then the chart redraws; `highlight` marks one item as active.
 */
export function canvasChart<I>(chart: Chart, apply: (input: I) => void): CanvasChart<I> {
  return {
    update(input) {
      apply(input);
      chart.update();
    },
    highlight(index) {
      chart.setActiveElements(index === null ? [] : [{ datasetIndex: 0, index }]);
      chart.update();
    },
    anchorOf(index) {
      const element = chart.getDatasetMeta(0).data[index];
      if (!element) return null;
      const { x, y } = element.tooltipPosition(true);
      return x === null || y === null ? null : { x, y };
    },
    destroy() {
      chart.destroy();
    },
  };
}
