import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { exercises, exercisesSchema, type ExerciseRow } from '@factbox/datasets';
import { FactboxElement, type ChartItem, type TableColumn } from '../shared/factbox-element.js';
import { formatNumber, formatPeriod } from '../shared/i18n.js';
import type { MapArea } from './map-chart.js';
import { regionOf } from './regions.js';

const WORDS = {
  en: {
    heading: 'Military exercises and deployments',
    summary: (parts: string) => `Map of military exercises and deployments: ${parts}.`,
    exercise: 'Exercise',
    deployment: 'Deployment',
    approximate: 'Dashed outline: approximate area, estimated by the editors from the words of the source',
    notOnMap: 'Not on the map',
    locationNotStated: 'location not stated',
    outsideMap: 'outside the map',
    name: 'Name',
    kind: 'Kind',
    participants: 'Participants',
    area: 'Area',
    date: 'Date',
    location: 'Location (approximate)',
    locationValue: (lat: string, lon: string, radius: string) => `${lat}° N, ${lon}° E, within about ${radius} km`,
    approximateArea: 'approximate area',
    inset: 'Western Russia',
    credits: 'Map: Natural Earth.',
    countries: {} as Record<string, string>,
  },
  ar: {
    heading: 'المناورات العسكرية ونشر القوات',
    summary: (parts: string) => `خريطة المناورات العسكرية ونشر القوات: ${parts}.`,
    exercise: 'مناورة',
    deployment: 'نشر قوات',
    approximate: 'الخط المتقطع: منطقة تقريبية قدّرها المحررون من نص المصدر',
    notOnMap: 'غير مبيّن على الخريطة',
    locationNotStated: 'الموقع غير مذكور',
    outsideMap: 'خارج حدود الخريطة',
    name: 'الاسم',
    kind: 'النوع',
    participants: 'المشاركون',
    area: 'المنطقة',
    date: 'التاريخ',
    location: 'الموقع (تقريبي)',
    locationValue: (lat: string, lon: string, radius: string) => `${lat}° شمالًا، ${lon}° شرقًا، في نطاق نحو ${radius} كم`,
    approximateArea: 'منطقة تقريبية',
    inset: 'غرب روسيا',
    credits: 'الخريطة: Natural Earth.',
    countries: {
      China: 'الصين',
      Mongolia: 'منغوليا',
      Russia: 'روسيا',
      'North Korea': 'كوريا الشمالية',
      'South Korea': 'كوريا الجنوبية',
      Japan: 'اليابان',
      Ukraine: 'أوكرانيا',
    } as Record<string, string>,
  },
} as const;

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
export class FactboxExercisesMap extends FactboxElement<ExerciseRow> {
  static override styles = [
    ...FactboxElement.styles,
    css`
      :host {
        --_fb-default-height: 40rem;
      }
      @media (max-width: 480px) {
        :host {
          --_fb-default-height: 44rem;
        }
      }
      .sea {
        fill: var(--_fb-sea);
      }
      .land path {
        fill: var(--_fb-land);
        stroke: var(--_fb-land-border);
        stroke-width: 0.6;
        stroke-linejoin: round;
      }
      text {
        fill: var(--_fb-text);
        paint-order: stroke;
        stroke: var(--_fb-background);
        stroke-width: 3px;
        stroke-linejoin: round;
        font-family: inherit;
      }
      .country-labels text {
        fill: var(--_fb-muted);
        letter-spacing: 0.04em;
      }
      .inset-frame {
        fill: var(--_fb-sea);
        stroke: var(--_fb-muted);
        stroke-width: 1;
      }
      .inset-title {
        font-weight: 600;
      }
      .area-label {
        cursor: pointer;
      }
      .area {
        --area-color: var(--_fb-series-1);
        cursor: pointer;
        outline: none;
      }
      .area.deployment {
        --area-color: var(--_fb-series-2);
      }
      .area .outline {
        fill: var(--area-color);
        fill-opacity: 0.16;
        stroke: var(--area-color);
        stroke-width: 1.5;
        stroke-dasharray: 5 3;
      }
      .area .marker {
        fill: var(--area-color);
        stroke: var(--_fb-background);
        stroke-width: 1.5;
      }
      .area.active .outline,
      .area:hover .outline {
        fill-opacity: 0.3;
        stroke-width: 2.5;
      }
      .area:focus-visible .outline {
        stroke: var(--_fb-accent);
        stroke-width: 3.5;
        stroke-dasharray: none;
      }
      .symbol {
        display: inline-block;
        inline-size: 0.8em;
        block-size: 0.8em;
        background: var(--_fb-series-1);
        border-radius: 50%;
        vertical-align: -0.05em;
      }
      .symbol.deployment {
        background: var(--_fb-series-2);
        border-radius: 0;
        clip-path: polygon(50% 0, 100% 100%, 0 100%);
      }
      .symbol.approximate {
        background: transparent;
        border: 1.5px dashed var(--_fb-muted);
      }
      .unplaced {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.25rem 0.5rem;
        margin: 0;
        padding: 0;
        list-style: none;
        font-size: 0.875em;
      }
    `,
  ];

  protected readonly resource = 'exercises';
  protected readonly maxRows = 200;
  protected readonly schema = exercisesSchema;
  private mapModule: typeof import('./map-chart.js') | null = null;
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

  protected async loadChart(): Promise<void> {
    this.mapModule = await import('./map-chart.js');
  }

  protected renderChart(): TemplateResult {
    const module = this.mapModule;
    if (!module || !this.size) return html``;
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
