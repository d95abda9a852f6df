import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { figures, figuresSchema, type FigureRow } from '@factbox/datasets';
import { RESERVES } from '../generated/reserved-heights.js';
import { FactboxElement } from '../shared/factbox-element.js';
import { formatNumber, intlLocale } from '../shared/i18n.js';
import { publisherOf } from '../shared/provenance.js';
import { reservedHeight } from '../shared/styles.js';
import { caveatOf, english } from '../shared/templates/details.js';
import type { ChartItem, TableColumn } from '../shared/types.js';
import { arrange, parseTopics, rowEnd, type Arrangement } from './arrangement.js';
import type { CardBlock, FigureCard } from './cards-chart.js';
import { derivedReading, figurePeriod, figureValue, valueLine } from './figure-text.js';
import { keyFiguresStyles } from './key-figures.styles.js';
import { TOPICS, WORDS, type Relation, type Topic } from './words.js';

type CardsModule = typeof import('./cards-chart.js');

/**
 * Key figures from the `figures` dataset as cards: each value as the source
 * states it ("over 13,000", "1,146 km"; words stay words: "several thousand
 * troops", "largest trading partner"), what it measures, the date or period
 * it refers to, and who says it. Figures that overlap, disagree or restate
 * each other are shown side by side with the relation in words ("Overlapping
 * periods: do not add"). Each card shows its quote on hover (a tooltip) or
 * on focus or tap (the panel, under the card's row); doubts about the
 * source are on the card and in the notes under the cards.
 *
 * @tagname factbox-key-figures
 * @summary Key figures (numbers and words) with their dates and sources, from the `figures` dataset.
 *
 * @attr {string} topics - Comma-separated topics to show, e.g. `trade,energy` (`trade`, `energy`, `economy`, `military-supplies`, `troops`, `military-activity`, `diplomacy`, `relations`, `humanitarian`); all when absent. Unknown topics are ignored with a console warning. With topics the widget is as tall as the figures it shows: set `--factbox-height` to reserve that space.
 */
export class FactboxKeyFigures extends FactboxElement<FigureRow, CardsModule> {
  static override styles = [...FactboxElement.styles, reservedHeight(RESERVES['key-figures']), keyFiguresStyles];
  // Declared without decorators, like the base's: the decorator helper would be a chunk of its own.
  static override properties: PropertyDeclarations = {
    topics: { reflect: true },
    gridColumns: { state: true },
  };

  /**
   * Comma-separated topics to show (`trade,energy`); all when absent. Reflected: with
   * topics, the widget is as tall as the figures it shows, not the catalogue's height for
   * all of them (set `--factbox-height` to reserve the space of a selection).
   */
  topics: string | null = null;

  /** Cards in a row of the grid as laid out (read after each update): where a card's details open. */
  private gridColumns = 1;

  protected readonly resource = 'figures';
  protected readonly maxRows = 100;
  protected readonly schema = figuresSchema;

  protected defaultRows(): readonly FigureRow[] {
    return figures;
  }

  private get words() {
    return WORDS[this.locale];
  }

  protected override get chartRole(): 'img' | 'group' {
    return 'group';
  }

  /** The arrangement for the loaded rows and the `topics` asked for, computed once for each. */
  private arranged: { rows: readonly FigureRow[]; topics: string | null; arrangement: Arrangement; topicList: readonly Topic[] } | null =
    null;
  private get arrangement(): { arrangement: Arrangement; topicList: readonly Topic[] } {
    const loaded = super.rows;
    if (this.arranged?.rows !== loaded || this.arranged.topics !== this.topics) {
      const { topics } = parseTopics(this.topics);
      this.arranged = { rows: loaded, topics: this.topics, arrangement: arrange(loaded, topics), topicList: topics };
    }
    return this.arranged;
  }

