import { html } from 'lit';
import { tradeShare, tradeShareSchema, type TradeShareRow } from '@factbox/datasets';
import { readColors } from '../shared/canvas.js';
import { CanvasChartElement, type DrawCanvasChart } from '../shared/canvas-chart-element.js';
import type { ChartItem, TableColumn } from '../shared/types.js';
import { directionOf, formatPartialDate, formatPercent, formatQualified, stripBidiControls, type Locale } from '../shared/i18n.js';
import type { PieInput } from './pie-chart.js';

const WORDS = {
  en: {
    heading: (economy: string) => `Shares of ${economy}’s trade`,
    summary: (economy: string, flow: string, parts: string) => `Pie chart of ${economy}’s ${flow} by partner: ${parts}.`,
    partner: 'Partner',
    share: 'Share',
    remainder: 'Not in the data',
    remainderExplanation: 'The rows do not add up to 100%; the widget shows the rest as a remainder.',
  },
  ar: {
    heading: (economy: string) => `حصص تجارة ${economy}`,
    summary: (economy: string, flow: string, parts: string) => `مخطط دائري لتجارة ${economy} (${flow}) حسب الشريك: ${parts}.`,
    partner: 'الشريك',
    share: 'الحصة',
    remainder: 'غير مشمول في البيانات',
    remainderExplanation: 'مجموع الصفوف أقل من ١٠٠٪، فيُعرض الباقي على حدة.',
  },
} as const;

const REMAINDER_KEY = 'factbox-remainder';

/**
 * North Korea's trade by partner as a doughnut chart: China's share with its
 * bound shown honestly ("over 90%", not "90%"), the remainder labelled as a
 * remainder and hatched when it is derived, the period as the source gives it.
 *
 * @tagname factbox-trade-share-pie
 * @summary Trade shares by partner, from the `trade-share` dataset.
 */
export class FactboxTradeSharePie extends CanvasChartElement<TradeShareRow, PieInput> {
  protected readonly resource = 'trade-share';
  protected readonly maxRows = 12;
  protected readonly schema = tradeShareSchema;

  protected defaultRows(): readonly TradeShareRow[] {
    return tradeShare;
  }

  private get words() {
    return WORDS[this.locale];
  }

  private label(row: TradeShareRow): string {
    return this.locale === 'ar' && row.partner_ar ? row.partner_ar : row.partner;
  }

  private economy(): string {
    const row = this.rows[0];
    if (!row) return '';
    return this.locale === 'ar' && row.economy_ar ? row.economy_ar : row.economy;
  }

  protected override checkRows(rows: readonly TradeShareRow[]): string[] {
    const problems: string[] = [];
    const wholes = new Set(rows.map((r) => `${r.economy} / ${r.flow}`));
    if (wholes.size > 1) problems.push(`A pie shows one whole; these rows describe ${wholes.size}: ${[...wholes].join('; ')}.`);
    // Upper bounds ("under 10%") may be anything below their value, so only the other values must fit in 100%.
    const least = rows.filter((r) => r.qualifier !== 'under').reduce((sum, r) => sum + r.share_percent, 0);
    if (least > 100.5) problems.push(`The shares add up to at least ${least}%, more than 100%.`);
    return problems;
  }

  protected items(): readonly ChartItem<TradeShareRow>[] {
    const locale: Locale = this.locale;
    const items: ChartItem<TradeShareRow>[] = this.rows.map((row) => ({
      key: row.id,
      label: this.label(row),
      value: row.share_percent,
      valueText: formatQualified(locale, row.qualifier, formatPercent(locale, row.share_percent)),
      derived: row.derived,
      row,
    }));
    const total = this.rows.reduce((sum, r) => sum + r.share_percent, 0);
    if (total < 99.5) {
      items.push({
        key: REMAINDER_KEY,
        label: this.words.remainder,
        value: 100 - total,
        valueText: formatPercent(locale, 100 - total),
        derived: true,
        row: null,
        explanation: this.words.remainderExplanation,
      });
    }
    return items;
  }

  protected defaultHeading(): string {
    return this.words.heading(this.economy());
  }

  protected override subtitle(): string | null {
    const row = this.rows[0];
    if (!row) return null;
    const m = this.messages;
    const period = row.period_as_written ?? m.periodNotStated(formatPartialDate(this.locale, row.reference_date));
    return `${m.period}: ${period}`;
  }

  protected summary(): string {
    const m = this.messages;
    const parts = this.items().map((i) => `${i.label}${m.comma}${i.valueText}${i.derived ? ` (${m.derived})` : ''}`).join(m.listSeparator);
    return this.words.summary(this.economy(), this.rows[0]?.flow ?? '', parts);
  }

  protected tableColumns(): readonly TableColumn<TradeShareRow>[] {
    const m = this.messages;
    return [
      { header: this.words.partner, cell: (i) => html`<bdi>${i.label}</bdi>` },
      { header: this.words.share, cell: (i) => i.valueText, numeric: true },
      { header: m.basis, cell: (i) => (i.derived ? html`${m.derived}: <span lang="en" dir="ltr">${i.row?.derivation ?? i.explanation ?? ''}</span>` : m.stated) },
      { header: m.quote, cell: (i) => (i.row ? html`<q lang="en" dir="ltr">${i.row.quote}</q>` : '') },
    ];
  }

  protected async importChart(): Promise<DrawCanvasChart<PieInput>> {
    return (await import('./pie-chart.js')).drawPie;
  }

  protected chartInput(): PieInput {
    const items = this.items();
    const main = items.find((i) => !i.derived) ?? items[0];
    return {
      labels: items.map((i) => stripBidiControls(i.label)),
      values: items.map((i) => i.value ?? 0),
      derived: items.map((i) => i.derived),
      seriesIndex: items.map((_, index) => index % 4),
      colors: readColors(this.styleSource),
      centerValue: stripBidiControls(main?.valueText ?? ''),
      centerLabel: stripBidiControls(main?.label ?? ''),
      rtl: directionOf(this.locale) === 'rtl',
      onHover: (index) => this.activateIndex(index),
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'factbox-trade-share-pie': FactboxTradeSharePie;
  }
}
