import { css, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { delegations, delegationsSchema, type DelegationRow } from '@factbox/datasets';
import { RESERVES } from '../generated/reserved-heights.js';
import { readColors, textWidth } from '../shared/canvas.js';
import { CanvasChartElement, type DrawCanvasChart } from '../shared/canvas-chart-element.js';
import { cssProperties } from '../shared/css-properties.js';
import { drawnAs, formatNumber, formatPeriod, formatQualified } from '../shared/i18n.js';
import { reservedHeight } from '../shared/styles.js';
import { itemButton } from '../shared/templates/legend.js';
import type { ChartItem, Note, TableColumn } from '../shared/types.js';
import type { BarGeometry, BarInput } from './bar-chart.js';
import { BAR, chartHeight } from './bar-layout.js';

const WORDS = {
  en: {
    headline: (a: string, b: string, count: string, period: string) => `${a} and ${b} exchanged ${count} delegations ${period}`,
    heading: (party: string | null) => (party ? `Delegations exchanged with ${party}` : 'Delegations exchanged'),
    inYear: (year: string) => `in ${year}`,
    subtitle: (kinds: string | null, asWritten: string | null, period: string) =>
      `${kinds ? `${kinds[0]?.toUpperCase()}${kinds.slice(1)} delegations, ` : ''}${period}${asWritten ? ` (“${asWritten}”)` : ''}`,
    summary: (parts: string) => `Bar chart of delegations exchanged: ${parts}.`,
    notDrawn: (asWritten: string | null) => `not drawn, because the source states no count${asWritten ? `, only “${asWritten}”` : ''}.`,
    derivedReading: 'derived reading, not stated',
    showDerived: 'Show the derived reading',
    hideDerived: 'Hide the derived reading',
    pair: 'Countries',
    count: 'Delegations',
  },
  ar: {
    headline: (a: string, b: string, count: string, period: string) => `الوفود المتبادلة بين ${a} و${b} ${period}: ${count}`,
    heading: (party: string | null) => (party ? `الوفود المتبادلة مع ${party}` : 'الوفود المتبادلة'),
    inYear: (year: string) => `في ${year}`,
    subtitle: (_kinds: string | null, _asWritten: string | null, period: string) => `الفترة: ${period}`,
    summary: (parts: string) => `مخطط أعمدة للوفود المتبادلة: ${parts}.`,
    notDrawn: (asWritten: string | null) => `غير مرسوم، لأن المصدر لا يذكر عددًا${asWritten ? `، بل «${asWritten}» فقط` : ''}.`,
    derivedReading: 'قراءة مشتقة، لم ترد في المصدر',
    showDerived: 'عرض القراءة المشتقة',
    hideDerived: 'إخفاء القراءة المشتقة',
    pair: 'البلدان',
    count: 'عدد الوفود',
  },
} as const;

/**
 * Delegations exchanged between pairs of countries as horizontal bars, each
 * named above and valued at its end. Only counts the documents state are
 * drawn by default; a count derived from them (e.g. from an ambiguous
 * "four-fold") is explained in the notes and drawn, hatched and labelled as
 * a derived reading, only when the reader asks for it.
 *
 * @tagname factbox-delegation-bars
 * @summary Delegation counts, from the `delegations` dataset.
 */
export class FactboxDelegationBars extends CanvasChartElement<DelegationRow, BarInput> {
  static override styles = [
    ...CanvasChartElement.styles,
    reservedHeight(RESERVES['delegation-bars']),
    css`
      .chart {
        block-size: var(--chart-height);
      }
      .bar-name,
      .bar-value {
        position: absolute;
        top: var(--y);
        left: var(--x);
        font-size: 0.875em;
        line-height: ${BAR.NAME - 2}px;
        white-space: nowrap;
      }
      .bar-name {
        max-inline-size: 100%;
        transform: translateY(-100%);
      }
      .bar-name .item {
        margin: 0;
        padding-block: 0;
        min-block-size: ${BAR.NAME - 2}px;
      }
      .bar-value {
        font-weight: 700;
        transform: translate(6px, -50%);
      }
      [dir='rtl'] .bar-name {
        transform: translate(-100%, -100%);
      }
      [dir='rtl'] .bar-value {
        transform: translate(calc(-100% - 6px), -50%);
      }
    `,
  ];

  static override properties: PropertyDeclarations = { showDerived: { state: true }, bars: { state: true } };

  protected readonly resource = 'delegations';
  protected readonly maxRows = 50;
  protected readonly schema = delegationsSchema;
  /** Whether the reader asked to see derived counts drawn. */
  private showDerived = false;
  /** Where Chart.js drew each bar, for the names and values placed over it. */
  private bars: readonly BarGeometry[] = [];

  protected defaultRows(): readonly DelegationRow[] {
    return delegations;
  }

  private get words() {
    return WORDS[this.locale];
  }

  protected override get chartRole(): 'img' | 'group' {
    return 'group';
  }

  private party(row: DelegationRow, which: 'a' | 'b'): string {
    const arabic = which === 'a' ? row.party_a_ar : row.party_b_ar;
    return this.locale === 'ar' && arabic ? arabic : which === 'a' ? row.party_a : row.party_b;
  }

  private period(row: DelegationRow): string {
    return formatPeriod(this.locale, row.period_start, row.period_end);
  }

  private item(row: DelegationRow): ChartItem<DelegationRow> {
    const formatted = formatNumber(this.locale, row.count);
    const shown = drawnAs(this.locale, row.qualifier, formatted);
    return {
      key: row.id,
      label: `${this.party(row, 'a')}–${this.party(row, 'b')}`,
      value: row.count,
      valueText: formatQualified(this.locale, row.qualifier, formatted),
      derived: row.derived,
      row,
      ...(shown ? { drawnAs: shown } : {}),
    };
  }

  /** What the chart draws: the stated counts, and derived ones only when the reader asks. */
  protected items(): readonly ChartItem<DelegationRow>[] {
    return this.rows.filter((row) => this.showDerived || !row.derived).map((row) => this.item(row));
  }

  private hiddenRows(): readonly DelegationRow[] {
    return this.showDerived ? [] : this.rows.filter((row) => row.derived);
  }

  protected defaultHeading(): string {
    const stated = this.rows.filter((row) => !row.derived);
    const only = stated.length === 1 ? stated[0] : undefined;
    if (only) {
      const [start, end] = [only.period_start?.slice(0, 4), only.period_end?.slice(0, 4)];
      const when =
        start && start === end ? this.words.inYear(formatNumber(this.locale, Number(start)).replace(/[٬,]/g, '')) : this.period(only);
      return this.words.headline(this.party(only, 'a'), this.party(only, 'b'), this.item(only).valueText, when);
    }
    const first = this.rows[0];
    return this.words.heading(first && this.rows.every((r) => r.party_a === first.party_a) ? this.party(first, 'a') : null);
  }

  protected override subtitle(): string | null {
    const first = this.rows[0];
    if (!first || !this.rows.every((r) => r.period_start === first.period_start && r.period_end === first.period_end)) return null;
    const period = this.period(first);
    return period ? this.words.subtitle(first.delegation_kinds, first.period_as_written, period) : null;
  }

  protected override notes(items: readonly ChartItem<DelegationRow>[]): readonly Note[] {
    const hidden = this.hiddenRows().map((row): Note => ({
      subject: this.item(row).label,
      text: this.words.notDrawn(row.count_as_written),
      ...(row.note ? { english: row.note } : {}),
    }));
    return [...hidden, ...super.notes(items)];
  }

  protected summary(): string {
    const m = this.messages;
    const drawn = this.items().map((i) => `${i.label}${m.comma}${i.valueText}${i.derived ? ` (${this.words.derivedReading})` : ''}`);
    // The note's sentence, inside the summary's list: without its own full stop ("…Beijing”..").
    const hidden = this.hiddenRows().map(
      (row) => `${this.item(row).label}${m.comma}${this.words.notDrawn(row.count_as_written).replace(/\.$/, '')}`,
    );
    return this.words.summary([...drawn, ...hidden].join(m.listSeparator));
  }

  protected tableColumns(): readonly TableColumn<DelegationRow>[] {
    const m = this.messages;
    return [
      { header: this.words.pair, cell: (i) => html`<bdi>${i.label}</bdi>` },
      // A derived value is never a bare number, here either: its basis is said beside it.
      {
        header: this.words.count,
        cell: (i) =>
          html`<bdi>${i.valueText}</bdi>${i.derived ? html` <span class="muted">(${this.words.derivedReading})</span>` : nothing}`,
        numeric: true,
      },
      { header: m.period, cell: (i) => (i.row ? this.period(i.row) : '') },
      { header: m.basis, cell: (i) => (i.derived ? this.words.derivedReading : m.stated) },
    ];
  }

  /** Every row, drawn or not, is in the table and the download. */
  protected override tableItems(): readonly ChartItem<DelegationRow>[] {
    return this.rows.map((row) => this.item(row));
  }

  protected override extraActions(): TemplateResult | typeof nothing {
    if (!this.rows.some((row) => row.derived)) return nothing;
    return html`<button type="button" class="button" part="button" aria-pressed=${this.showDerived ? 'true' : 'false'} @click=${this.toggleDerived}>${this.words.showDerived}</button>`;
  }

  private toggleDerived(): void {
    this.showDerived = !this.showDerived;
    // Fewer or more bars: the names wait for the new geometry rather than sit on old bars.
    this.bars = [];
  }

  protected override drawVariant(): string {
    return String(this.showDerived);
  }

  protected override chartBox(): Readonly<Record<`--${string}`, string>> {
    return { '--chart-height': `${chartHeight(this.items().length)}px` };
  }

  protected override renderLegend(): typeof nothing {
    return nothing;
  }

  protected override renderChart(): TemplateResult {
    const items = this.items();
    return html`${super.renderChart()}
      ${items.map((item, index) => {
        const bar = this.bars[index];
        if (!bar) return nothing;
        const middle = (bar.top + bar.bottom) / 2;
        return html`<div class="bar-name" ${cssProperties({ '--x': `${bar.base}px`, '--y': `${bar.top - 1}px` })}>${itemButton(item.key, this.itemEvents, html`<bdi>${item.label}</bdi>`)}</div>
          <span class="bar-value" aria-hidden="true" ${cssProperties({ '--x': `${bar.end}px`, '--y': `${middle}px` })}><bdi>${item.valueText}</bdi>${item.derived ? html` <span class="muted">(${this.words.derivedReading})</span>` : nothing}</span>`;
      })}`;
  }

  protected importChart(): Promise<DrawCanvasChart<BarInput>> {
    return import('./bar-chart.js').then((module) => module.drawBars);
  }

  protected chartInput(): BarInput {
    const items = this.items();
    const font = `700 ${0.875 * parseFloat(getComputedStyle(this.styleSource).fontSize || '15')}px ${getComputedStyle(this.styleSource).fontFamily}`;
    const valueText = (i: ChartItem<DelegationRow>): string => (i.derived ? `${i.valueText} (${this.words.derivedReading})` : i.valueText);
    return {
      values: items.map((i) => i.value ?? 0),
      derived: items.map((i) => i.derived),
      colors: readColors(this.styleSource),
      rtl: this.localization.direction === 'rtl',
      valueRoom: Math.ceil(Math.max(0, ...items.map((i) => textWidth(valueText(i), font)))) + 12,
      onGeometry: (bars) => (this.bars = bars),
      ...this.pointerCallbacks(),
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'factbox-delegation-bars': FactboxDelegationBars;
  }
}