  /** The figures shown after the `topics` filter, in the data's order: what "Get the data" downloads. */
  protected override get rows(): readonly FigureRow[] {
    return this.arrangement.arrangement.shown;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const grid = this.renderRoot.querySelector('.cards');
    const columns = grid ? getComputedStyle(grid).gridTemplateColumns.split(' ').filter(Boolean).length : 1;
    if (columns !== this.gridColumns) this.gridColumns = columns;
  }

  private cellOf(key: string | null): HTMLElement | undefined {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('.cell')].find((element) => element.dataset['key'] === key);
  }

  /** A card's details open under its row, inside the grid (see renderChart): not under the whole grid. */
  protected override renderPanelSlot(): typeof nothing {
    return nothing;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('topics')) {
      for (const value of parseTopics(this.topics).unknown) {
        this.warnOnce(`topic:${value}`, `Unknown topic "${value}" in topics; it is ignored. Topics: ${TOPICS.join(', ')}.`);
      }
    }
  }

  private subject(row: FigureRow): string {
    return this.locale === 'ar' ? row.subject_ar : row.subject;
  }

  /** "trade and energy", in the widget's language. */
  private topicNames(topics: readonly Topic[]): string {
    return new Intl.ListFormat(intlLocale(this.locale), { type: 'conjunction' }).format(topics.map((topic) => this.words.topics[topic]));
  }

  /** The cards in the order shown: pairs first, then by topic. */
  protected items(): readonly ChartItem<FigureRow>[] {
    return this.arrangement.arrangement.ordered.map((row) => ({
      key: row.id,
      label: this.subject(row),
      value: row.derived ? null : row.value,
      valueText: valueLine(figureValue(row, this.locale, this.words)),
      derived: row.derived,
      row,
    }));
  }

  protected defaultHeading(): string {
    return this.words.heading;
  }

  protected override subtitle(): string {
    const w = this.words;
    const total = formatNumber(this.locale, super.rows.length);
    const { topicList } = this.arrangement;
    if (topicList.length === 0) return w.subtitleAll(total);
    return w.subtitleFiltered(this.capitalised(this.topicNames(topicList)), formatNumber(this.locale, this.rows.length), total);
  }

  protected summary(): string {
    const m = this.messages;
    const pairs = this.arrangement.arrangement.blocks.flatMap((block) => {
      if (block.kind !== 'pair') return [];
      const [a, b] = block.rows.map((row) => `${valueLine(figureValue(row, this.locale, this.words))} (${this.subject(row)})`);
      return [`${this.words.relations[block.relation]}: ${a}${m.listSeparator}${b}.`];
    });
    return [this.words.summary(formatNumber(this.locale, this.rows.length)), ...pairs].join(' ');
  }

  /** "Overlapping periods: do not add: more than 1,000 containers (October 2023 …)": the relation and the other figure, short. */
  private relationOf(row: FigureRow): string {
    const partner = row.compare_with ? super.rows.find((other) => other.id === row.compare_with) : undefined;
    if (!row.relation || !partner) return '—';
    const other = `${valueLine(figureValue(partner, this.locale, this.words))} (${figurePeriod(partner, this.locale, this.words)})`;
    return `${this.words.relations[row.relation]}: ${other}`;
  }

  protected tableColumns(): readonly TableColumn<FigureRow>[] {
    const w = this.words;
    const columns: TableColumn<FigureRow>[] = [
      { header: w.figure, cell: (item) => html`<bdi>${item.label}</bdi>` },
      { header: w.value, cell: (item) => this.valueCell(item.row as FigureRow, item.valueText) },
      { header: this.messages.period, cell: (item) => this.periodCell(item.row as FigureRow) },
      { header: w.topic, cell: (item) => this.capitalised(w.topics[(item.row as FigureRow).topic]) },
    ];
    // The relation column only when a figure shown has one.
    if (this.rows.some((row) => row.compare_with))
      columns.push({ header: w.readWith, cell: (item) => html`<bdi>${this.relationOf(item.row as FigureRow)}</bdi>` });
    return columns;
  }

  private capitalised(text: string): string {
    return text.charAt(0).toLocaleUpperCase(this.locale) + text.slice(1);
  }

  private valueCell(row: FigureRow, valueText: string): TemplateResult {
    const reading = derivedReading(row, this.locale, this.words);
    return html`<bdi>${valueText}</bdi>${reading ? html`<br><span class="muted">${reading}</span>` : nothing}`;
  }

  private periodCell(row: FigureRow): TemplateResult {
    const resolution = row.period_resolution;
    return html`${figurePeriod(row, this.locale, this.words)}${resolution ? html`<br><span class="muted">${this.words.howDateRead}: ${english(resolution)}</span>` : nothing}`;
  }

  protected importChart(): Promise<CardsModule> {
    return import('./cards-chart.js');
  }

  private card(row: FigureRow, partnerHidden: Relation | null = null): FigureCard {
    const w = this.words;
    const value = figureValue(row, this.locale, w);
    const source = this.templateContext.provenance.sourceFor(row);
    const reading = derivedReading(row, this.locale, w);
    const flags = [
      ...(caveatOf(row, this.locale) ? [w.caution] : []),
      ...(reading ? [reading] : []),
      ...(partnerHidden ? [w.partnerHidden(w.relations[partnerHidden])] : []),
    ];
    return {
      key: row.id,
      value: value.text,
      unit: value.unit,
      words: value.words,
      subject: this.subject(row),
      period: figurePeriod(row, this.locale, w),
      source: source ? publisherOf(source, this.locale) : html`<bdi>${row.source_id}</bdi> (${w.unchecked})`,
      flags,
    };
  }

  protected renderChart(module: CardsModule): TemplateResult {
    const { arrangement, topicList } = this.arrangement;
    const blocks = arrangement.blocks.map((block): CardBlock =>
      block.kind === 'pair'
        ? { kind: 'pair', relation: this.words.relations[block.relation], cards: [this.card(block.rows[0]), this.card(block.rows[1])] }
        : { kind: 'single', card: this.card(block.row, block.partnerHidden) },
    );
    const selected = arrangement.blocks.findIndex((block) =>
      (block.kind === 'pair' ? block.rows : [block.row]).some((row) => row.id === this.selectedKey),
    );
    return module.renderCards({
      blocks,
      empty: arrangement.shown.length === 0 ? this.words.empty(this.topicNames(topicList)) : null,
      events: this.itemEvents,
      quotes: this.locale === 'ar' ? ['«', '»'] : ['“', '”'],
      panel: this.panel(this.items()),
      panelAfter: selected < 0 ? null : rowEnd(arrangement.blocks, this.gridColumns, selected),
    });
  }

  /** The cards are the legend: no other. */
  protected override renderLegend(): typeof nothing {
    return nothing;
  }

  /**
   * The tooltip of the card under the pointer: along the card's edge nearer the middle of
   * the grid, so that it spans the card and stays inside the widget, and on the side of the
   * card (below or above) with more room in the part of the widget on screen, never over
   * the card itself.
   */
  protected override hover(key: string | null): void {
    const grid = this.renderRoot.querySelector('.chart');
    const cell = this.cellOf(key);
    if (key === null || !grid || !cell) {
      this.hovered = null;
      return;
    }
    const box = grid.getBoundingClientRect();
    const widget = this.getBoundingClientRect();
    const card = cell.getBoundingClientRect();
    const opensLeft = card.left + card.width / 2 - box.left >= box.width / 2;
    const roomBelow = Math.min(widget.bottom, innerHeight) - card.bottom;
    const roomAbove = card.top - Math.max(widget.top, 0);
    const opensBelow = roomBelow >= roomAbove;
    // 12 px: the tooltip's near corner sits 0.75rem from the point it names (shared/styles.ts).
    const x = (opensLeft ? card.right - 12 : card.left + 12) - box.left;
    this.hovered = { key, x, y: (opensBelow ? card.bottom : card.top) - box.top, left: opensLeft, below: opensBelow };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'factbox-key-figures': FactboxKeyFigures;
  }
}
