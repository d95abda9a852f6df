/**
 * The timeline's time scale, in Node: dates at their precision, parts of a
 * month or year, open sides, the range filter, the axis, and where each
 * event's words go.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { events } from '@factbox/datasets';
import {
  OPEN_LENGTH,
  axisYears,
  chronological,
  domainOf,
  fractionOf,
  markOf,
  monthTicks,
  overlaps,
  partOf,
  periodOf,
  placementOf,
  rangeOf,
  spanOf,
  type EventSpan,
} from './timeline-layout.js';

const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const span = (date: string, bound: 'on' | 'by' | 'before' | 'since' = 'on', part: 'early' | 'mid' | 'late' | null = null): EventSpan => {
  const found = spanOf(date, bound, part);
  assert.ok(found, date);
  return found;
};
const FULL = { start: day('2020-01-01'), end: day('2025-01-01') };

describe('timeline layout: dates', () => {
  it('reads a day, a month and a year as the periods they name', () => {
    assert.deepEqual(periodOf('2024-11-11'), { start: day('2024-11-11'), end: day('2024-11-12'), precision: 'day' });
    assert.deepEqual(periodOf('2024-02'), { start: day('2024-02-01'), end: day('2024-03-01'), precision: 'month' });
    assert.deepEqual(periodOf('2022'), { start: day('2022-01-01'), end: day('2023-01-01'), precision: 'year' });
    assert.deepEqual(periodOf('2024-12'), { start: day('2024-12-01'), end: day('2025-01-01'), precision: 'month' });
  });

  it('refuses what is not a real date', () => {
    for (const bad of ['2023-13', '2023-00', '2023-04-31', '2023-02-29', '2023-9', 'September 2023', '', '2024-1-01'])
      assert.equal(periodOf(bad), null, bad);
    assert.ok(periodOf('2024-02-29'), 'a leap day is a day');
  });

  it('keeps "early", "mid" and "late" as thirds of the month or year', () => {
    const october = periodOf('2024-10');
    assert.ok(october);
    assert.deepEqual(partOf(october, 'early'), { start: day('2024-10-01'), end: day('2024-10-11'), precision: 'month' });
    assert.deepEqual(partOf(october, 'mid'), { start: day('2024-10-11'), end: day('2024-10-21'), precision: 'month' });
    assert.deepEqual(partOf(october, 'late'), { start: day('2024-10-21'), end: day('2024-11-01'), precision: 'month' });
    const year = periodOf('2024');
    assert.ok(year);
    assert.deepEqual(partOf(year, 'late'), { start: day('2024-09-01'), end: day('2025-01-01'), precision: 'year' });
  });

  it('opens the start of "by" and "before" and the end of "since"', () => {
    assert.deepEqual([span('2023-04', 'by').start, span('2023-04', 'by').end], [-Infinity, day('2023-05-01')]);
    assert.deepEqual([span('2024-11-20', 'before').start, span('2024-11-20', 'before').end], [-Infinity, day('2024-11-20')]);
    assert.deepEqual([span('2020-08', 'since').start, span('2020-08', 'since').end], [day('2020-08-01'), Infinity]);
    assert.deepEqual([span('2024-10', 'on', 'early').start, span('2024-10', 'on', 'early').end], [day('2024-10-01'), day('2024-10-11')]);
  });

  it('orders events by the date the text gives, then by the latest moment it allows', () => {
    const sorted = [
      span('2024-11-20', 'before'),
      span('2024-10'),
      span('2024-10', 'on', 'early'),
      span('2021', 'by'),
      span('2022'),
      span('2024-11-11'),
    ].sort(chronological);
    assert.deepEqual(
      sorted.map((s) => [s.bound, s.within.start, s.end]),
      [
        ['by', day('2021-01-01'), day('2022-01-01')],
        ['on', day('2022-01-01'), day('2023-01-01')],
        ['on', day('2024-10-01'), day('2024-10-11')],
        ['on', day('2024-10-01'), day('2024-11-01')],
        ['on', day('2024-11-11'), day('2024-11-12')],
        ['before', day('2024-11-20'), day('2024-11-20')],
      ],
    );
  });
});

describe('timeline layout: the range', () => {
  const range = rangeOf(periodOf('2023-09'), periodOf('2024-11'));

  it('runs from the first day of `from` to the last day of `to`', () => {
    assert.deepEqual(range, { start: day('2023-09-01'), end: day('2024-12-01') });
    assert.deepEqual(rangeOf(periodOf('2024'), null), { start: day('2024-01-01'), end: Infinity });
    assert.equal(rangeOf(null, null), null);
    assert.equal(rangeOf(periodOf('2024-11'), periodOf('2023-09')), null, 'from after to is no range');
  });

  it('keeps an event whose span overlaps it, open sides included', () => {
    assert.ok(range);
    assert.equal(overlaps(span('2023-09-13'), range), true);
    assert.equal(overlaps(span('2023-08'), range), false);
    assert.equal(overlaps(span('2024-12'), range), false);
    assert.equal(overlaps(span('2024'), range), true, 'a year that starts inside');
    assert.equal(overlaps(span('2023-04', 'by'), range), false, '"by April 2023" ends before September');
    assert.equal(overlaps(span('2024-11-20', 'before'), range), true);
    assert.equal(overlaps(span('2020-08', 'since'), range), true, '"since" reaches any later date');
    assert.equal(
      overlaps(span('2023-08', 'before'), rangeOf(periodOf('2023-08'), null) as NonNullable<typeof range>),
      false,
      '"before August" is not in August',
    );
  });

  it('keeps 15 of the built-in rows, 14 events, for September 2023 to November 2024', () => {
    assert.ok(range);
    const kept = events.filter((row) => overlaps(spanOf(row.date, row.date_bound, row.date_part) as EventSpan, range));
    assert.equal(kept.length, 15);
    assert.equal(new Set(kept.map((row) => row.event_key)).size, 14);
  });
});

describe('timeline layout: the axis', () => {
  it('covers whole years around the dates, 2020 to 2024 for the built-in rows', () => {
    const spans = events.map((row) => spanOf(row.date, row.date_bound, row.date_part) as EventSpan);
    assert.deepEqual(domainOf(spans, null), FULL);
    assert.deepEqual(
      axisYears(FULL).map((y) => y.year),
      [2020, 2021, 2022, 2023, 2024],
    );
    assert.ok(axisYears(FULL).every((y) => y.labelled && Math.abs(y.to - y.from - 0.2) < 0.001));
    assert.deepEqual(monthTicks(FULL), [], 'no month ticks on five years');
  });

  it('is cut to the range, with the months marked on a short one', () => {
    const spans = [span('2020-08', 'since'), span('2024')];
    const domain = domainOf(spans, rangeOf(periodOf('2023-09'), periodOf('2024-11')));
    assert.deepEqual(domain, { start: day('2023-09-01'), end: day('2024-12-01') });
    const years = axisYears(domain);
    assert.deepEqual(
      years.map((y) => [y.year, y.labelled]),
      [
        [2023, true],
        [2024, true],
      ],
    );
    assert.equal(years[0]?.from, 0);
    assert.equal(years[1]?.to, 1);
    // October 2023 … November 2024, less January 2024 (a year boundary): 13 − 1.
    assert.equal(monthTicks(domain).length, 13);
    // A range wider than the data keeps to the data's years.
    assert.deepEqual(domainOf([span('2023-04')], rangeOf(periodOf('2019'), null)), { start: day('2023-01-01'), end: day('2024-01-01') });
  });
});

describe('timeline layout: marks and words', () => {
  it('draws a day as a point and a month as a span over that month', () => {
    const point = markOf(span('2024-11-11'), FULL);
    assert.equal(point.kind, 'point');
    assert.equal(point.from, point.to);
    const month = markOf(span('2023-09'), FULL);
    assert.equal(month.kind, 'span');
    assert.ok(Math.abs(month.from - fractionOf(FULL, day('2023-09-01'))) < 1e-9);
    assert.ok(Math.abs(month.to - month.from - 30 / 1827) < 1e-9, 'a 30-day month over 1,827 days');
    const year = markOf(span('2022'), FULL);
    assert.ok(year.to - year.from > (month.to - month.from) * 11);
  });

  it('draws "early October" as the first third of October, over the faint month', () => {
    const mark = markOf(span('2024-10', 'on', 'early'), FULL);
    assert.ok(mark.part);
    assert.equal(mark.from, fractionOf(FULL, day('2024-10-01')));
    assert.equal(mark.to, fractionOf(FULL, day('2024-11-01')));
    assert.equal(mark.part.to, fractionOf(FULL, day('2024-10-11')));
  });

  it('ends "by" at the end of its date with an open start, and "since" the other way', () => {
    const by = markOf(span('2023-04', 'by'), FULL);
    assert.equal(by.kind, 'open-start');
    assert.equal(by.to, fractionOf(FULL, day('2023-05-01')));
    assert.ok(Math.abs(by.to - by.from - OPEN_LENGTH) < 1e-9);
    const before = markOf(span('2024-11-20', 'before'), FULL);
    assert.equal(before.to, fractionOf(FULL, day('2024-11-20')));
    const since = markOf(span('2020-08', 'since'), FULL);
    assert.deepEqual([since.kind, since.from, since.cutEnd], ['open-end', fractionOf(FULL, day('2020-08-01')), true]);
  });

  it('keeps marks on the axis, and says when what the text allows goes on past it', () => {
    const short = { start: day('2023-09-01'), end: day('2024-12-01') };
    const since = markOf(span('2020-08', 'since'), short);
    assert.deepEqual([since.from, since.to, since.cutStart], [0, OPEN_LENGTH, true]);
    const year = markOf(span('2024'), short);
    assert.deepEqual([year.to, year.cutEnd, year.cutStart], [1, true, false]);
  });

  it('puts the words on the side with more room, under the mark when neither has enough', () => {
    assert.equal(placementOf(markOf(span('2021', 'by'), FULL)), 'after');
    assert.equal(placementOf(markOf(span('2024-10'), FULL)), 'before');
    assert.equal(placementOf({ kind: 'span', from: 0.25, to: 0.8, part: null, cutStart: false, cutEnd: false }), 'below');
  });
});
