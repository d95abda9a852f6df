import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { exercises, exercisesSchema, type ExerciseRow } from '@factbox/datasets';
import { FactboxElement } from '../shared/factbox-element.js';
import type { ChartItem, Note, TableColumn } from '../shared/types.js';
import { RESERVES } from '../generated/reserved-heights.js';
import { formatNumber, formatPeriod, localDigits } from '../shared/i18n.js';
import { reservedHeight } from '../shared/styles.js';
import { itemButton } from '../shared/templates/legend.js';
import { exercisesMapStyles } from './exercises-map.styles.js';
import type { MapArea, MapChunk } from './map-types.js';
import { regionOf } from './regions.js';
import { WORDS } from './words.js';

/**
 * The exercise and deployment areas of the `exercises` dataset on a regional
 * map (China, the Koreas, Japan, Russia's Far East, and an inset for Kursk),
 * with names and dates. Areas the source describes in words are drawn as
 * dashed, approximate circles; each is focusable and shows its quote. Rows
 * without a place are listed under the map.
 *
 * @tagname factbox-exercises-map
 * @summary Exercises and deployments, from the `exercises` dataset.
 */
export class FactboxExercisesMap extends FactboxElement<ExerciseRow, MapChunk> {
  static override styles = [...FactboxElement.styles, reservedHeight(RESERVES['exercises-map']), exercisesMapStyles];

  static override properties: PropertyDeclarations = { size: { state: true } };

  protected readonly resource = 'exercises';
  protected readonly maxRows = 200;
  protected readonly schema = exercisesSchema;
  private resizeObserver: ResizeObserver | null = null;
  private size: { width: number; height: number } | null = null;

  protected defaultRows(): readonly ExerciseRow[] {
    return exercises;
  }

  private get words() {
    return WORDS[this.locale];
  }

  protected override get chartRole(): 'img' | 'group' {
    return 'group';
  }

  /** The name in the widget's language, with the locale's digits ("المحيط ٢٠٢٤" beside "سبتمبر ٢٠٢٤"). */
  private name(row: ExerciseRow): string {
    return this.locale === 'ar' && row.name_ar ? localDigits('ar', row.name_ar) : row.name;
  }

  private area(row: ExerciseRow): string | null {
    return this.locale === 'ar' && row.area_ar ? localDigits('ar', row.area_ar) : row.area;
  }

  private date(row: ExerciseRow): string {
    return formatPeriod(this.locale, row.date_start, row.date_end);
  }

  private placed(row: ExerciseRow): boolean {
    return row.longitude !== null && row.latitude !== null && row.radius_km !== null && regionOf(row.longitude, row.latitude) !== null;
  }

  protected items(): readonly ChartItem<ExerciseRow>[] {
    return this.rows.map((row) => {
      const area = this.area(row);
      return {
        key: row.id,
        label: area ? `${this.name(row)} — ${area}` : this.name(row),
        shortLabel: this.name(row),
        value: null,
        valueText: this.date(row),
        derived: row.derived,
        row,
      };
    });
  }

  protected defaultHeading(): string {
    const years = [
      ...new Set(
        this.rows
          .flatMap((row) => [row.date_start, row.date_end])
          .filter((d): d is string => d !== null)
          .map((d) => d.slice(0, 4)),
      ),
    ].sort();
    const span = years.length === 0 ? '' : years.length === 1 ? years[0] : `${years[0]}–${years[years.length - 1]}`;
    return span ? this.words.headingYears(localDigits(this.locale, span ?? '')) : this.words.heading;
  }

  protected override subtitle(): string {
    return this.words.subtitle;
  }

  protected override notes(items: readonly ChartItem<ExerciseRow>[]): readonly Note[] {
    return [...super.notes(items), { text: this.words.approximateNote }];
  }

  protected override anchorOf(key: string): { x: number; y: number } | null {
    return this.chart.module?.anchorOf(key) ?? null;
  }

  protected summary(): string {
    const w = this.words;
    const parts = this.items().map((item) => {
      const row = item.row as ExerciseRow;
      const where = row.location_precision === 'not stated' ? ` (${w.locationNotStated})` : '';
      return `${item.label}${this.messages.comma}${item.valueText}${where}`;
    });
    return w.summary(parts.join(this.messages.listSeparator));
  }

  private kind(row: ExerciseRow): string {
    return row.kind === 'deployment' ? this.words.deployment : this.words.exercise;
  }

