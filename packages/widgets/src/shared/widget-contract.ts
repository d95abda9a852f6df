import { LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Row, TableSchema } from '@factbox/datasets';
import type { Locale, Messages } from './i18n.js';
import { legendTemplate, type ItemEvents } from './templates/legend.js';
import { itemNotes } from './templates/notes.js';
import type { ChartItem, Note, TableColumn } from './types.js';

/**
 * A widget's contract: the attributes every widget takes from the page, and
 * what a widget tells the base about itself (its rows, what its chart
 * draws and how, its words). Abstract members every widget implements, and
 * hooks with the defaults most widgets keep. FactboxElement (the machinery:
 * loading, state, events, rendering) builds on this; a widget
 * extends FactboxElement and overrides what it needs here.
 *
 * Every widget's page is styled from outside through these parts and
 * custom properties:
 *
 * @csspart frame - The widget's box.
 * @csspart heading - The title.
 * @csspart subtitle - The line under the title (period, scope).
 * @csspart body - Chart (or table) with its legend and quote.
 * @csspart chart - The area the chart is drawn in.
 * @csspart legend - The list of items (slices, bars, symbols).
 * @csspart quote - The panel under the chart with the selected item's details and the source's words.
 * @csspart tooltip - The tooltip at the mark under the pointer.
 * @csspart notes - The notes under the chart: bounds, derived values, doubts about the source.
 * @csspart unverified - The banner over a chart of rows Factbox has not checked.
 * @csspart table - The data table (visually hidden until "Show table").
 * @csspart footer - Source line and buttons.
 * @csspart source - The source line.
 * @csspart button - Every button.
 * @csspart error - The error message.
 *
 * @cssprop [--factbox-height] - Space kept on the page for the widget, its least height (by default its tallest first render; see the widget catalogue).
 * @cssprop [--factbox-font] - Font shorthand for all text.
 * @cssprop [--factbox-background] - Background colour.
 * @cssprop [--factbox-text] - Text colour.
 * @cssprop [--factbox-muted] - Secondary text colour.
 * @cssprop [--factbox-border] - Border colour of the frame and controls.
 * @cssprop [--factbox-accent] - Links, focus rings.
 * @cssprop [--factbox-series-1] - First data colour (also -2, -3, -4).
 * @cssprop [--factbox-padding=0.75rem 0.875rem] - Inner spacing.
 * @cssprop [--factbox-radius=6px] - Corner radius.
 *
 */
export abstract class WidgetContract<R extends Row, M> extends LitElement {
  // Declared without decorators: the decorator helper would be bundled into every widget's chunk.
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    src: {},
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    data: { attribute: false },
  };

  /** `light`, `dark` or `auto` (follow the reader's system setting). Unknown values fall back to `auto`. */
  theme: string | null = null;
  /** URL of JSON or CSV rows in the dataset's schema, replacing the built-in rows. http(s) or relative only. */
  src: string | null = null;
  /** Title shown above the chart; a title derived from the data when absent. */
  heading: string | null = null;
  /** Level of the title in the page's outline (1–6). */
  headingLevel = 2;
  /** Rows to show instead of the built-in ones (validated like `src`). */
  data: readonly R[] | undefined = undefined;

  /** The widget's language, resolved from `lang` and the page. */
  protected abstract get locale(): Locale;
  /** The widget's shared words in its language. */
  protected abstract get messages(): Messages;
  /** The validated rows being shown (none while loading or after a data error). */
  protected abstract get rows(): readonly R[];
  /** What item buttons (legend rows, direct labels, map areas) do when pointed at, focused or clicked. */
  protected abstract get itemEvents(): ItemEvents;

  /** Resource name, used for the download's file name. */
  protected abstract readonly resource: string;
  /** Most rows the chart can show legibly; more from `src` or `data` is an error, not a frozen page. */
  protected abstract readonly maxRows: number;
  /** Table Schema that `src` and `data` rows must follow. */
  protected abstract readonly schema: TableSchema;
  /** The built-in rows from @factbox/datasets. */
  protected abstract defaultRows(): readonly R[];
  /** What the chart draws, in order. */
  protected abstract items(): readonly ChartItem<R>[];
  protected abstract defaultHeading(): string;
  /** The text alternative of the chart: everything it shows, in one or two sentences. */
  protected abstract summary(): string;
  protected abstract tableColumns(): readonly TableColumn<R>[];
  /** Imports the chart code (a chunk of its own, so that pages pay for it only near the viewport). */
  protected abstract importChart(): Promise<M>;
  /** The contents of the chart area once the chart code is loaded. */
  protected abstract renderChart(chart: M): TemplateResult;
  /** Draws or redraws the chart after rows, theme or language changed (canvas charts); false when it cannot yet. */
  protected drawChart(_chart: M): boolean {
    return true;
  }
  /** Frees the chart (canvas charts). */
  protected destroyChart(): void {}
  /** Shows the item under the pointer or in the panel in the chart (canvas charts). */
  protected highlightChart(_key: string | null): void {}
  /** Where an item's tooltip points, in the chart box's pixels; null for none. */
  protected anchorOf(_key: string): { x: number; y: number } | null {
    return null;
  }
  /** The notes under the chart; by default bounds, derived values and doubts about the source of the items drawn. */
  protected notes(items: readonly ChartItem<R>[]): readonly Note[] {
    return itemNotes(items, this.messages, this.locale);
  }
  /** The items of the data table: by default those the chart draws. */
  protected tableItems(): readonly ChartItem<R>[] {
    return this.items();
  }
  /** Anything besides rows, language and theme that changes what the chart draws (e.g. a reader's choice). */
  protected drawVariant(): string {
    return '';
  }
  /** Buttons a widget adds next to "Show table" (e.g. another reading of the data). */
  protected extraActions(): TemplateResult | typeof nothing {
    return nothing;
  }
  /** Geometry of the chart box (CSS custom properties set through the CSSOM), e.g. its height. */
  protected chartBox(): Readonly<Record<`--${string}`, string | number>> {
    return {};
  }
  /** Problems with valid rows that only this chart cares about (e.g. shares over 100%). */
  protected checkRows(_rows: readonly R[]): string[] {
    return [];
  }
  /** Which series colour (0–3) an item is drawn in; the same colour in legend and chart. */
  protected seriesIndex(_item: ChartItem<R>, index: number): number {
    return index % 4;
  }
  /** Role of the chart area: an image for canvas charts, a group for charts with focusable parts. */
  protected get chartRole(): 'img' | 'group' {
    return 'img';
  }
  /** A line under the title (e.g. the period), or null. */
  protected subtitle(): string | null {
    return null;
  }
  /** Extra credits for the source line (e.g. the basemap). */
  protected credits(): TemplateResult | typeof nothing {
    return nothing;
  }
  /** The element whose computed style holds the widget's font and colours (for canvas and SVG drawing). */
  protected get styleSource(): Element {
    return this.renderRoot.querySelector('.frame') ?? this;
  }

  /** The legend: one row per item, which opens its details; a widget with direct labels may draw none. */
  protected renderLegend(items: readonly ChartItem<R>[]): TemplateResult | typeof nothing {
    return legendTemplate(items, {
      ...this.itemEvents,
      messages: this.messages,
      seriesIndex: (item, index) => this.seriesIndex(item, index),
    });
  }
}
