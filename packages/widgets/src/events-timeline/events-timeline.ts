import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { events, eventsSchema, type EventRow } from '@factbox/datasets';
import { RESERVES } from '../generated/reserved-heights.js';
import { FactboxElement } from '../shared/factbox-element.js';
import { formatNumber, formatPartialDate, intlLocale, localDigits } from '../shared/i18n.js';
import { reservedHeight } from '../shared/styles.js';
import { caveatOf, english, rowText } from '../shared/templates/details.js';
import type { ChartItem, Note, TableColumn } from '../shared/types.js';
import { eventsTimelineStyles } from './events-timeline.styles.js';
import type { TimelineEntry } from './timeline-chart.js';
import { chronological, domainOf, overlaps, periodOf, rangeOf, spanOf, yearsOf, type EventSpan, type Range } from './timeline-layout.js';
import { WORDS, dateWords, type Status, type TimelineWords } from './words.js';

type TimelineModule = typeof import('./timeline-chart.js');

/** One event as the widget shows it: the rows that tell it, when, and its entry on the timeline. */
interface EventView {
  readonly rows: readonly EventRow[];
  readonly span: EventSpan;
  readonly when: string;
  readonly item: ChartItem<EventRow>;
  readonly entry: TimelineEntry;
}

/** A doubt about a source, once for every event it concerns: the mark the entries carry, and what the notes say. */
interface Footnote {
  readonly mark: string;
  readonly text: string;
  /** The caveat has no translation in the widget's language. */
  readonly english: boolean;
}

/** Marks for the doubts about a source, in the order they appear: an entry carries its mark, the notes say what it means. */
const FOOTNOTE_MARKS = ['*', '†', '‡', '§', '‖', '¶'];

const spanOfRow = (row: EventRow): EventSpan | null => spanOf(row.date, row.date_bound, row.date_part);

/**
 * The dated events of the `events` dataset on a time axis, earliest first,
 * one entry per event (rows that tell the same event, sharing an
 * `event_key`, are one entry with every row's words). Each date is drawn as
 * precisely as its text gives it — a day as a point, a month or a year as a
 * span over it, "early October" as the first third of October, "by" and
 * "before" with an open start, "since" with an open end — and written in
 * words beside the event. Wide, the words sit beside each mark on one shared
 * axis; narrow, above it. `from` and `to` show only the events of a period.
 *
 * @tagname factbox-events-timeline
 * @summary A timeline of dated events, from the `events` dataset.
 */
export class FactboxEventsTimeline extends FactboxElement<EventRow, TimelineModule> {
  static override styles = [...FactboxElement.styles, reservedHeight(RESERVES['events-timeline']), ...eventsTimelineStyles];
  // Declared without decorators, like the base's: the decorator helper would be a chunk of its own.
  static override properties: PropertyDeclarations = { from: {}, to: {} };

  /** First date shown: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. An event is shown when what its text allows overlaps `from`–`to`; an invalid value is ignored, with a warning. */
  from: string | null = null;
  /** Last date shown (included), in the same forms as `from`. */
  to: string | null = null;

  protected readonly resource = 'events';
  protected readonly maxRows = 200;
  protected readonly schema = eventsSchema;

  protected defaultRows(): readonly EventRow[] {
    return events;
  }

  protected override get chartRole(): 'img' | 'group' {
    return 'group';
  }

  private get words(): TimelineWords {
    return WORDS[this.locale];
  }

  private rangeMemo: { readonly from: string | null; readonly to: string | null; readonly range: Range | null } | null = null;
  /** The `from`–`to` range, or null for every event. */
  private get range(): Range | null {
    const { from, to } = this;
    if (this.rangeMemo?.from === from && this.rangeMemo.to === to) return this.rangeMemo.range;
    const read = (name: 'from' | 'to', value: string | null) => {
      if (value === null || value.trim() === '') return null;
      const period = periodOf(value);
      if (!period)
        this.warnOnce(`${name}:${value}`, `${name}="${value.slice(0, 40)}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD); it is ignored.`);
      return period;
    };
    const [start, end] = [read('from', from), read('to', to)];
    const range = rangeOf(start, end);
    if (start && end && !range) this.warnOnce(`range:${from}|${to}`, `from="${from}" comes after to="${to}"; both are ignored.`);
    this.rangeMemo = { from, to, range };
    return range;
  }

  private shownMemo: { readonly loaded: readonly EventRow[]; readonly range: Range | null; readonly shown: readonly EventRow[] } | null =
    null;
  /** The rows whose dates overlap the range: what the timeline, the table, the source line and "Get the data" show. */
  protected override get rows(): readonly EventRow[] {
    const loaded = super.rows;
    const range = this.range;
    if (this.shownMemo?.loaded !== loaded || this.shownMemo.range !== range) {
      const shown = range ? loaded.filter((row) => overlaps(spanOfRow(row) as EventSpan, range)) : loaded;
      this.shownMemo = { loaded, range, shown };
    }
    return this.shownMemo.shown;
  }

