/**
 * The timeline's time scale, free of the DOM (tested in Node): when each
 * event happened as far as its text says — a day, a month, a year, the early,
 * middle or late part of one, or a date with an open side ("by", "before",
 * "since") — and where that falls on an axis, as fractions of the axis from
 * its earliest end. The widget places marks with logical CSS properties, so
 * the same fractions read left to right in English and right to left in
 * Arabic.
 */

const DAY_MS = 86_400_000;

/** Days since 1 January 1970 (UTC): the layout's unit of time. */
export type Day = number;
export type DateBound = 'on' | 'by' | 'before' | 'since';
export type DatePart = 'early' | 'mid' | 'late';
export type Precision = 'day' | 'month' | 'year';

/** A stretch of the calendar, [start, end) in days, at the precision it was written. */
export interface Period {
  readonly start: Day;
  readonly end: Day;
  readonly precision: Precision;
}

/** When an event happened as far as its text says. */
export interface EventSpan {
  readonly bound: DateBound;
  /** The date as written: a day, a month or a year. */
  readonly period: Period;
  /** What the text places the event in: the period, or its early, middle or late third. */
  readonly within: Period;
  /** The earliest and latest moment the text allows; -Infinity or Infinity on an open side. */
  readonly start: Day;
  readonly end: Day;
}

