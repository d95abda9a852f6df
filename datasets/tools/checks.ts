/**
 * The dataset build's checks. Each returns sentences naming the resource, the
 * row and what is wrong, so that a curator can fix the record from the message
 * alone. An empty list means the datasets may be published.
 */
import { isPartialDate, validateRows, type Row } from '@factbox/datasets/schema';
import type { Datasets, Resource, ResourceName, SourceDocument } from './load.js';
import { monthNumber, numbersIn, qualifierIn } from './numbers.js';
import { findAll, sliceCodePoints } from './text.js';

/** Which field holds each resource's number, and which field holds it as the text writes it. */
export const VALUE_FIELDS: Partial<Record<ResourceName, { value: string; asWritten: string }>> = {
  'trade-share': { value: 'share_percent', asWritten: 'share_as_written' },
  delegations: { value: 'count', asWritten: 'count_as_written' },
  figures: { value: 'value', asWritten: 'value_as_written' },
};

/** Date fields and the "as written" and "resolution" fields that justify them. */
const DATE_GROUPS = ['date', 'period'] as const;

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function text(row: Row, field: string): string | null {
  const value = row[field];
  return typeof value === 'string' && value !== '' ? value : null;
}

function label(resource: Resource, row: Row, index: number): string {
  return `${resource.name}/${text(row, 'id') ?? `row ${index + 1}`}`;
}

/** Schema, types, constraints, unique ids, and no unknown fields. */
export function checkSchemas(datasets: Datasets): { errors: string[]; rows: Map<ResourceName, Row[]> } {
  const errors: string[] = [];
  const rows = new Map<ResourceName, Row[]>();
  for (const resource of datasets.resources) {
    const result = validateRows(resource.schema, resource.records, Number.POSITIVE_INFINITY);
    errors.push(...result.errors.map((e) => `${resource.name}: ${e}`));
    errors.push(...result.warnings.map((w) => `${resource.name}: ${w} (not in the schema; add the field to datasets/schemas/${resource.name}.json or remove it)`));
    rows.set(resource.name, result.rows);
  }
  return { errors, rows };
}

function checkQuote(where: string, row: Row, document: SourceDocument): string[] {
  const quote = text(row, 'quote') ?? '';
  const start = Number(row['quote_start']);
  const end = Number(row['quote_end']);
  if (sliceCodePoints(document.text, start, end) === quote) return [];
  const found = findAll(document.text, quote);
  if (found.length === 0) {
    return [`${where}: quote not found verbatim in ${document.file} (check every character, including curly quotes and dashes): "${quote.slice(0, 80)}"`];
  }
  const places = found.map(([s, e]) => `${s}–${e}`).join(', ');
  return [`${where}: quote is not at ${start}–${end} in ${document.file}; it is at ${places} (set quote_start/quote_end)`];
}

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
    const name = MONTH_NAMES[Number(month) - 1] ?? '';
    if (!written.toLowerCase().includes(name.toLowerCase())) problems.push(`month ${name}`);
  }
  if (day && !new RegExp(`\\b0?${Number(day)}\\b`).test(written)) problems.push(`day ${Number(day)}`);
  return problems.length === 0
    ? []
    : [`${where}: ${field} ${value} disagrees with ${asWrittenField} "${written}" (${problems.join(', ')} not written there); fix the date or explain it in ${resolutionField}`];
}

function expectedBound(written: string): string {
  if (/\bsince\b/i.test(written)) return 'since';
  if (/\bby\b/i.test(written)) return 'by';
  if (/\brecently\b/i.test(written)) return 'before';
  return 'on';
}

