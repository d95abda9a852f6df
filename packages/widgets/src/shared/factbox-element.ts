import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Row, TableSchema } from '@factbox/datasets';
import { VERSION } from '../generated/version.js';
import { ChartController, type DrawKey } from './chart-controller.js';
import type { Locale, Messages } from './i18n.js';
import { LocaleController } from './locale-controller.js';
import { Provenance } from './provenance.js';
import { RowsController } from './rows-controller.js';
import { StatusController, type StatusView } from './status-controller.js';
import { frameStyles } from './styles.js';
import { cssProperties } from './css-properties.js';
import type { TemplateContext } from './templates/context.js';
import { panelTemplate, tooltipTemplate, type TooltipAnchor } from './templates/details.js';
import { actionButtons, frameTemplate } from './templates/frame.js';
import { legendTemplate, type ItemEvents } from './templates/legend.js';
import { itemNotes, notesTemplate } from './templates/notes.js';
import { problemTemplate } from './templates/problem.js';
import { sourceLineTemplate } from './templates/source-line.js';
import { tableStyles, tableTemplate } from './templates/table.js';
import { themeStyles } from './theme.js';
import { THEME_NAMES, type ChartItem, type Note, type TableColumn, type WidgetState } from './types.js';

/** What the widget shows now: its one state, derived from its rows and its chart. */
interface View<R extends Row> extends StatusView {
  readonly rows: readonly R[];
}

/**
 * The base of every widget: its attributes, state and events, and the page
 * it renders (heading, chart, legend, callout, table, source line). Loading
 * rows, loading the chart code near the viewport and the language are
 * controllers; the parts of the page are template modules. Subclasses say
 * what to draw. Internal: not exported from the package.
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
 * @csspart table - The data table (visually hidden until "Show table").
 * @csspart footer - Source line and buttons.
 * @csspart source - The source line.
 * @csspart button - Every button.
 * @csspart error - The error message.
 *
 * @cssprop [--factbox-height] - Height reserved before the widget renders (its first-render height; see the widget catalogue).
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
 * @attr {'loading' | 'ready' | 'error'} state - Reflects the widget's state; read-only.
 * @attr {string} lang - `en` or `ar` (also regional tags); default: the nearest `lang` on the page.
 *
 * @fires factbox-ready - The data is valid and the chart is drawn. Bubbles, composed.
 * @fires factbox-error - The widget shows an error (bad data, failed request, chart code failed to load). Bubbles, composed.
 */