  /** Rows that tell one event must agree on when, or the timeline could not draw it once. */
  protected override checkRows(rows: readonly EventRow[]): string[] {
    const first = new Map<string, EventRow>();
    const when = (row: EventRow): string => `${row.date_bound} ${row.date}${row.date_part ? ` (${row.date_part})` : ''}`;
    return rows.flatMap((row) => {
      const other = first.get(row.event_key);
      if (!other) first.set(row.event_key, row);
      return other && when(other) !== when(row)
        ? [`rows "${other.id}" and "${row.id}" tell one event ("${row.event_key}") with different dates: ${when(other)}, ${when(row)}.`]
        : [];
    });
  }

  private viewsMemo: {
    readonly rows: readonly EventRow[];
    readonly locale: string;
    readonly views: readonly EventView[];
    readonly footnotes: readonly Footnote[];
  } | null = null;
  /** The events shown, earliest first, with everything the timeline, the table and the notes say of them. */
  private get views(): readonly EventView[] {
    return this.shown().views;
  }

  private shown(): { readonly views: readonly EventView[]; readonly footnotes: readonly Footnote[] } {
    const rows = this.rows;
    if (this.viewsMemo?.rows === rows && this.viewsMemo.locale === this.locale) return this.viewsMemo;
    const byKey = new Map<string, EventRow[]>();
    for (const row of rows) byKey.set(row.event_key, [...(byKey.get(row.event_key) ?? []), row]);
    const footnotes: Footnote[] = [];
    // Marks in reading order: *, †, ‡… then **, ††…
    const markFor = (row: EventRow): string | null => {
      const caveat = caveatOf(row, this.locale);
      if (!caveat) return null;
      let footnote = footnotes.find((f) => f.text === caveat.text);
      if (!footnote) {
        const n = footnotes.length;
        footnote = {
          mark: (FOOTNOTE_MARKS[n % FOOTNOTE_MARKS.length] as string).repeat(1 + Math.floor(n / FOOTNOTE_MARKS.length)),
          text: caveat.text,
          english: caveat.lang === 'en',
        };
        footnotes.push(footnote);
      }
      return footnote.mark;
    };
    const views = [...byKey.values()]
      .map((group) => ({ group, span: spanOfRow(group[0] as EventRow) as EventSpan }))
      .sort((a, b) => chronological(a.span, b.span))
      .map(({ group, span }) =>
        this.eventView(group, span, [...new Set(group.map(markFor).filter((mark) => mark !== null))].join('') || null),
      );
    this.viewsMemo = { rows, locale: this.locale, views, footnotes };
    return this.viewsMemo;
  }

  private eventView(rows: readonly EventRow[], span: EventSpan, footnote: string | null): EventView {
    const w = this.words;
    const row = rows[0] as EventRow;
    const statuses = rows.map((r) => r.status);
    // A source that says it happened outweighs one that reports or plans it.
    const status: Status = statuses.includes('occurred') ? 'occurred' : statuses.includes('reported') ? 'reported' : 'planned';
    // A relative date is marked as resolved unless another row of the event writes it in full.
    const resolvedFrom = rows.every((r) => r.date_resolution) ? row.date_as_written : null;
    const when = dateWords(this.locale, row, resolvedFrom);
    const title = this.locale === 'ar' ? localDigits('ar', row.title_ar) : row.title;
    const drawnAs =
      row.date_bound !== 'on'
        ? w.drawnOpen[row.date_bound]
        : row.date_part && span.period.precision !== 'day'
          ? w.drawnPart(row.date_part, span.period.precision)
          : undefined;
    const item: ChartItem<EventRow> = {
      key: row.event_key,
      label: title,
      value: null,
      valueText: status === 'occurred' ? when : `${when} (${w.status[status]})`,
      derived: rows.some((r) => r.derived),
      row,
      ...(rows.length > 1 ? { rows } : {}),
      ...(drawnAs ? { drawnAs } : {}),
    };
    const entry: TimelineEntry = {
      key: row.event_key,
      span,
      category: row.category,
      categoryName: w.category[row.category],
      when,
      status: status === 'occurred' ? null : w.status[status],
      title,
      footnote,
      accounts: rows.length > 1 ? w.accounts(formatNumber(this.locale, rows.length)) : null,
    };
    return { rows, span, when, item, entry };
  }

  protected items(): readonly ChartItem<EventRow>[] {
    return this.views.map((view) => view.item);
  }

