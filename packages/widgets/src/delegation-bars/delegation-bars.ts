import { html } from 'lit';
import { delegations, delegationsSchema, type DelegationRow } from '@factbox/datasets';
import { readColors } from '../shared/canvas.js';
import { CanvasChartElement, type DrawCanvasChart } from '../shared/canvas-chart-element.js';
import type { ChartItem, TableColumn } from '../shared/types.js';
import { directionOf, formatNumber, formatPeriod, formatQualified, stripBidiControls } from '../shared/i18n.js';
import type { BarInput } from './bar-chart.js';

const WORDS = {
  en: {
    heading: (party: string | null) => (party ? `Delegations exchanged with ${party}` : 'Delegations exchanged'),
    summary: (parts: string) => `Bar chart of delegations exchanged: ${parts}.`,
    pair: 'Countries',
    count: 'Delegations',
  },
  ar: {
    heading: (party: string | null) => (party ? `الوفود المتبادلة مع ${party}` : 'الوفود المتبادلة'),
    summary: (parts: string) => `مخطط أعمدة للوفود المتبادلة: ${parts}.`,
    pair: 'البلدان',
    count: 'عدد الوفود',
  },
} as const;

/**
 * Delegations exchanged between pairs of countries as horizontal bars: the
 * counts the documents state, and counts derived from them (e.g. from
 * "four-fold") hatched and outlined, in the key, and explained in the quote
 * box with the sentence behind them.
 *
 * @tagname factbox-delegation-bars
 * @summary Delegation counts, from the `delegations` dataset.
 */
export class FactboxDelegationBars extends CanvasChartElement<DelegationRow, BarInput> {
  protected readonly resource = 'delegations';
  protected readonly maxRows = 50;
  protected readonly schema = delegationsSchema;

  protected defaultRows(): readonly DelegationRow[] {
    return delegations;
  }

  private get words() {
    return WORDS[this.locale];
  }

  private party(row: DelegationRow, which: 'a' | 'b'): string {
    const arabic = which === 'a' ? row.party_a_ar : row.party_b_ar;
    return this.locale === 'ar' && arabic ? arabic : which === 'a' ? row.party_a : row.party_b;
  }

  private period(row: DelegationRow): string {
    return formatPeriod(this.locale, row.period_start, row.period_end);
  }

  protected items(): readonly ChartItem<DelegationRow>[] {
    return this.rows.map((row) => ({
      key: row.id,
      label: `${this.party(row, 'a')}–${this.party(row, 'b')}`,
      value: row.count,
      valueText: formatQualified(this.locale, row.qualifier, formatNumber(this.locale, row.count)),
      derived: row.derived,
      row,
    }));
  }

  protected defaultHeading(): string {
    const first = this.rows[0];
    const shared = first && this.rows.every((r) => r.party_a === first.party_a) ? this.party(first, 'a') : null;
    return this.words.heading(shared);
  }

  protected override subtitle(): string | null {
    const first = this.rows[0];
    if (!first || !this.rows.every((r) => r.period_start === first.period_start && r.period_end === first.period_end)) return null;
    const period = this.period(first);
    if (!period) return null;
    return this.locale === 'en' && first.period_as_written ? `${first.period_as_written} (${period})` : `${this.messages.period}: ${period}`;
  }

  protected summary(): string {
    const m = this.messages;
    return this.words.summary(this.items().map((i) => `${i.label}${m.comma}${i.valueText}${i.derived ? ` (${m.derived})` : ''}`).join(m.listSeparator));
  }

  protected tableColumns(): readonly TableColumn<DelegationRow>[] {
    const m = this.messages;
    return [
      { header: this.words.pair, cell: (i) => html`<bdi>${i.label}</bdi>` },
      { header: this.words.count, cell: (i) => i.valueText, numeric: true },
      { header: m.period, cell: (i) => (i.row ? this.period(i.row) : '') },
      { header: m.basis, cell: (i) => (i.derived ? html`${m.derived}: <span lang="en" dir="ltr">${i.row?.derivation ?? ''}</span>` : m.stated) },
      { header: m.quote, cell: (i) => (i.row ? html`<q lang="en" dir="ltr">${i.row.quote}</q>` : '') },
    ];
  }

  protected async importChart(): Promise<DrawCanvasChart<BarInput>> {
    return (await import('./bar-chart.js')).drawBars;
  }

  protected chartInput(): BarInput {
    const items = this.items();
    const m = this.messages;
    return {
      labels: items.map((i) => stripBidiControls(i.label)),
      values: items.map((i) => i.value ?? 0),
      valueLabels: items.map((i) => stripBidiControls(i.derived ? `${i.valueText} (${m.derived})` : i.valueText)),
      derived: items.map((i) => i.derived),
      colors: readColors(this.styleSource),
      formatTick: (value: number) => formatNumber(this.locale, value),
      rtl: directionOf(this.locale) === 'rtl',
      onHover: (index) => this.activateIndex(index),
    };
  }

  protected override seriesIndex(): number {
    return 0;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'factbox-delegation-bars': FactboxDelegationBars;
  }
}