  protected tableColumns(): readonly TableColumn<ExerciseRow>[] {
    const w = this.words;
    const number = (n: number): string => formatNumber(this.locale, n);
    return [
      { header: w.name, cell: (i) => html`<bdi>${this.name(i.row as ExerciseRow)}</bdi>` },
      { header: w.kind, cell: (i) => this.kind(i.row as ExerciseRow) },
      { header: w.participants, cell: (i) => html`<bdi>${(this.locale === 'ar' && i.row?.participants_ar) || i.row?.participants}</bdi>` },
      { header: w.area, cell: (i) => html`<bdi>${this.area(i.row as ExerciseRow) ?? w.locationNotStated}</bdi>` },
      { header: w.date, cell: (i) => i.valueText },
      {
        header: w.location,
        cell: (i) => {
          const row = i.row as ExerciseRow;
          if (row.latitude === null || row.longitude === null || row.radius_km === null) return w.locationNotStated;
          return w.locationValue(number(row.latitude), number(row.longitude), number(row.radius_km));
        },
      },
    ];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (!box || box.width === 0 || box.height === 0) return;
      const size = { width: Math.round(box.width), height: Math.round(box.height) };
      if (size.width !== this.size?.width || size.height !== this.size?.height) this.size = size;
    });
    void this.updateComplete.then(() => this.observeChartBox());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    // Reconnected (moved in the page), the new observer must be given the box again.
    this.observedBox = null;
  }

  private observedBox: Element | null = null;
  private observeChartBox(): void {
    const box = this.renderRoot.querySelector('.chart');
    if (box && box !== this.observedBox && this.resizeObserver) {
      this.resizeObserver.disconnect();
      this.resizeObserver.observe(box);
      this.observedBox = box;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.observeChartBox();
  }

  /** The map is drawn by the template once its box is measured; only then is it ready. */
  protected override drawChart(): boolean {
    return this.size !== null && this.renderRoot.querySelector('.chart svg') !== null;
  }

  protected importChart(): Promise<MapChunk> {
    return import('./map-chart.js');
  }

  /** The areas to draw, kept while rows and language stay: the map's layout is computed once for them. */
  private areasMemo: { rows: readonly ExerciseRow[]; locale: string; areas: readonly MapArea[] } | null = null;
  private mapAreas(): readonly MapArea[] {
    if (this.areasMemo && this.areasMemo.rows === this.rows && this.areasMemo.locale === this.locale) return this.areasMemo.areas;
    const areas = this.rows
      .filter((row) => this.placed(row))
      .map((row): MapArea => {
        const area = this.area(row);
        const date = this.date(row);
        return {
          key: row.id,
          kind: row.kind,
          longitude: row.longitude as number,
          latitude: row.latitude as number,
          radiusKm: row.radius_km as number,
          name: this.name(row),
          area,
          dateText: date,
          description: [`${this.name(row)}${area ? ` — ${area}` : ''}`, date, this.kind(row), this.words.approximateArea]
            .filter(Boolean)
            .join(this.messages.comma),
        };
      });
    this.areasMemo = { rows: this.rows, locale: this.locale, areas };
    return areas;
  }

  protected renderChart(module: MapChunk): TemplateResult {
    if (!this.size) return html``;
    const { width, height } = this.size;
    return html`<svg viewBox="0 0 ${width} ${height}" width=${width} height=${height}>${module.renderMap({
      width,
      height,
      areas: this.mapAreas(),
      words: this.words,
      activeKey: this.activeKey,
      selectedKey: this.selectedKey,
      fontFamily: getComputedStyle(this.styleSource).fontFamily || 'sans-serif',
      hover: (key) => this.hover(key),
      select: (key) => this.select(key),
    })}</svg>`;
  }

  /** The map's key (symbols, approximate areas) and the rows that have no place on it. */
  protected override renderLegend(items: readonly ChartItem<ExerciseRow>[]): TemplateResult {
    const w = this.words;
    const unplaced = items.filter((item) => !this.placed(item.row as ExerciseRow));
    return html`
      <ul class="legend key" part="legend">
        <li><span class="symbol"></span> ${w.exercise}</li>
        <li><span class="symbol deployment"></span> ${w.deployment}</li>
        <li><span class="symbol approximate"></span> ${w.approximate}</li>
      </ul>
      ${
        unplaced.length > 0
          ? html`<div class="unplaced"><span>${w.notOnMap}:</span>
            <ul class="legend">
              ${unplaced.map((item) => {
                const row = item.row as ExerciseRow;
                const why = row.location_precision === 'not stated' ? w.locationNotStated : w.outsideMap;
                return html`<li>${itemButton(item.key, this.itemEvents, html`<span><bdi>${item.label}</bdi>${this.messages.comma}<bdi>${item.valueText}</bdi> <span class="qualification">(${why})</span></span>`)}</li>`;
              })}
            </ul></div>`
          : nothing
      }
    `;
  }

  protected override credits(): TemplateResult {
    return html`<span>${this.words.credits}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'factbox-exercises-map': FactboxExercisesMap;
  }
}
