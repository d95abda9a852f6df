import { css, html, unsafeCSS } from 'lit';
import { tradeShare, tradeShareSchema, type TradeShareRow } from '@factbox/datasets';
import { NARROW_WIDGET } from '../catalogue.js';
import { RESERVES } from '../generated/reserved-heights.js';
import { readColors } from '../shared/canvas.js';
import { CanvasChartElement, type DrawCanvasChart } from '../shared/canvas-chart-element.js';
import { drawnAs, formatPartialDate, formatPercent, formatQualified, type Locale } from '../shared/i18n.js';
import { reservedHeight } from '../shared/styles.js';
import type { ChartItem, TableColumn } from '../shared/types.js';
import type { PieInput } from './pie-chart.js';

const WORDS = {
  en: {
    headline: (partner: string, share: string, economy: string) => `${partner} accounts for ${share} of ${economy}’s trade`,
    heading: (economy: string) => `Shares of ${economy}’s trade`,
    subtitle: (flow: string, period: string) => `Share of ${flow} by partner; period ${period}`,
    summary: (economy: string, flow: string, parts: string) => `Pie chart of ${economy}’s ${flow} by partner: ${parts}.`,
    flows: { 'total trade volume': 'total trade volume' } as Record<string, string>,
    partner: 'Partner',
    share: 'Share',
    remainder: 'Not in the data',
    remainderExplanation: 'The rows do not add up to 100%; the widget shows the rest as a remainder.',
  },
  ar: {
    headline: (partner: string, share: string, economy: string) => `حصة ${partner} من تجارة ${economy}: ${share}`,
    heading: (economy: string) => `حصص تجارة ${economy}`,
    subtitle: (flow: string, period: string) => `الحصة من ${flow} حسب الشريك؛ الفترة ${period}`,
    summary: (economy: string, flow: string, parts: string) => `مخطط دائري لتجارة ${economy} (${flow}) حسب الشريك: ${parts}.`,
    flows: { 'total trade volume': 'إجمالي حجم التجارة' } as Record<string, string>,
    partner: 'الشريك',
    share: 'الحصة',
    remainder: 'غير مشمول في البيانات',
    remainderExplanation: 'مجموع الصفوف أقل من ١٠٠٪، فيُعرض الباقي على حدة.',
  },
} as const;

const REMAINDER_KEY = 'factbox-remainder';

/**
 * North Korea's trade by partner as a doughnut chart: China's share with its
 * bound shown honestly ("over 90%", drawn at 90% and said so), the
 * remainder labelled as a remainder and hatched when it is derived, the
 * period as the source gives it.
 *
 * @tagname factbox-trade-share-pie
 * @summary Trade shares by partner, from the `trade-share` dataset.
 */
export class FactboxTradeSharePie extends CanvasChartElement<TradeShareRow, PieInput> {
  static override styles = [
    ...CanvasChartElement.styles,
    reservedHeight(RESERVES['trade-share-pie']),
    css`
      .figure {
        display: flex;
        align-items: center;
        gap: 0.75rem 1.5rem;
      }
      .chart {
        flex: none;
        inline-size: 13rem;
        block-size: 13rem;
      }
      .legend {
        flex-direction: column;
        font-size: 0.9375em;
      }
      @container (max-width: ${unsafeCSS(NARROW_WIDGET)}) {
        .figure {
          flex-direction: column;
          align-items: stretch;
        }
        .chart {
          align-self: center;
          inline-size: 12rem;
          block-size: 12rem;
        }
      }
    `,
  ];

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

  private flow(): string {
    const flow = this.rows[0]?.flow ?? '';
    return this.words.flows[flow] ?? flow;
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
    const items: ChartItem<TradeShareRow>[] = this.rows.map((row) => {
      const formatted = formatPercent(locale, row.share_percent);
      const shown = drawnAs(locale, row.qualifier, formatted);
      return {
        key: row.id,
        label: this.label(row),
        value: row.share_percent,
        valueText: formatQualified(locale, row.qualifier, formatted),
        derived: row.derived,
        row,
        ...(shown ? { drawnAs: shown } : {}),
      };
    });
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
    const largest = this.items()
      .filter((i) => !i.derived && i.row)
      .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))[0];
    return largest ? this.words.headline(largest.label, largest.valueText, this.economy()) : this.words.heading(this.economy());
  }

  protected override subtitle(): string | null {
    const row = this.rows[0];
    if (!row) return null;
    const period = row.period_as_written ?? this.messages.periodNotStated(formatPartialDate(this.locale, row.reference_date));
    return this.words.subtitle(this.flow(), period);
  }

  protected summary(): string {
    const m = this.messages;
    const parts = this.items()
      .map((i) => `${i.label}${m.comma}${i.valueText}${i.derived ? ` (${m.derived})` : ''}${i.drawnAs ? ` (${i.drawnAs})` : ''}`)
      .join(m.listSeparator);
    return this.words.summary(this.economy(), this.flow(), parts);
  }

  protected tableColumns(): readonly TableColumn<TradeShareRow>[] {
    const m = this.messages;
    return [
      { header: this.words.partner, cell: (i) => html`<bdi>${i.label}</bdi>` },
      {
        header: this.words.share,
        cell: (i) => html`<bdi>${i.valueText}</bdi>${i.drawnAs ? html`<br><span class="muted">${i.drawnAs}</span>` : ''}`,
        numeric: true,
      },
      { header: m.basis, cell: (i) => (i.derived ? m.derived : m.stated) },
    ];
  }

  protected importChart(): Promise<DrawCanvasChart<PieInput>> {
    return import('./pie-chart.js').then((module) => module.drawPie);
  }

  protected chartInput(): PieInput {
    const items = this.items();
    return {
      values: items.map((i) => i.value ?? 0),
      derived: items.map((i) => i.derived),
      seriesIndex: items.map((_, index) => index % 4),
      colors: readColors(this.styleSource),
      ...this.pointerCallbacks(),
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'factbox-trade-share-pie': FactboxTradeSharePie;
  }
}
