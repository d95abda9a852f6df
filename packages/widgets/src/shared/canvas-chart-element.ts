import { html, type TemplateResult } from 'lit';
import type { Row } from '@factbox/datasets';
import type { CanvasChart } from './canvas.js';
import { FactboxElement } from './factbox-element.js';

/** Draws a chart on a canvas and returns its handle (exported by each chart module). */
export type DrawCanvasChart<I> = (canvas: HTMLCanvasElement, input: I) => CanvasChart<I>;

/**
 * A widget whose chart is drawn by Chart.js on a canvas: loads the chart
 * module, draws it on first sight, updates it in place when rows, theme or
 * language change, highlights the item in focus, and frees it when the
 * widget leaves the page. Subclasses say how to import the chart module and
 * what to give it.
 */
export abstract class CanvasChartElement<R extends Row, I> extends FactboxElement<R> {
  private draw: DrawCanvasChart<I> | null = null;
  private chart: CanvasChart<I> | null = null;

  /** Imports the chart module (a chunk of its own) and returns its draw function. */
  protected abstract importChart(): Promise<DrawCanvasChart<I>>;

  /** What the chart module draws, from the current items, locale and colours. */
  protected abstract chartInput(): I;

  protected async loadChart(): Promise<void> {
    this.draw = await this.importChart();
  }

  protected renderChart(): TemplateResult {
    // The chart is described by the chart area's accessible name and the data table; the canvas itself is decoration.
    return html`<canvas aria-hidden="true"></canvas>`;
  }

  protected override drawChart(): void {
    const canvas = this.renderRoot.querySelector('canvas');
    if (!canvas || !this.draw) return;
    if (this.chart) this.chart.update(this.chartInput());
    else this.chart = this.draw(canvas, this.chartInput());
  }

  protected override highlightChart(key: string | null): void {
    const index = this.items().findIndex((i) => i.key === key);
    this.chart?.highlight(index === -1 ? null : index);
  }

  protected override destroyChart(): void {
    this.chart?.destroy();
    this.chart = null;
  }

  /** Makes the pointer over item `index` the active item (for the quote box). */
  protected activateIndex(index: number | null): void {
    if (index !== null) this.setActive(this.items()[index]?.key ?? null);
  }
}
