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
import { calloutTemplate } from './templates/callout.js';
import { contentTemplate, frameTemplate } from './templates/frame.js';
import type { TemplateContext } from './templates/context.js';
import { legendTemplate } from './templates/legend.js';
import { problemTemplate } from './templates/problem.js';
import { sourceLineTemplate } from './templates/source-line.js';
import { tableTemplate } from './templates/table.js';
import { themeStyles } from './theme.js';
import { THEME_NAMES, type ChartItem, type TableColumn, type WidgetState } from './types.js';

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
 * @csspart legend - The list of items (slices, bars).
 * @csspart quote - The box showing the source's words for the hovered or focused item.
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
  static override styles = [themeStyles, frameStyles];
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
  @state() protected activeKey: string | null = null;

  private readonly warned = new Set<string>();
  protected readonly localization = new LocaleController(this, (key, message) => this.warnOnce(key, message));
  protected readonly chart = new ChartController<M>(this, {
    importChart: () => this.importChart(),
    draw: (chart) => this.drawChart(chart),
    destroy: () => this.destroyChart(),
    drawn: (key) => this.status.drawn(key.rows),
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
  /** Draws or redraws the chart after rows, theme or language changed (canvas charts). */
  protected drawChart(_chart: M): void {}
  /** Frees the chart (canvas charts). */
  protected destroyChart(): void {}
  /** Shows the active item in the chart (canvas charts). */
  protected highlightChart(_key: string | null): void {}
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
    if (changed.has('data') || changed.has('src')) this.activeKey = null;
  }

  protected override updated(changed: PropertyValues): void {
    const key: DrawKey = { rows: this.view.rows, locale: this.locale, theme: this.theme };
    this.chart.drawFrom(key);
    if (changed.has('activeKey')) this.highlightChart(this.activeKey);
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

  protected setActive(key: string | null): void {
    this.activeKey = key;
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
    return frameTemplate({
      locale: this.locale,
      direction: this.localization.direction,
      messages: m,
      heading,
      level: Math.min(6, Math.max(1, Math.round(Number(this.headingLevel)) || 2)),
      subtitle: rows.length > 0 ? this.subtitle() : null,
      problem: problem ? problemTemplate(problem, m, () => this.retry()) : nothing,
      content: rows.length > 0 ? this.renderContent(tableShown, heading) : nothing,
      sourceLine: sourceLineTemplate(rows, this.templateContext, this.credits()),
      actions: rows.length > 0 ? { tableShown, toggleTable: () => (this.tableVisible = !this.tableVisible), download: () => void this.download() } : null,
    });
  }

  private renderContent(tableShown: boolean, caption: string): TemplateResult {
    const items = this.items();
    const chart = this.chart.module;
    return contentTemplate({
      tableShown,
      chartRole: this.chartRole,
      summary: this.summary(),
      chart: this.chart.status === 'loaded' && chart !== null ? this.renderChart(chart) : null,
      chartFailed: this.chart.status === 'failed',
      legend: this.renderLegend(items),
      callout: calloutTemplate(items, this.activeKey, this.templateContext),
      table: tableTemplate(items, this.tableColumns(), { caption, visible: tableShown, messages: this.messages }),
      messages: this.messages,
    });
  }

  /** The legend: one button per item, showing its quote. */
  protected renderLegend(items: readonly ChartItem<R>[]): TemplateResult {
    return legendTemplate(items, { messages: this.messages, activeKey: this.activeKey, seriesIndex: (item, index) => this.seriesIndex(item, index), onActivate: (key) => this.setActive(key) });
  }
}
