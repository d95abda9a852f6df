import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { sources as builtInSources, type Row, type SourceRow, type TableSchema } from '@factbox/datasets';
import { DATASETS_VERSION, VERSION } from '../generated/version.js';
import {
  directionOf,
  formatPartialDate,
  messagesFor,
  supportedLocale,
  type Locale,
  type Messages,
} from './i18n.js';
import type { LoadFailure } from './load-rows.js';
import { frameStyles } from './styles.js';
import { themeStyles } from './theme.js';

export type WidgetState = 'loading' | 'ready' | 'error';
export type Theme = 'light' | 'dark' | 'auto';
const THEMES: readonly string[] = ['light', 'dark', 'auto'];

/** Detail of `factbox-ready`: how many rows the widget shows. */
export interface FactboxReadyDetail {
  readonly rows: number;
}

/** Detail of `factbox-error`: the message the widget shows, and specifics (e.g. which row and field). */
export interface FactboxErrorDetail {
  readonly message: string;
  readonly details: readonly string[];
}

declare global {
  interface HTMLElementEventMap {
    'factbox-ready': CustomEvent<FactboxReadyDetail>;
    'factbox-error': CustomEvent<FactboxErrorDetail>;
  }
}

/** One thing the chart draws (a slice, a bar, an area), with the row behind it. */
export interface ChartItem<R extends Row> {
  readonly key: string;
  readonly label: string;
  /** The number drawn, if the chart draws one. */
  readonly value: number | null;
  /** The value in words, with its qualifier: "over 90%". */
  readonly valueText: string;
  readonly derived: boolean;
  /** The row behind the item; null for an item the widget adds itself (e.g. an unstated remainder). */
  readonly row: R | null;
  /** For items without a row: why the widget shows it. */
  readonly explanation?: string;
}

export interface TableColumn<R extends Row> {
  readonly header: string;
  readonly cell: (item: ChartItem<R>) => TemplateResult | string;
  readonly numeric?: boolean;
}

interface Problem {
  readonly message: string;
  readonly details: readonly string[];
  /** What "Try again" repeats: fetching the data, loading the chart code, or nothing. */
  readonly retry: 'data' | 'chart' | null;
}

/** The published metadata of every source (the `sources` resource of @factbox/datasets). */
function metadataUrl(): string {
  return `https://cdn.jsdelivr.net/npm/@factbox/datasets@${DATASETS_VERSION}/data/sources.json`;
}

/** Charts waiting to be drawn, each by its latest request; drawn one per task, in order. */
const drawQueue = new Map<object, () => void>();
let drawScheduled = false;

function scheduleDraw(owner: object, draw: () => void): void {
  drawQueue.delete(owner);
  drawQueue.set(owner, draw);
  if (drawScheduled) return;
  drawScheduled = true;
  setTimeout(drawNext, 0);
}

function drawNext(): void {
  const next = drawQueue.entries().next();
  if (next.done) {
    drawScheduled = false;
    return;
  }
  const [owner, draw] = next.value;
  drawQueue.delete(owner);
  draw();
  setTimeout(drawNext, 0);
}

