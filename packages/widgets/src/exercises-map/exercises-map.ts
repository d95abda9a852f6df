import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { exercises, exercisesSchema, type ExerciseRow } from '@factbox/datasets';
import { FactboxElement } from '../shared/factbox-element.js';
import type { ChartItem, TableColumn } from '../shared/types.js';
import { formatNumber, formatPeriod } from '../shared/i18n.js';
import { exercisesMapStyles } from './exercises-map.styles.js';
import type { MapArea } from './map-chart.js';
import { regionOf } from './regions.js';
import { WORDS } from './words.js';

type MapModule = typeof import('./map-chart.js');

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
export class FactboxExercisesMap extends FactboxElement<ExerciseRow, MapModule> {
  static override styles = [...FactboxElement.styles, exercisesMapStyles];

  protected readonly resource = 'exercises';
  protected readonly maxRows = 200;
  protected readonly schema = exercisesSchema;
  private resizeObserver: ResizeObserver | null = null;
  @state() private size: { width: number; height: number } | null = null;

  protected defaultRows(): readonly ExerciseRow[] {
    return exercises;
  }

  private get words() {
    return WORDS[this.locale];
  }

  protected override get chartRole(): 'img' | 'group' {
    return 'group';
  }

  private name(row: ExerciseRow): string {
    return this.locale === 'ar' && row.name_ar ? row.name_ar : row.name;
  }

  private area(row: ExerciseRow): string | null {
    return this.locale === 'ar' && row.area_ar ? row.area_ar : row.area;
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
        value: null,
        valueText: this.date(row),
        derived: row.derived,
        row,
      };
    });
  }

  protected defaultHeading(): string {
    return this.words.heading;
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
    const m = this.messages;
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
      { header: m.quote, cell: (i) => html`<q lang="en" dir="ltr">${i.row?.quote ?? ''}</q>` },
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

  protected importChart(): Promise<MapModule> {
    return import('./map-chart.js');
  }

  protected renderChart(module: MapModule): TemplateResult {
    if (!this.size) return html``;
    const w = this.words;
    const areas: MapArea[] = this.rows.filter((row) => this.placed(row)).map((row) => {
      const area = this.area(row);
      const date = this.date(row);
      return {
        key: row.id,
        kind: row.kind,
        longitude: row.longitude as number,
        latitude: row.latitude as number,
        radiusKm: row.radius_km as number,
        name: this.name(row),
        dateText: date,
        description: [`${this.name(row)}${area ? ` — ${area}` : ''}`, date, this.kind(row), w.approximateArea].filter(Boolean).join(this.messages.comma),
      };
    });
    const { width, height } = this.size;
    return html`<svg viewBox="0 0 ${width} ${height}" width=${width} height=${height}>${module.renderMap({
      width,
      height,
      areas,
      activeKey: this.activeKey,
      labels: { countries: w.countries, inset: w.inset },
      fontFamily: getComputedStyle(this.styleSource).fontFamily || 'sans-serif',
      onActivate: (key) => this.setActive(key),
    })}</svg>`;
  }

  /** The map's key (symbols, approximate areas) and the rows that have no place on it. */
  protected override renderLegend(items: readonly ChartItem<ExerciseRow>[]): TemplateResult {
    const w = this.words;
    const unplaced = items.filter((item) => !this.placed(item.row as ExerciseRow));
    return html`
      <p class="key" part="legend">
        <span><span class="symbol"></span> ${w.exercise}</span>
        <span><span class="symbol deployment"></span> ${w.deployment}</span>
        <span><span class="symbol approximate"></span> ${w.approximate}</span>
      </p>
      ${unplaced.length > 0
        ? html`<ul class="unplaced">
            <li>${w.notOnMap}:</li>
            ${unplaced.map((item) => {
              const row = item.row as ExerciseRow;
              const why = row.location_precision === 'not stated' ? w.locationNotStated : w.outsideMap;
              return html`<li><button type="button" class="item" part="button" aria-current=${this.activeKey === item.key ? 'true' : 'false'}
                @mouseenter=${() => this.setActive(item.key)} @focus=${() => this.setActive(item.key)} @click=${() => this.setActive(item.key)}>
                <span><bdi>${item.label}</bdi>${this.messages.comma}<bdi>${item.valueText}</bdi> (${why})</span></button></li>`;
            })}
          </ul>`
        : nothing}
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
