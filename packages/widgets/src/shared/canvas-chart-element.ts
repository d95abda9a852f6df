import { html, type TemplateResult } from 'lit';
import type { Row } from '@factbox/datasets';
import type { CanvasChart, PointerCallbacks } from './canvas.js';
import { FactboxElement } from './factbox-element.js';

/** Draws a chart on a canvas and returns its handle (exported by each chart module). */
export type DrawCanvasChart<I> = (canvas: HTMLCanvasElement, input: I) => CanvasChart<I>;

/**
 * A widget whose chart is drawn by Chart.js on a canvas: draws it on first
 * sight, updates it in place when rows, theme or language change,
 * highlights the item in focus, and frees it when the widget leaves the
 * page. Subclasses say how to import the chart module and what to give it.
 */
export abstract class CanvasChartElement<R extends Row, I> extends FactboxElement<R, DrawCanvasChart<I>> {
  private drawn: CanvasChart<I> | null = null;

  /** What the chart module draws, from the current items, locale and colours. */
  protected abstract chartInput(): I;

  protected renderChart(): TemplateResult {
    // The chart is described by the chart area's accessible name and the data table; the canvas itself is decoration.
    return html`<canvas aria-hidden="true"></canvas>`;
  }

  protected override drawChart(draw: DrawCanvasChart<I>): boolean {
    const canvas = this.renderRoot.querySelector('canvas');
    if (!canvas) return false;
    if (this.drawn) this.drawn.update(this.chartInput());
    else this.drawn = draw(canvas, this.chartInput());
    return true;
  }

  protected override highlightChart(key: string | null): void {
    const index = this.items().findIndex((i) => i.key === key);
    this.drawn?.highlight(index === -1 ? null : index);
  }

  protected override destroyChart(): void {
    this.drawn?.destroy();
    this.drawn = null;
  }

  protected override anchorOf(key: string): { x: number; y: number } | null {
    const index = this.items().findIndex((i) => i.key === key);
    return index === -1 ? null : (this.drawn?.anchorOf(index) ?? null);
  }

  /** What the chart reports: the pointer over an item (its tooltip), a click or tap on one (its panel). */
  protected pointerCallbacks(): PointerCallbacks {
    const keyOf = (index: number): string | null => this.items()[index]?.key ?? null;
    return {
      // The tooltip points at the item (not at the pointer), so it moves only when the item changes.
      onHover: (index) => {
        const key = index === null ? null : keyOf(index);
        if (key !== (this.hovered?.key ?? null)) this.hover(key);
      },
      onSelect: (index) => this.select(keyOf(index)),
    };
  }
}