/**
 * Everything the three widgets share: attributes and their fallbacks, loading
 * and validating rows, `state` and events, the source line, the data table,
 * "Get the data", the quote callout and building the chart only when the
 * widget comes near the viewport. Subclasses say what to draw.
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
 * @cssprop [--factbox-height=34rem] - Height of the widget, reserved before it renders.
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
export abstract class FactboxElement<R extends Row> extends LitElement {
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

  private currentState: WidgetState = 'loading';

  /** `loading`, `ready` or `error`, also reflected to the `state` attribute (for CSS and tests). Read-only. */
  get state(): WidgetState {
    return this.currentState;
  }

  private setState(next: WidgetState): void {
    this.currentState = next;
    this.reflectState();
  }

  private reflectState(): void {
    if (this.getAttribute('state') === this.currentState) return;
    this.setAttribute('state', this.currentState);
  }

  /** The validated rows being shown. */
  @state() protected rows: readonly R[] = [];
  @state() protected problem: Problem | null = null;
  @state() protected tableVisible = false;
  @state() protected activeKey: string | null = null;
  /** Whether the chart code is loaded; charts are only built near the viewport. */
  @state() protected chartStatus: 'waiting' | 'loading' | 'loaded' | 'failed' = 'waiting';

  /** The locale in use, resolved from `lang` and the page. */
  protected locale: Locale = 'en';

  private needsLoad = true;
  private loadController: AbortController | null = null;
  private readyAnnounced = false;
  private chartDirty = false;
  private visibility: IntersectionObserver | null = null;
  private readonly warned = new Set<string>();
  private colorScheme: MediaQueryList | null = null;
  private readonly onColorSchemeChange = (): void => {
    // In theme="auto" the canvas colours follow the system setting; redraw with the new ones.
    this.chartDirty = true;
    this.requestUpdate();
  };

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
  /** Imports the chart code (a separate chunk, so that pages only pay for it near the viewport). */
  protected abstract loadChart(): Promise<void>;
  /** The contents of the chart area once the chart code is loaded. */
  protected abstract renderChart(): TemplateResult;
  /** Draws or redraws the chart after rows, theme or locale changed (canvas charts). */
  protected drawChart(): void {}
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

  protected get messages(): Messages {
    return messagesFor(this.locale);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reflect the state at once, so that `[state="loading"]` styles apply before the first render.
    this.reflectState();
    if (this.rows.length === 0 && !this.problem) this.needsLoad = true;
    // chartDirty: moved in the page, the chart was freed on disconnect; draw it again.
    if (this.needsLoad || this.chartDirty) this.requestUpdate();
    this.observeVisibility();
    this.colorScheme = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
    this.colorScheme?.addEventListener('change', this.onColorSchemeChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Removed while loading: stop the request; it starts again if the widget comes back.
    if (this.loadController) {
      this.loadController.abort();
      this.loadController = null;
      this.needsLoad = true;
    }
    this.visibility?.disconnect();
    this.visibility = null;
    this.colorScheme?.removeEventListener('change', this.onColorSchemeChange);
    this.destroyChart();
    this.chartDirty = true;
    this.readyAnnounced = this.state === 'ready';
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    // `state` is the widget's to say: a value written from outside is put back.
    if (name === 'state') {
      if (value !== this.currentState) this.reflectState();
      return;
    }
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) {
      this.chartDirty = true;
      this.requestUpdate();
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.locale = this.resolveLocale();
    if (changed.has('theme') && this.theme !== null && !THEMES.includes(this.theme)) {
      this.warnOnce(`theme:${this.theme}`, this.messages.errors.unknownValue('theme', this.theme, 'auto'));
    }
    if (changed.has('theme')) this.chartDirty = true;
    if (changed.has('data') || changed.has('src')) this.needsLoad = true;
    if (this.needsLoad && this.isConnected) {
      this.needsLoad = false;
      void this.load();
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (this.rows.length === 0 || this.chartStatus !== 'loaded') return;
    if (this.chartDirty || changed.has('rows') || changed.has('chartStatus')) {
      this.chartDirty = false;
      // Drawing is the expensive step: it runs in a task of its own, one chart at a time,
      // so that the page stays responsive while several widgets arrive.
      scheduleDraw(this, () => this.drawNow());
    }
    if (changed.has('activeKey')) this.highlightChart(this.activeKey);
  }

  private drawNow(): void {
    if (!this.isConnected || this.rows.length === 0 || this.chartStatus !== 'loaded') return;
    try {
      this.drawChart();
    } catch (error) {
      this.chartFailed(error);
      return;
    }
    if (!this.problem && !this.readyAnnounced) {
      this.readyAnnounced = true;
      this.setState('ready');
      this.dispatchEvent(new CustomEvent<FactboxReadyDetail>('factbox-ready', { bubbles: true, composed: true, detail: { rows: this.rows.length } }));
    }
  }

  private resolveLocale(): Locale {
    const own = this.getAttribute('lang');
    if (own !== null) {
      const locale = supportedLocale(own);
      if (locale) return locale;
      const fallback = this.inheritedLocale();
      this.warnOnce(`lang:${own}`, messagesFor(fallback).errors.unknownValue('lang', own, fallback));
      return fallback;
    }
    return this.inheritedLocale();
  }

  /** The nearest `lang` above the widget, across shadow roots; `en` when none is supported. */
  private inheritedLocale(): Locale {
    let node: Node | null = this.parentNode;
    while (node) {
      if (node instanceof Element && node.hasAttribute('lang')) return supportedLocale(node.getAttribute('lang')) ?? 'en';
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    return 'en';
  }

  private async load(): Promise<void> {
    this.loadController?.abort();
    const controller = new AbortController();
    this.loadController = controller;
    this.setState('loading');
    this.problem = null;
    this.readyAnnounced = false;
    if (this.data === undefined && (this.src === null || this.src === '')) {
      // The built-in rows were validated when the dataset was built: nothing to fetch or check.
      this.loadController = null;
      this.show(this.defaultRows());
      return;
    }
    // Rows from outside: the code that fetches and validates them is loaded only now.
    let input: typeof import('./rows-input.js');
    try {
      input = await import('./rows-input.js');
    } catch (error) {
      if (this.loadController !== controller) return;
      this.loadController = null;
      this.fail({ message: this.messages.errors.network, details: [String(error)], retry: 'data' });
      return;
    }
    if (controller.signal.aborted || this.loadController !== controller) return;
    let records: unknown = this.data;
    if (records === undefined) {
      const result = await input.loadRecords(this.src ?? '', document.baseURI, controller.signal);
      if (controller.signal.aborted || this.loadController !== controller) return;
      if (!result.ok) {
        this.loadController = null;
        this.fail({ message: this.describeFailure(result.failure, input), details: this.failureDetails(result.failure), retry: result.failure.kind === 'scheme' ? null : 'data' });
        return;
      }
      records = result.records;
    }
    this.loadController = null;
    if (Array.isArray(records) && records.length > this.maxRows) {
      this.fail({ message: this.messages.errors.invalidRows, details: [`${records.length} rows; this chart shows at most ${this.maxRows}.`], retry: null });
      return;
    }
    const result = input.validateRows<R>(this.schema, records);
    const errors = result.errors.length > 0 ? result.errors : this.checkRows(result.rows);
    if (errors.length > 0) {
      this.fail({ message: this.messages.errors.invalidRows, details: errors, retry: null });
      return;
    }
    if (result.warnings.length > 0) this.warnOnce(`rows:${result.warnings.join()}`, result.warnings.join('; '));
    this.show(result.rows);
  }

  private show(rows: readonly R[]): void {
    this.rows = rows;
    this.activeKey = null;
    this.chartDirty = true;
    if (this.chartStatus === 'failed') this.reportChartProblem();
  }

  private describeFailure(failure: LoadFailure, limits: { FETCH_TIMEOUT_MS: number; MAX_BYTES: number }): string {
    const e = this.messages.errors;
    switch (failure.kind) {
      case 'scheme': return e.srcScheme;
      case 'http': return e.fetchFailed(failure.status);
      case 'network': case 'aborted': return e.network;
      case 'timeout': return e.timeout(String(limits.FETCH_TIMEOUT_MS / 1000));
      case 'too-large': return e.tooLarge(`${limits.MAX_BYTES / 1024 / 1024} MB`);
      case 'unreadable': return e.unreadable(failure.format);
    }
  }

  private failureDetails(failure: LoadFailure): string[] {
    return failure.kind === 'unreadable' ? [failure.detail] : [];
  }

  private fail(problem: Problem): void {
    this.rows = [];
    this.problem = problem;
    this.setState('error');
    this.warnOnce(`fail:${problem.message}:${problem.details.join()}`, [problem.message, ...problem.details].join(' '));
    this.announceError(problem);
  }

  private chartFailed(error: unknown): void {
    this.chartStatus = 'failed';
    this.destroyChart();
    this.warnOnce(`chart:${String(error)}`, `${this.messages.chartFailed} (${String(error)})`);
    this.reportChartProblem();
  }

  private reportChartProblem(): void {
    this.problem = { message: this.messages.chartFailed, details: [], retry: 'chart' };
    this.tableVisible = true;
    this.setState('error');
    this.announceError(this.problem);
  }

  /** Fires `factbox-error` once the message is on screen, so listeners find it rendered. */
  private announceError(problem: Problem): void {
    void this.updateComplete.then(() => {
      this.dispatchEvent(new CustomEvent<FactboxErrorDetail>('factbox-error', { bubbles: true, composed: true, detail: { message: problem.message, details: problem.details } }));
    });
  }

  /** Logs a warning once per widget and problem, so a broken page does not flood the console. */
  protected warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`[factbox] <${this.localName}>: ${message}`);
  }

  private observeVisibility(): void {
    if (this.chartStatus === 'loaded' || this.chartStatus === 'loading') return;
    if (typeof IntersectionObserver === 'undefined') {
      void this.ensureChart();
      return;
    }
    this.visibility?.disconnect();
    // Build the chart a little before it scrolls into view.
    this.visibility = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        this.visibility?.disconnect();
        this.visibility = null;
        void this.ensureChart();
      }
    }, { rootMargin: '50% 0px' });
    this.visibility.observe(this);
  }

  private async ensureChart(): Promise<void> {
    if (this.chartStatus === 'loading' || this.chartStatus === 'loaded') return;
    this.chartStatus = 'loading';
    try {
      await this.loadChart();
      this.chartStatus = 'loaded';
      this.chartDirty = true;
    } catch (error) {
      this.chartFailed(error);
    }
  }

  private retry(): void {
    const what = this.problem?.retry;
    this.problem = null;
    if (what === 'chart') {
      this.tableVisible = false;
      this.chartStatus = 'waiting';
      this.setState('loading');
      void this.ensureChart();
    } else {
      this.needsLoad = true;
      this.requestUpdate();
    }
  }

  protected setActive(key: string | null): void {
    this.activeKey = key;
  }

  private toggleTable(): void {
    this.tableVisible = !this.tableVisible;
  }

  private async download(): Promise<void> {
    // Only readers who ask for the data pay for the code that writes it.
    const { downloadCsv } = await import('./download.js');
    downloadCsv(`factbox-${this.resource}.csv`, this.schema.fields, this.rows);
  }

  private verifiedQuotes: Set<string> | null = null;

  /**
   * Whether a row is one of the built-in rows, every field alike: its values, and its quote
   * at the same place in the same document. Other rows from `src` or `data` are not credited
   * to the publisher, even with a real quote: Factbox has not checked their values against it.
   */
  protected isVerified(row: Row): boolean {
    const key = (r: Row): string => JSON.stringify(this.schema.fields.map((field) => r[field.name] ?? null));
    this.verifiedQuotes ??= new Set(this.defaultRows().map(key));
    return this.verifiedQuotes.has(key(row));
  }

  /** The source a row is credited to: a built-in source, and only for a row whose quote is verified. */
  protected sourceFor(row: Row): SourceRow | undefined {
    return this.isVerified(row) ? builtInSources.find((s) => s.id === row['source_id']) : undefined;
  }

  override render(): TemplateResult {
    const m = this.messages;
    const level = Math.min(6, Math.max(1, Math.round(Number(this.headingLevel)) || 2));
    const fatal = this.problem !== null && this.rows.length === 0;
    return html`
      <div class="frame" part="frame" lang=${this.locale} dir=${directionOf(this.locale)}>
        <div class="heading" part="heading" role="heading" aria-level=${level}><bdi>${this.heading ?? this.defaultHeading()}</bdi></div>
        ${this.rows.length > 0 && this.subtitle() ? html`<p class="subtitle" part="subtitle">${this.subtitle()}</p>` : nothing}
        <div class="body" part="body">
          ${fatal ? this.renderProblem() : this.renderContent()}
        </div>
        <div class="footer" part="footer">
          ${this.renderSourceLine()}
          <div class="actions">
            ${this.rows.length > 0
              ? html`<button type="button" class="button table-toggle" part="button" @click=${this.toggleTable}>${this.tableVisible ? m.showChart : m.showTable}</button>
                  <button type="button" class="button" part="button" @click=${this.download}>${m.getData}</button>`
              : nothing}
          </div>
        </div>
      </div>
    `;
  }

  private renderProblem(): TemplateResult {
    const problem = this.problem as Problem;
    return html`
      <div class="error" part="error" role="alert">
        <p><strong>${this.messages.errorTitle}</strong> ${problem.message}</p>
        ${problem.details.length > 0 ? html`<ul lang="en" dir="ltr">${problem.details.map((d) => html`<li><bdi>${d}</bdi></li>`)}</ul>` : nothing}
        ${problem.retry ? html`<button type="button" class="button" part="button" @click=${this.retry}>${this.messages.retry}</button>` : nothing}
      </div>
    `;
  }

  private renderContent(): TemplateResult {
    const items = this.rows.length > 0 ? this.items() : [];
    return html`
      ${this.problem ? this.renderProblem() : nothing}
      <div class="chart-area" ?hidden=${this.tableVisible}>
        <div class="chart" part="chart" role=${this.chartRole} aria-label=${this.rows.length > 0 ? this.summary() : this.messages.loading}>
          ${this.chartStatus === 'loaded' && this.rows.length > 0
            ? this.renderChart()
            : html`<div class="chart-placeholder" aria-hidden="true">${this.chartStatus === 'failed' ? '' : this.messages.loading}</div>`}
        </div>
        ${this.renderLegend(items)}
        ${this.renderCallout(items)}
      </div>
      ${this.renderTable(items)}
    `;
  }

  /** The list of items (buttons that show each item's quote), and the key for stated and derived values. */
  protected renderLegend(items: readonly ChartItem<R>[]): TemplateResult {
    const m = this.messages;
    const anyDerived = items.some((i) => i.derived);
    return html`
      <ul class="legend" part="legend">
        ${items.map((item, index) => html`
          <li>
            <button type="button" class="item" part="button"
              aria-current=${this.activeKey === item.key ? 'true' : 'false'}
              @mouseenter=${() => this.setActive(item.key)} @focus=${() => this.setActive(item.key)} @click=${() => this.setActive(item.key)}>
              <span class="swatch series-${this.seriesIndex(item, index) + 1} ${item.derived ? 'derived' : ''}"></span>
              <span><bdi>${item.label}</bdi>: <bdi>${item.valueText}</bdi>${item.derived ? ` (${m.derived})` : ''}</span>
            </button>
          </li>`)}
      </ul>
      ${anyDerived
        ? html`<p class="key"><span><span class="swatch"></span> ${m.statedLegend}</span><span><span class="swatch derived"></span> ${m.derivedLegend}</span></p>`
        : nothing}
    `;
  }

  /** The source's words for the hovered or focused item. */
  protected renderCallout(items: readonly ChartItem<R>[]): TemplateResult {
    const m = this.messages;
    const item = items.find((i) => i.key === this.activeKey);
    if (!item) {
      // Nothing hovered or focused yet: the hint, and how each derived value was obtained (the footnote).
      const derived = items.filter((i) => i.derived);
      return html`<div class="callout" part="quote" aria-live="polite">
        <p>${m.quoteHint}</p>
        ${derived.map((i) => html`<p><strong><bdi>${i.label}</bdi> (${m.derived}):</strong></p>
          ${i.row?.derivation ? html`<p lang="en" dir="ltr">${i.row.derivation}</p>` : html`<p>${i.explanation ?? ''}</p>`}`)}
      </div>`;
    }
    const row = item.row;
    const source = row ? this.sourceFor(row) : undefined;
    return html`
      <div class="callout" part="quote" aria-live="polite" tabindex="0" role="region" aria-label=${m.quote}>
        <p><strong><bdi>${item.label}</bdi>: <bdi>${item.valueText}</bdi></strong>${item.derived ? html` (${m.derived})` : nothing}</p>
        ${row
          ? html`<blockquote lang="en" dir="ltr">“${String(row['quote'])}”</blockquote>
              <p>— ${source
                ? html`<bdi>${this.publisherOf(source)}</bdi>${m.comma}${formatPartialDate(this.locale, source.published)}`
                : html`<bdi>${String(row['source_id'])}</bdi> (${m.sourceUnverified})`}</p>`
          : nothing}
        ${row && row['derived'] === true && row['derivation'] ? html`<p lang="en" dir="ltr"><bdi>${String(row['derivation'])}</bdi></p>` : nothing}
        ${item.explanation ? html`<p>${item.explanation}</p>` : nothing}
      </div>
    `;
  }

  private renderTable(items: readonly ChartItem<R>[]): TemplateResult | typeof nothing {
    if (items.length === 0) return nothing;
    const m = this.messages;
    const columns = this.tableColumns();
    return html`
      <div class=${this.tableVisible ? 'table-wrap' : 'visually-hidden'} role="region" aria-label=${m.dataTable} tabindex=${this.tableVisible ? '0' : '-1'}>
        <table part="table">
          <caption><bdi>${this.heading ?? this.defaultHeading()}</bdi></caption>
          <thead><tr>${columns.map((c) => html`<th scope="col">${c.header}</th>`)}</tr></thead>
          <tbody>
            ${items.map((item) => html`<tr>${columns.map((c, i) => i === 0
              ? html`<th scope="row">${c.cell(item)}</th>`
              : html`<td class=${c.numeric ? 'number' : ''}>${c.cell(item)}</td>`)}</tr>`)}
          </tbody>
        </table>
      </div>
    `;
  }

  protected publisherOf(source: SourceRow): string {
    return this.locale === 'ar' && source.publisher_ar ? source.publisher_ar : source.publisher;
  }

  private renderSourceLine(): TemplateResult {
    const m = this.messages;
    const ids = [...new Set(this.rows.map((r) => String(r['source_id'])))];
    return html`
      <div class="source" part="source">
        ${m.source}:
        ${ids.map((id, index) => {
          const rows = this.rows.filter((r) => String(r['source_id']) === id);
          const source = rows.every((r) => this.isVerified(r)) ? this.sourceFor(rows[0] as Row) : undefined;
          const separator = index > 0 ? m.listSeparator : '';
          if (!source) return html`${separator}<bdi>${id}</bdi> (${m.sourceUnverified})`;
          const title = html`<cite lang="en" dir="ltr">${source.title}</cite>`;
          return html`${separator}<bdi>${this.publisherOf(source)}</bdi>${m.comma}${formatPartialDate(this.locale, source.published)}
            <details>
              <summary>${m.aboutSource}</summary>
              <dl>
                <dt>${m.title}</dt><dd>${source.url ? html`<a href=${source.url} rel="noopener noreferrer" target="_blank">${title}</a>` : title}</dd>
                <dt>${m.author}</dt><dd>${source.author ?? '—'}</dd>
                <dt>${m.published}</dt><dd>${formatPartialDate(this.locale, source.published)} (<bdi lang="und">${source.published_as_written}</bdi>)</dd>
                <dt>${m.language}</dt><dd>${source.language}</dd>
                <dt>${m.address}</dt><dd>${source.url ? html`<a href=${source.url} rel="noopener noreferrer" target="_blank">${source.url}</a>` : m.addressUnknown}</dd>
                ${source.publisher_basis === 'inferred' ? html`<dt>${m.note}</dt><dd>${m.publisherInferred}: <span lang="en" dir="ltr">${source.note}</span></dd>` : nothing}
              </dl>
              <a href=${metadataUrl()} rel="noopener noreferrer" target="_blank">${m.fullMetadata}</a>
            </details>`;
        })}
        ${this.credits()}
      </div>
    `;
  }
}
