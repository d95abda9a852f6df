import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Row } from '@factbox/datasets';
import { VERSION } from '../generated/version.js';
import { ChartController, type DrawKey } from './chart-controller.js';
import { limitMarks, type Locale, type Messages } from './i18n.js';
import { LocaleController } from './locale-controller.js';
import { Provenance } from './provenance.js';
import { RowsController } from './rows-controller.js';
import { StatusController, type StatusView } from './status-controller.js';
import { TableSlicesController } from './table-slices-controller.js';
import { frameStyles } from './styles.js';
import { cssProperties } from './css-properties.js';
import type { TemplateContext } from './templates/context.js';
import { detailsStyles, panelTemplate, tooltipTemplate, type TooltipAnchor } from './templates/details.js';
import { actionButtons, frameTemplate } from './templates/frame.js';
import { legendStyles, type ItemEvents } from './templates/legend.js';
import { notesStyles, notesTemplate } from './templates/notes.js';
import { problemTemplate } from './templates/problem.js';
import { sourceLineStyles, sourceLineTemplate } from './templates/source-line.js';
import { tableStyles, tableTemplate } from './templates/table.js';
import { themeStyles } from './theme.js';
import { WidgetContract } from './widget-contract.js';
import { THEME_NAMES, type ChartItem, type WidgetState } from './types.js';

/** What the widget shows now: its one state, derived from its rows and its chart. */
interface View<R extends Row> extends StatusView {
  readonly rows: readonly R[];
}

/**
 * The base of every widget: its state and events, and the page it renders
 * (heading, chart, legend, callout, table, source line). Rows, chart code
 * (loaded near the viewport), language and table slices are controllers; the
 * parts of the page are template modules; what to draw, and the attributes
 * every widget takes, are WidgetContract's. Internal: not exported.
 *
 * @attr {'loading' | 'ready' | 'error'} state - Reflects the widget's state; read-only.
 * @attr {string} lang - `en` or `ar` (also regional tags); default: the nearest `lang` on the page.
 *
 * @fires factbox-ready - The data is valid and the chart is drawn. Bubbles, composed.
 * @fires factbox-error - The widget shows an error (bad data, failed request, chart code failed to load). Bubbles, composed.
 */
export abstract class FactboxElement<R extends Row, M = unknown> extends WidgetContract<R, M> {
  /** The @factbox/widgets version this class comes from. */
  static readonly version: string = VERSION;
  static override styles = [themeStyles, frameStyles, legendStyles, detailsStyles, notesStyles, tableStyles, sourceLineStyles];
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'state'];
  }
  static override properties: PropertyDeclarations = {
    tableVisible: { state: true },
    selectedKey: { state: true },
    hovered: { state: true },
  };

  protected tableVisible = false;
  /** The item whose details are open in the panel (focus, click, tap). */
  protected selectedKey: string | null = null;
  /** The item under the pointer, and where its tooltip goes in the chart box. */
  protected hovered: (TooltipAnchor & { readonly key: string }) | null = null;

  private readonly warned = new Set<string>();
  /** `warnOnce` for the controllers. */
  private readonly warn = (key: string, message: string): void => this.warnOnce(key, message);
  private readonly tableSlices = new TableSlicesController(this, () => this.tableItems().length);
  protected readonly localization = new LocaleController(this, this.warn);
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
    warnOnce: this.warn,
  });
  private readonly status = new StatusController(this, () => this.view, this.warn);
  private provenanceOfRows: Provenance | null = null;

  protected override get locale(): Locale {
    return this.localization.locale;
  }
  protected override get messages(): Messages {
    return this.localization.messages;
  }
  /**
   * The validated rows being shown (none while loading or after a data error).
   * A widget that shows only some of them (a date range, topics) narrows this;
   * the source line, "Get the data" and `factbox-ready`'s rowCount follow it.
   */
  protected override get rows(): readonly R[] {
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
    const chartProblem = this.chart.problem(this.messages);
    if (chartProblem) return { state: 'error', rows: rows.rows, problem: chartProblem };
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
      this.tableSlices.reset();
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
    return this.view.problem?.retry === 'chart' ? void this.chart.load() : this.rowSource.reload();
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
    this.hovered =
      key === null || !at || !box ? null : { key, ...at, left: at.x > box.clientWidth / 2, below: at.y < box.clientHeight / 2 };
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
    const heading = limitMarks(this.heading ?? this.defaultHeading());
    const items = rows.length > 0 ? this.items() : [];
    return frameTemplate({
      locale: this.locale,
      direction: this.localization.direction,
      messages: m,
      heading,
      level: Math.min(6, Math.max(1, Math.round(Number(this.headingLevel)) || 2)),
      subtitle: rows.length > 0 ? this.subtitle() : null,
      problem: problem ? problemTemplate(problem, m, () => this.retry()) : nothing,
      pending: !problem && (rows.length === 0 || !this.chart.settled),
      content: rows.length > 0 ? this.renderContent(items, tableShown, heading) : nothing,
      notes: notesTemplate(this.notes(items), m, this.locale),
      sourceLine: sourceLineTemplate(this.rows, this.templateContext, this.credits()),
      actions:
        rows.length > 0
          ? html`${this.extraActions()}${actionButtons(
              m,
              tableShown,
              () => (this.tableVisible = !this.tableVisible),
              () => void this.download(),
            )}`
          : nothing,
    });
  }

  private renderContent(items: readonly ChartItem<R>[], tableShown: boolean, caption: string): TemplateResult {
    const chart = this.chart.module;
    const hovered = this.hovered;
    const hoveredItem = hovered ? items.find((i) => i.key === hovered.key) : undefined;
    const context = this.templateContext;
    return html`
      ${this.rows.some((row) => !context.provenance.isVerified(row)) ? html`<p class="unverified-banner" part="unverified" role="note">${this.messages.unverifiedBanner}</p>` : nothing}
      <div class="chart-area" ?hidden=${tableShown} @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && this.select(null)}>
        <div class="figure">
          <div class="chart" part="chart" role=${this.chartRole} aria-label=${this.summary()} ${cssProperties(this.chartBox())} @mouseleave=${() => this.hover(null)}>
            ${this.chart.status === 'loaded' && chart !== null ? this.renderChart(chart) : html`<div class="chart-placeholder" aria-hidden="true">${this.chart.status === 'failed' ? '' : this.messages.loading}</div>`}
            ${hovered && hoveredItem ? tooltipTemplate(hoveredItem, hovered, context) : nothing}
          </div>
          ${this.renderLegend(items)}
        </div>
        ${this.chart.status === 'loaded' ? this.renderPanelSlot(items) : nothing}
      </div>
      ${tableTemplate(this.tableItems().slice(0, this.tableSlices.built), this.tableColumns(), context, { caption, visible: tableShown })}
    `;
  }

  /**
   * The details panel's place: under the chart, once the chart is drawn (so its hint never moves down
   * under a loading chart). A widget whose chart is a long list (a timeline) returns nothing here and
   * puts `panel(items)` under the selected entry instead, where the reader is looking.
   */
  protected renderPanelSlot(items: readonly ChartItem<R>[]): TemplateResult | typeof nothing {
    return this.panel(items);
  }

  /** The selected item's details, or the hint when none is selected, in a live region. */
  protected panel(items: readonly ChartItem<R>[]): TemplateResult {
    return panelTemplate(
      items.find((i) => i.key === this.selectedKey),
      this.templateContext,
      () => this.select(null),
    );
  }

  protected override get itemEvents(): ItemEvents {
    return { selectedKey: this.selectedKey, hover: (key) => this.hover(key), select: (key) => this.select(key) };
  }
}