  /** The years the timeline covers: "2020–2024". */
  private years(): string {
    const [first, last] = yearsOf(
      domainOf(
        this.views.map((view) => view.span),
        this.range,
      ),
    );
    const year = (value: number): string => formatPartialDate(this.locale, String(value));
    return first === last ? year(first) : `${year(first)}–${year(last)}`;
  }

  /** The three states most often among the actors, in the order they first appear: "North Korea, Russia and China". */
  private leadingStates(): string | null {
    const names = this.words.states;
    const counts = new Map<string, number>();
    for (const row of this.rows)
      for (const key of row.actor_keys.split('; ')) if (Object.hasOwn(names, key)) counts.set(key, (counts.get(key) ?? 0) + 1);
    const top = [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([key]) => key);
    const leading = [...counts.keys()].filter((key) => top.includes(key)).map((key) => names[key] as string);
    return leading.length > 0 ? new Intl.ListFormat(intlLocale(this.locale), { type: 'conjunction' }).format(leading) : null;
  }

  protected defaultHeading(): string {
    const states = this.leadingStates();
    const heading = states ? this.words.heading(states, this.years()) : this.words.headingPlain(this.years());
    return `${heading.charAt(0).toUpperCase()}${heading.slice(1)}`;
  }

  protected override subtitle(): string {
    return this.words.subtitle(new Set(this.rows.map((row) => row.source_id)).size);
  }

  protected summary(): string {
    return this.words.summary(formatNumber(this.locale, this.views.length), this.years());
  }

  /** Derived rows, and each doubt about a source once after its mark; notes and date readings stay one control away (panel, table). */
  protected override notes(items: readonly ChartItem<EventRow>[]): readonly Note[] {
    const derived = items
      .filter((item) => item.derived)
      .map((item) => ({ subject: item.label, text: this.messages.derivedNote, english: rowText(item.row, 'derivation') ?? '' }));
    const footnotes = items.length > 0 ? this.shown().footnotes : [];
    return [...derived, ...footnotes.map((f) => (f.english ? { text: f.mark, english: f.text } : { text: `${f.mark} ${f.text}` }))];
  }

  protected tableColumns(): readonly TableColumn<EventRow>[] {
    const w = this.words;
    const c = w.columns;
    const viewOf = (item: ChartItem<EventRow>): EventView => this.views.find((view) => view.item === item) as EventView;
    const list = (item: ChartItem<EventRow>, field: 'date_as_written' | 'actors'): string =>
      [...new Set(viewOf(item).rows.flatMap((row) => (row[field] ?? '—').split('; ')))].join('; ');
    return [
      { header: c.event, cell: (i) => html`<bdi>${i.label}</bdi>${viewOf(i).entry.footnote ?? ''}` },
      { header: c.date, cell: (i) => html`<bdi>${viewOf(i).when}</bdi>` },
      { header: c.asWritten, cell: (i) => english(list(i, 'date_as_written')) },
      // The status only where it matters ("reported", "planned"), beside the category: a column of "occurred" says nothing.
      {
        header: c.category,
        cell: (i) => [w.category[viewOf(i).entry.category], viewOf(i).entry.status].filter(Boolean).join(this.messages.comma),
      },
      { header: c.actors, cell: (i) => english(list(i, 'actors')) },
    ];
  }

  protected override anchorOf(key: string): { x: number; y: number } | null {
    const box = this.renderRoot.querySelector('.chart');
    const mark = [...this.renderRoot.querySelectorAll('.lanes > li')]
      .find((li) => li.getAttribute('data-key') === key)
      ?.querySelector('.mark');
    if (!box || !mark) return null;
    const [outer, inner] = [box.getBoundingClientRect(), mark.getBoundingClientRect()];
    return { x: inner.left + inner.width / 2 - outer.left, y: inner.top + inner.height / 2 - outer.top };
  }

  /** The key is part of the timeline, above its axis; the events are its lanes: no legend besides. */
  protected override renderLegend(): typeof nothing {
    return nothing;
  }

  /** An event's details open under it, not under a timeline a screen or two long (see renderChart). */
  protected override renderPanelSlot(): typeof nothing {
    return nothing;
  }

  protected importChart(): Promise<TimelineModule> {
    return import('./timeline-chart.js');
  }

  protected renderChart(module: TimelineModule): TemplateResult {
    const locale = this.locale;
    const date = (value: string | null): string => (value && periodOf(value) ? formatPartialDate(locale, value.trim()) : '…');
    return module.renderTimeline({
      entries: this.views.map((view) => view.entry),
      range: this.range,
      words: this.words,
      year: (year) => formatPartialDate(locale, String(year)),
      empty: this.words.noEvents(`${date(this.from)} – ${date(this.to)}`),
      events: this.itemEvents,
      panel: this.panel(this.items()),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'factbox-events-timeline': FactboxEventsTimeline;
  }
}