/** Quotes, offsets, "as written" phrases, values, qualifiers, dates, derivations and places. */
export function checkProvenance(datasets: Datasets, rows: Map<ResourceName, Row[]>): string[] {
  const errors: string[] = [];
  for (const resource of datasets.resources) {
    const resourceRows = rows.get(resource.name) ?? [];
    resourceRows.forEach((row, index) => {
      const where = label(resource, row, index);
      if (resource.name === 'sources') {
        errors.push(...checkSource(where, row, datasets.documents.get(String(row['id']))));
        return;
      }
      const document = datasets.documents.get(String(row['source_id']));
      if (!document) {
        errors.push(`${where}: source_id "${String(row['source_id'])}" is not in datasets/sources/metadata.json`);
        return;
      }
      errors.push(...checkQuote(where, row, document));
      const quote = text(row, 'quote') ?? '';

      for (const field of resource.schema.fields) {
        const written = field.name.endsWith('_as_written') ? text(row, field.name) : null;
        if (written !== null && !quote.includes(written)) {
          errors.push(`${where}: ${field.name} "${written}" is not in the quote`);
        }
      }

      const derived = row['derived'] === true;
      if (derived && text(row, 'derivation') === null) errors.push(`${where}: derived rows must say how in "derivation"`);
      if (!derived && text(row, 'derivation') !== null) errors.push(`${where}: "derivation" is set but the row is not marked derived`);

      const valueFields = VALUE_FIELDS[resource.name];
      if (valueFields && !derived) errors.push(...checkValue(where, row, valueFields.value, valueFields.asWritten));

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

      if (resource.name === 'events') {
        const written = text(row, 'date_as_written') ?? '';
        const bound = expectedBound(written);
        if (row['date_bound'] !== bound) {
          errors.push(`${where}: date_bound is "${String(row['date_bound'])}" but "${written}" reads as "${bound}"`);
        }
      }

      if (resource.name === 'exercises') {
        const placed = ['longitude', 'latitude', 'radius_km'].filter((f) => row[f] !== null);
        if (row['location_precision'] === 'approximate' && placed.length !== 3) {
          errors.push(`${where}: approximate locations need longitude, latitude and radius_km`);
        }
        if (row['location_precision'] === 'not stated' && placed.length !== 0) {
          errors.push(`${where}: location_precision is "not stated" but coordinates are given`);
        }
      }
    });
  }
  return errors;
}

function checkValue(where: string, row: Row, valueField: string, asWrittenField: string): string[] {
  const written = text(row, asWrittenField);
  const value = row[valueField];
  if (written === null) return [`${where}: ${asWrittenField} is empty; a stated value must be quoted as written`];
  const stated = numbersIn(written);
  if (value === null) {
    if (stated.length > 0) return [`${where}: ${valueField} is empty but "${written}" states ${stated.join(', ')}`];
    if (row['qualifier'] !== null) return [`${where}: qualifier must be empty when there is no value`];
    return [];
  }
  const errors: string[] = [];
  if (!stated.some((n) => Math.abs(n - Number(value)) < 1e-9)) {
    errors.push(`${where}: ${valueField} ${String(value)} is not the number in "${written}" (${stated.join(', ') || 'none'})`);
  }
  const qualifier = qualifierIn(written);
  if (row['qualifier'] !== qualifier) {
    errors.push(`${where}: qualifier is "${String(row['qualifier'])}" but "${written}" reads as "${qualifier}"`);
  }
  return errors;
}

function checkSource(where: string, row: Row, document: SourceDocument | undefined): string[] {
  if (!document) return [`${where}: file not read`];
  const errors: string[] = [];
  const written = text(row, 'published_as_written') ?? '';
  const start = Number(row['published_start']);
  const end = Number(row['published_end']);
  if (sliceCodePoints(document.text, start, end) !== written) {
    const found = findAll(document.text, written).map(([s, e]) => `${s}–${e}`);
    errors.push(`${where}: published_as_written "${written}" is not at ${start}–${end}${found.length ? `; it is at ${found.join(', ')}` : ' and not found in the file'}`);
  }
  const published = text(row, 'published') ?? '';
  const [year, month, day] = published.split('-').map(Number);
  const monthWord = written.match(/[A-Za-z]+|[\u0621-\u064A]+/)?.[0] ?? '';
  const numbers = (written.match(/\d+/g) ?? []).map(Number);
  if (monthNumber(monthWord) !== month || !numbers.includes(year ?? NaN) || !numbers.includes(day ?? NaN)) {
    errors.push(`${where}: published ${published} disagrees with the date line "${written}"`);
  }
  return errors;
}

/** Every check, in order. */
export function checkDatasets(datasets: Datasets): { errors: string[]; rows: Map<ResourceName, Row[]> } {
  const schema = checkSchemas(datasets);
  return { errors: [...schema.errors, ...checkProvenance(datasets, schema.rows)], rows: schema.rows };
}
