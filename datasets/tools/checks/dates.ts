/**
 * Dates against their quotes: every date is a real date, written in the
 * row's "as written" phrase (or its resolution says why not), ranges run
 * forwards, the part of a period the phrase names ("early October") is kept,
 * and an event's bound ("since", "by") is the one its phrase reads as.
 */
import { ENGLISH_MONTH_NAMES, isPartialDate, type Row } from '@factbox/datasets/schema';
import type { Resource } from '../load.js';
import { datePartIn } from '../numbers.js';
import { text } from './fields.js';

/** Date fields and the "as written" and "resolution" fields that justify them. */
const DATE_GROUPS = ['date', 'period'] as const;

/** A real date whose year, month and day are written in its phrase, unless its resolution field says how it was found. */
function checkDate(where: string, row: Row, field: string, asWrittenField: string, resolutionField: string): string[] {
  const value = text(row, field);
  if (value === null) return [];
  if (!isPartialDate(value)) return [`${where}: ${field} "${value}" is not a real YYYY, YYYY-MM or YYYY-MM-DD date`];
  if (text(row, resolutionField) !== null) return [];
  const written = text(row, asWrittenField);
  if (written === null) {
    return [`${where}: ${field} is ${value} but the text gives no date (${asWrittenField} is empty); explain it in ${resolutionField}`];
  }
  const [year, month, day] = value.split('-');
  const problems: string[] = [];
  if (year && !written.includes(year)) problems.push(`year ${year}`);
  if (month) {
    const name = ENGLISH_MONTH_NAMES[Number(month) - 1] ?? '';
    if (!written.toLowerCase().includes(name.toLowerCase())) problems.push(`month ${name}`);
  }
  if (day && !new RegExp(`\\b0?${Number(day)}\\b`).test(written)) problems.push(`day ${Number(day)}`);
  return problems.length === 0
    ? []
    : [
        `${where}: ${field} ${value} disagrees with ${asWrittenField} "${written}" (${problems.join(', ')} not written there); fix the date or explain it in ${resolutionField}`,
      ];
}

/** Every date field of the row's resource (`date`, `period`, their `_start` and `_end`), and start before end. */
export function checkDates(where: string, row: Row, resource: Resource): string[] {
  const errors: string[] = [];
  for (const group of DATE_GROUPS) {
    for (const suffix of ['', '_start', '_end']) {
      const field = `${group}${suffix}`;
      if (resource.schema.fields.some((f) => f.name === field)) {
        errors.push(...checkDate(where, row, field, `${group}_as_written`, `${group}_resolution`));
      }
    }
    const start = text(row, `${group}_start`);
    const end = text(row, `${group}_end`);
    if (start !== null && end !== null && start > end) errors.push(`${where}: ${group}_start ${start} is after ${group}_end ${end}`);
  }
  return errors;
}

/**
 * "early October 2024" must reach the reader as early October: a date phrase
 * that names part of its period carries it in `<group>_part`, and a part the
 * phrase does not name is not invented.
 */
export function checkDateParts(where: string, row: Row, resource: Resource): string[] {
  const errors: string[] = [];
  const fields = new Set(resource.schema.fields.map((f) => f.name));
  for (const group of DATE_GROUPS) {
    const asWritten = `${group}_as_written`;
    const partField = `${group}_part`;
    if (!fields.has(asWritten)) continue;
    const written = text(row, asWritten);
    const expected = written === null ? null : datePartIn(written);
    if (!fields.has(partField)) {
      if (expected !== null)
        errors.push(
          `${where}: ${asWritten} "${written}" says "${expected}", but ${resource.name} has no ${partField} field to carry it; add one to datasets/schemas/${resource.name}.json`,
        );
      continue;
    }
    const part = text(row, partField);
    if (part !== expected) {
      errors.push(
        expected === null
          ? `${where}: ${partField} is "${part}" but ${asWritten} ${written === null ? 'is empty' : `"${written}" names no part of its period`}`
          : `${where}: ${asWritten} "${written}" says "${expected}"; set ${partField} to "${expected}" (it is ${part === null ? 'empty' : `"${part}"`})`,
      );
    }
    const start = text(row, `${group}_start`);
    const end = text(row, `${group}_end`);
    if (part !== null && start !== null && end !== null && start !== end) {
      errors.push(
        `${where}: ${partField} "${part}" applies to one month or year, but ${group}_start ${start} and ${group}_end ${end} differ`,
      );
    }
  }
  return errors;
}

/** The bound an event's date phrase reads as. */
function expectedBound(written: string): string {
  if (/\bsince\b/i.test(written)) return 'since';
  if (/\bby\b/i.test(written)) return 'by';
  if (/\brecently\b/i.test(written)) return 'before';
  return 'on';
}

/** An event's date_bound is the one its date_as_written reads as ("since…", "by…", "recently", or on the date). */
export function checkDateBound(where: string, row: Row): string[] {
  const written = text(row, 'date_as_written') ?? '';
  const bound = expectedBound(written);
  return row['date_bound'] === bound ? [] : [`${where}: date_bound is "${String(row['date_bound'])}" but "${written}" reads as "${bound}"`];
}