/** Dates from `start` (inclusive) to `end` (exclusive); either may be open (±Infinity). */
export interface Range {
  readonly start: Day;
  readonly end: Day;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function dayOf(year: number, month: number, date: number): Day {
  return Date.UTC(year, month - 1, date) / DAY_MS;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as the period it names, or null when it is not a real date. */
export function periodOf(value: string): Period | null {
  const match = DATE.exec(value.trim());
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { start: dayOf(year, 1, 1), end: dayOf(year + 1, 1, 1), precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { start: dayOf(year, month, 1), end: dayOf(year, month + 1, 1), precision: 'month' };
  const date = Number(match[3]);
  const start = dayOf(year, month, date);
  // Date.UTC rolls 31 April over into May: such a day does not exist.
  if (date < 1 || new Date(start * DAY_MS).getUTCMonth() !== month - 1) return null;
  return { start, end: start + 1, precision: 'day' };
}

/**
 * The early, middle or late third of a month (days 1–10, 11–20, 21 to the
 * end) or of a year (January–April, May–August, September–December). A day
 * has no parts.
 */
export function partOf(period: Period, part: DatePart): Period {
  const third = part === 'early' ? 0 : part === 'mid' ? 1 : 2;
  if (period.precision === 'day') return period;
  const year = new Date(period.start * DAY_MS).getUTCFullYear();
  const bounds =
    period.precision === 'month'
      ? [period.start, period.start + 10, period.start + 20, period.end]
      : [dayOf(year, 1, 1), dayOf(year, 5, 1), dayOf(year, 9, 1), period.end];
  return { start: bounds[third] as Day, end: bounds[third + 1] as Day, precision: period.precision };
}

/** The span a dated row allows: `on` its period (or part), `by` up to its end, `before` up to its start, `since` from its start. */
export function spanOf(date: string, bound: DateBound, part: DatePart | null): EventSpan | null {
  const period = periodOf(date);
  if (!period) return null;
  const within = part ? partOf(period, part) : period;
  const start = bound === 'by' || bound === 'before' ? -Infinity : within.start;
  const end = bound === 'since' ? Infinity : bound === 'before' ? within.start : within.end;
  return { bound, period, within, start, end };
}

/** Whether what the text allows overlaps the range: an open side reaches any date. */
export function overlaps(span: EventSpan, range: Range): boolean {
  return span.start < range.end && span.end > range.start;
}

/** The range from `from` (its first day) to `to` (its last day, included); null when neither is given or `from` comes after `to`. */
export function rangeOf(from: Period | null, to: Period | null): Range | null {
  if (!from && !to) return null;
  const range = { start: from?.start ?? -Infinity, end: to?.end ?? Infinity };
  return range.start < range.end ? range : null;
}

function compare(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Earliest first: by the date the text gives (the start of "by April 2023"
 * or "before 20 November 2024" is its date, as a reader would file it), then
 * by the latest moment it allows. Equal spans keep their order.
 */
export function chronological(a: EventSpan, b: EventSpan): number {
  const key = (span: EventSpan): Day => (span.bound === 'by' || span.bound === 'before' ? span.within.start : span.start);
  return compare(key(a), key(b)) || compare(a.end, b.end);
}

/** The stretch of time the axis covers. */
export type Domain = Range;

function yearStart(day: Day): Day {
  return dayOf(new Date(day * DAY_MS).getUTCFullYear(), 1, 1);
}

function nextYearStart(day: Day): Day {
  return dayOf(new Date(day * DAY_MS).getUTCFullYear() + 1, 1, 1);
}

/**
 * The axis: whole years around the dates the events are written with, cut
 * to the range when one is given (an axis of the paragraph's months, not of
 * all the data).
 */
export function domainOf(spans: readonly EventSpan[], range: Range | null): Domain {
  const written = spans.flatMap((span) => [span.within.start, span.within.end]);
  const known = written.length > 0;
  const dataStart = known ? yearStart(Math.min(...written)) : range && Number.isFinite(range.start) ? range.start : 0;
  const dataEnd = known
    ? nextYearStart(Math.max(...written) - 1)
    : range && Number.isFinite(range.end)
      ? range.end
      : nextYearStart(dataStart);
  const start = Math.max(range?.start ?? -Infinity, dataStart);
  const end = Math.min(range?.end ?? Infinity, dataEnd);
  if (start < end) return { start, end };
  // A range beside the data: the range itself, where it is closed.
  const alone = {
    start: Number.isFinite(range?.start) ? (range?.start as Day) : dataStart,
    end: Number.isFinite(range?.end) ? (range?.end as Day) : dataEnd,
  };
  return alone.start < alone.end ? alone : { start: dataStart, end: nextYearStart(dataStart) };
}

/** Where a moment falls on the axis, 0 at its start and 1 at its end. */
export function fractionOf(domain: Domain, day: Day): number {
  return (day - domain.start) / (domain.end - domain.start);
}

/** A year on the axis: the part of the axis it covers, and whether there is room to label it. */
export interface AxisYear {
  readonly year: number;
  readonly from: number;
  readonly to: number;
  readonly labelled: boolean;
}

/** Below this share of the axis a year's label would crowd its neighbours. */
export const MIN_YEAR_LABEL = 0.06;

/** Every year the axis touches; a year cut short too much is left unlabelled. */
export function axisYears(domain: Domain): AxisYear[] {
  const years: AxisYear[] = [];
  for (let start = yearStart(domain.start); start < domain.end; start = nextYearStart(start)) {
    const from = Math.max(0, fractionOf(domain, start));
    const to = Math.min(1, fractionOf(domain, nextYearStart(start)));
    years.push({ year: new Date(start * DAY_MS).getUTCFullYear(), from, to, labelled: to - from >= MIN_YEAR_LABEL });
  }
  return years;
}

/** Month boundaries inside a short axis (two years or less), where they help to read months; none on a longer one. */
export function monthTicks(domain: Domain): number[] {
  if (domain.end - domain.start > 731) return [];
  const ticks: number[] = [];
  const first = new Date(domain.start * DAY_MS);
  for (
    let month = first.getUTCMonth() + 2, day = dayOf(first.getUTCFullYear(), month, 1);
    day < domain.end;
    month += 1, day = dayOf(first.getUTCFullYear(), month, 1)
  ) {
    if (new Date(day * DAY_MS).getUTCMonth() !== 0) ticks.push(fractionOf(domain, day));
  }
  return ticks;
}

export type MarkKind = 'point' | 'span' | 'open-start' | 'open-end';

/** How an event is drawn on the axis, in fractions of the axis within [0, 1]. */
export interface Mark {
  /** A day is a point; a month or year a span; "by"/"before" fade in towards their date, "since" fades out after it. */
  readonly kind: MarkKind;
  readonly from: number;
  readonly to: number;
  /** The early, middle or late third, drawn solid over its faint period. */
  readonly part: { readonly from: number; readonly to: number } | null;
  /** What the text allows goes on past the start or the end of the axis. */
  readonly cutStart: boolean;
  readonly cutEnd: boolean;
}

/** How far an open side is drawn, as a share of the axis: far enough to see it fade, short enough to leave room for words. */
export const OPEN_LENGTH = 0.08;

const clamp = (value: number): number => Math.min(1, Math.max(0, value));

/** How an event is drawn, whatever the axis: a point, a span or an open side. */
export function markKindOf(span: EventSpan): MarkKind {
  if (span.bound === 'by' || span.bound === 'before') return 'open-start';
  if (span.bound === 'since') return 'open-end';
  return span.period.precision === 'day' ? 'point' : 'span';
}

export function markOf(span: EventSpan, domain: Domain): Mark {
  const at = (day: Day): number => fractionOf(domain, day);
  if (span.bound === 'by' || span.bound === 'before') {
    const end = at(span.end);
    const to = clamp(end);
    return { kind: 'open-start', from: clamp(to - OPEN_LENGTH), to, part: null, cutStart: true, cutEnd: end > 1 };
  }
  if (span.bound === 'since') {
    const start = at(span.start);
    const from = clamp(start);
    return { kind: 'open-end', from, to: clamp(from + OPEN_LENGTH), part: null, cutStart: start < 0, cutEnd: true };
  }
  if (span.period.precision === 'day') {
    const point = clamp(at(span.period.start + 0.5));
    return { kind: 'point', from: point, to: point, part: null, cutStart: false, cutEnd: false };
  }
  const [start, end] = [at(span.period.start), at(span.period.end)];
  const part = span.within === span.period ? null : { from: clamp(at(span.within.start)), to: clamp(at(span.within.end)) };
  return { kind: 'span', from: clamp(start), to: clamp(end), part, cutStart: start < 0, cutEnd: end > 1 };
}

/** Where an event's words go on a wide timeline: after its mark, before it, or under it when neither side has room. */
export type Placement = 'after' | 'before' | 'below';

/** The least share of the axis beside a mark that its words may take (about 180 px on a 600 px axis). */
export const MIN_LABEL_ROOM = 0.3;

/** The side of the mark with more room, as long as that room is at least `MIN_LABEL_ROOM`. */
export function placementOf(mark: Mark): Placement {
  const after = 1 - mark.to;
  const before = mark.from;
  if (Math.max(after, before) < MIN_LABEL_ROOM) return 'below';
  return after >= before ? 'after' : 'before';
}

/** The first and the last year the axis covers. */
export function yearsOf(domain: Domain): [number, number] {
  return [new Date(domain.start * DAY_MS).getUTCFullYear(), new Date((domain.end - 1) * DAY_MS).getUTCFullYear()];
}