export abstract class FactboxElement<R extends Row, M = unknown> extends LitElement {
  /** The @factbox/widgets version this class comes from. */
  static readonly version: string = VERSION;
  static override styles = [themeStyles, frameStyles, tableStyles];
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'state'];
  }

  /** `light`, `dark` or `auto` (follow the reader's system setting). Unknown values fall back to `auto`. */
  @property({ reflect: true }) theme: string | null = null;
  /** URL of JSON or CSV rows in the dataset's schema, replacing the built-in rows. http(s) or relative only. */
  @property() src: string | null = null;
  /** Title shown above the chart; a title derived from the data when absent. */
  @property() heading: string | null = null;
  /** Level of the title in the page's outline (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Rows to show instead of the built-in ones (validated like `src`). */
  @property({ attribute: false }) data: readonly R[] | undefined = undefined;

  @state() protected tableVisible = false;
  /** The item whose details are open in the panel (focus, click, tap). */
  @state() protected selectedKey: string | null = null;
  /** The item under the pointer, and where its tooltip goes in the chart box. */
  @state() protected hovered: (TooltipAnchor & { readonly key: string }) | null = null;

  private readonly warned = new Set<string>();
  protected readonly localization = new LocaleController(this, (key, message) => this.warnOnce(key, message));
  protected readonly chart = new ChartController<M>(this, {
    importChart: () => this.importChart(),
    draw: (chart) => this.drawChart(chart),
    destroy: () => this.destroyChart(),
    // `rows` may be fewer than those loaded (a widget's own filter): factbox-ready counts the rows shown.
    drawn: (key) => this.status.drawn(key.rows, this.rows.length),
  });
  private readonly rowSource = new RowsController<R>(this, {
    schema: () => this.schema,
    maxRows: () => this.maxRows,
    builtIn: () => this.defaultRows(),
    check: (rows) => this.checkRows(rows),
    input: () => ({ src: this.src, data: this.data }),
    messages: () => this.messages,
    warnOnce: (key, message) => this.warnOnce(key, message),
  });
  private readonly status = new StatusController(this, () => this.view, (key, message) => this.warnOnce(key, message));
  private provenanceOfRows: Provenance | null = null;

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
  protected get locale(): Locale {
    return this.localization.locale;
  }
  protected get messages(): Messages {
    return this.localization.messages;
  }
  /** The validated rows being shown (none while loading or after a data error). */
  protected get rows(): readonly R[] {
    return this.view.rows;
  }
  protected get templateContext(): TemplateContext {
    this.provenanceOfRows ??= new Provenance(this.schema, () => this.defaultRows());
    return { locale: this.locale, messages: this.messages, provenance: this.provenanceOfRows };
  }

  /** `loading`, `ready` or `error`, also reflected to the `state` attribute (for CSS and tests). Read-only. */
  get state(): WidgetState {
    return this.view.state;
  }

  private get view(): View<R> {
    const rows = this.rowSource.status;
    if (rows.kind === 'loading') return { state: 'loading', rows: [], problem: null };
    if (rows.kind === 'failed') return { state: 'error', rows: [], problem: rows.problem };
    if (this.chart.status === 'failed') return { state: 'error', rows: rows.rows, problem: { message: this.messages.chartFailed, details: [], retry: 'chart', cause: String(this.chart.error) } };
    return { state: this.status.isReady(rows.rows) ? 'ready' : 'loading', rows: rows.rows, problem: null };
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    // `state` is the widget's to say: a value written from outside is put back.
    if (name === 'state') return this.status.reflect();
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('theme') && this.theme !== null && !(THEME_NAMES as readonly string[]).includes(this.theme)) {
      this.warnOnce(`theme:${this.theme}`, this.messages.errors.unknownValue('theme', this.theme, 'auto'));
    }
    if (changed.has('data') || changed.has('src')) {
      this.selectedKey = null;
      this.hovered = null;
    }
  }

  protected override updated(changed: PropertyValues): void {
    const key: DrawKey = { rows: this.view.rows, locale: this.locale, theme: this.theme, variant: this.drawVariant() };
    this.chart.drawFrom(key);
    if (changed.has('selectedKey') || changed.has('hovered')) this.highlightChart(this.activeKey);
  }

  /** Logs a warning once per widget and problem, so a broken page does not flood the console. */
  protected warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`[factbox] <${this.localName}>: ${message}`);
  }

  private retry(): void {
    this.status.retried();
    if (this.view.problem?.retry === 'chart') void this.chart.load();
    else this.rowSource.reload();
  }

  /** The item shown in the chart as active: under the pointer, else in the panel. */
  protected get activeKey(): string | null {
    return this.hovered?.key ?? this.selectedKey;
  }

  /** Opens an item's details in the panel (focus, click, tap). */
  protected select(key: string | null): void {
    this.selectedKey = key;
  }

  /** The pointer is over an item (at a point of the chart box, or where the item's tooltip goes) or over none. */
  protected hover(key: string | null, at: { x: number; y: number } | null = key === null ? null : this.anchorOf(key)): void {
    const box = this.renderRoot.querySelector('.chart');
    if (key === null || !at || !box) {
      this.hovered = null;
      return;
    }
    this.hovered = { key, ...at, left: at.x > box.clientWidth / 2, below: at.y < box.clientHeight / 2 };
  }

  private async download(): Promise<void> {
    // Only readers who ask for the data pay for the code that writes it.
    const { downloadCsv } = await import('./download.js');
    downloadCsv(`factbox-${this.resource}.csv`, this.schema.fields, this.rows);
  }

  override render(): TemplateResult {
    const { rows, problem } = this.view;
    const m = this.messages;
    const tableShown = this.tableVisible || this.chart.status === 'failed';
    const heading = this.heading ?? this.defaultHeading();
    const items = rows.length > 0 ? this.items() : [];
    return frameTemplate({
      locale: this.locale,
      direction: this.localization.direction,
      messages: m,
      heading,
      level: Math.min(6, Math.max(1, Math.round(Number(this.headingLevel)) || 2)),
      subtitle: rows.length > 0 ? this.subtitle() : null,
      problem: problem ? problemTemplate(problem, m, () => this.retry()) : nothing,
      content: rows.length > 0 ? this.renderContent(items, tableShown, heading) : nothing,
      notes: notesTemplate(this.notes(items), m),
      sourceLine: sourceLineTemplate(rows, this.templateContext, this.credits()),
      actions: rows.length > 0 ? html`${this.extraActions()}${actionButtons(m, tableShown, () => (this.tableVisible = !this.tableVisible), () => void this.download())}` : nothing,
    });
  }

  private renderContent(items: readonly ChartItem<R>[], tableShown: boolean, caption: string): TemplateResult {
    const chart = this.chart.module;
    const hovered = this.hovered;
    const hoveredItem = hovered ? items.find((i) => i.key === hovered.key) : undefined;
    const context = this.templateContext;
    return html`
      <div class="chart-area" ?hidden=${tableShown} @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && this.select(null)}>
        <div class="figure">
          <div class="chart" part="chart" role=${this.chartRole} aria-label=${this.summary()} ${cssProperties(this.chartBox())}>
            ${this.chart.status === 'loaded' && chart !== null ? this.renderChart(chart) : html`<div class="chart-placeholder" aria-hidden="true">${this.chart.status === 'failed' ? '' : this.messages.loading}</div>`}
            ${hovered && hoveredItem ? tooltipTemplate(hoveredItem, hovered, context) : nothing}
          </div>
          ${this.renderLegend(items)}
        </div>
        ${panelTemplate(items.find((i) => i.key === this.selectedKey), context, () => this.select(null))}
      </div>
      ${tableTemplate(this.tableItems(), this.tableColumns(), context, { caption, visible: tableShown })}
    `;
  }

  /** The legend: one row per item, which opens its details. */
  protected renderLegend(items: readonly ChartItem<R>[]): TemplateResult | typeof nothing {
    return legendTemplate(items, { ...this.itemEvents, messages: this.messages, seriesIndex: (item, index) => this.seriesIndex(item, index) });
  }

  /** What item buttons (legend rows, direct labels, map areas) do when pointed at, focused or clicked. */
  protected get itemEvents(): ItemEvents {
    return { selectedKey: this.selectedKey, hover: (key) => this.hover(key), select: (key) => this.select(key) };
  }
}
