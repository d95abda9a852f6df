/**
 * The dataset build's checks. Each returns sentences naming the resource, the
 * row and what is wrong, so that a curator can fix the record from the message
 * alone. An empty list means the datasets may be published.
 */
import { isPartialDate, validateRows, type Row } from '@factbox/datasets/schema';
import type { Datasets, Entity, Resource, ResourceName, SourceDocument } from './load.js';
import { datePartIn, monthNumber, numbersIn, qualifierIn, type Qualifier } from './numbers.js';
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

      errors.push(...checkDateParts(where, row, resource));
      errors.push(...checkCaveat(where, row));

      if (resource.name === 'events') {
        const written = text(row, 'date_as_written') ?? '';
        const bound = expectedBound(written);
        if (row['date_bound'] !== bound) {
          errors.push(`${where}: date_bound is "${String(row['date_bound'])}" but "${written}" reads as "${bound}"`);
        }
        errors.push(...checkActorKeys(where, row, datasets.entities));
      }

      if (resource.name === 'figures') errors.push(...checkArabicValue(where, row));

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

/**
 * "early October 2024" must reach the reader as early October: a date phrase
 * that names part of its period carries it in `<group>_part`, and a part the
 * phrase does not name is not invented.
 */
function checkDateParts(where: string, row: Row, resource: Resource): string[] {
  const errors: string[] = [];
  const fields = new Set(resource.schema.fields.map((f) => f.name));
  for (const group of DATE_GROUPS) {
    const asWritten = `${group}_as_written`;
    const partField = `${group}_part`;
    if (!fields.has(asWritten)) continue;
    const written = text(row, asWritten);
    const expected = written === null ? null : datePartIn(written);
    if (!fields.has(partField)) {
      if (expected !== null) errors.push(`${where}: ${asWritten} "${written}" says "${expected}", but ${resource.name} has no ${partField} field to carry it; add one to datasets/schemas/${resource.name}.json`);
      continue;
    }
    const part = text(row, partField);
    if (part !== expected) {
      errors.push(expected === null
        ? `${where}: ${partField} is "${part}" but ${asWritten} ${written === null ? 'is empty' : `"${written}" names no part of its period`}`
        : `${where}: ${asWritten} "${written}" says "${expected}"; set ${partField} to "${expected}" (it is ${part === null ? 'empty' : `"${part}"`})`);
    }
    const start = text(row, `${group}_start`);
    const end = text(row, `${group}_end`);
    if (part !== null && start !== null && end !== null && start !== end) {
      errors.push(`${where}: ${partField} "${part}" applies to one month or year, but ${group}_start ${start} and ${group}_end ${end} differ`);
    }
  }
  return errors;
}

/** A doubt about the source is shown in both languages, so it is written in both. */
function checkCaveat(where: string, row: Row): string[] {
  const english = text(row, 'source_caveat') !== null;
  const arabic = text(row, 'source_caveat_ar') !== null;
  if (english && !arabic) return [`${where}: source_caveat has no Arabic; set source_caveat_ar`];
  if (arabic && !english) return [`${where}: source_caveat_ar is set but source_caveat is empty`];
  return [];
}

/**
 * Each actor as the document spells it has one key, and a person or office is
 * followed by the state they act for unless that state is already an actor:
 * "Kim Jong-un; Russia" → "kim-jong-un; north-korea; russia".
 */
function checkActorKeys(where: string, row: Row, entities: readonly Entity[]): string[] {
  const byName = new Map(entities.flatMap((entity) => entity.names.map((name) => [name, entity] as const)));
  const actors = (text(row, 'actors') ?? '').split('; ');
  const unknown = actors.filter((actor) => !byName.has(actor));
  if (unknown.length > 0) return unknown.map((actor) => `${where}: actor "${actor}" is not in datasets/entities.json; add it (a new spelling goes in the "names" of its entity)`);
  const listed = new Set(actors.map((actor) => byName.get(actor)?.key));
  const expected: string[] = [];
  for (const actor of actors) {
    const entity = byName.get(actor) as Entity;
    if (!expected.includes(entity.key)) expected.push(entity.key);
    if (entity.state && !listed.has(entity.state) && !expected.includes(entity.state)) expected.push(entity.state);
  }
  const keys = text(row, 'actor_keys');
  return keys === expected.join('; ') ? [] : [`${where}: actor_keys is "${keys ?? ''}" but the actors "${actors.join('; ')}" are "${expected.join('; ')}" (datasets/entities.json)`];
}

/** The entity list itself: one key per entity, one entity per spelling, states that exist. */
export function checkEntities(entities: readonly Entity[]): string[] {
  const errors: string[] = [];
  const keys = new Set<string>();
  const names = new Set<string>();
  for (const entity of entities) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(entity.key)) errors.push(`entities.json: key "${entity.key}" must be lowercase words joined by hyphens`);
    if (keys.has(entity.key)) errors.push(`entities.json: key "${entity.key}" repeats`);
    keys.add(entity.key);
    for (const name of entity.names) {
      if (names.has(name)) errors.push(`entities.json: "${name}" belongs to more than one entity`);
      names.add(name);
    }
  }
  for (const entity of entities) {
    const state = entity.state === undefined ? undefined : entities.find((e) => e.key === entity.state);
    if (entity.kind === 'state' && entity.state !== undefined) errors.push(`entities.json: ${entity.key} is a state and acts for no other`);
    if (entity.kind !== 'state' && state?.kind !== 'state') errors.push(`entities.json: ${entity.key} needs "state", the key of the state it acts for`);
  }
  return errors;
}

const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';
/** Words that carry each qualifier in Arabic, matched without diacritics. */
const ARABIC_QUALIFIERS: Readonly<Record<Exclude<Qualifier, 'exact'>, RegExp>> = {
  over: /أكثر من|ما يزيد على|يزيد على|يفوق/,
  'more than': /أكثر من|ما يزيد على|يزيد على|يفوق/,
  under: /أقل من|دون/,
  around: /نحو|حوالي|زهاء|قرابة|ما يقارب/,
  nearly: /قرابة|ما يقارب|ما يقرب من|زهاء|نحو/,
  estimated: /تقدر|يقدر|مقدرة|مقدر|تقديرا|تقديرية/,
};

/** Numbers written in Arabic-Indic digits, with "٬" between thousands and "٫" before decimals. */
export function arabicNumbersIn(textAr: string): number[] {
  return [...textAr.matchAll(/[٠-٩]+(?:٬[٠-٩]{3})*(?:٫[٠-٩]+)?/g)].map((m) =>
    Number([...m[0]].map((c) => (c === '٬' ? '' : c === '٫' ? '.' : String(ARABIC_DIGITS.indexOf(c)))).join('')));
}

/**
 * `value_ar` is what an Arabic reader sees instead of `value_as_written`: its
 * number is `value`, in Arabic-Indic digits when the text writes digits, and a
 * bound stays a bound ("over 13,000" is never "١٣٬٠٠٠").
 */
function checkArabicValue(where: string, row: Row): string[] {
  const valueAr = text(row, 'value_ar');
  if (valueAr === null) return [];
  const errors: string[] = [];
  if (/[0-9]/.test(valueAr)) errors.push(`${where}: value_ar "${valueAr}" uses Latin digits; write Arabic-Indic digits (٠١٢٣٤٥٦٧٨٩, "٬" for thousands, "٫" for decimals)`);
  const stated = arabicNumbersIn(valueAr);
  const value = row['value'];
  if (typeof value === 'number') {
    const writtenWithDigits = /[0-9]/.test(text(row, 'value_as_written') ?? '');
    if ((writtenWithDigits || stated.length > 0) && !stated.includes(value)) {
      errors.push(`${where}: value_ar "${valueAr}" does not state ${value} (it reads ${stated.join(', ') || 'no digits'})`);
    }
  } else if (stated.length > 0) {
    errors.push(`${where}: value_ar "${valueAr}" states a number, but the text gives words (value is empty)`);
  }
  const qualifier = row['qualifier'];
  if (typeof qualifier === 'string' && qualifier !== 'exact') {
    const words = ARABIC_QUALIFIERS[qualifier as Exclude<Qualifier, 'exact'>];
    if (!words.test(valueAr.replace(/[\u064B-\u0652\u0670]/g, ''))) {
      errors.push(`${where}: value_ar "${valueAr}" drops the qualifier "${qualifier}"; say it in Arabic (e.g. ${words.source.split('|').slice(0, 2).join(' or ')})`);
    }
  }
  return errors;
}

/** Rows that tell one event agree on when it happened, so a timeline can show it once. */
function checkEventKeys(rows: readonly Row[]): string[] {
  const errors: string[] = [];
  const first = new Map<string, Row>();
  const when = (row: Row): string => `${String(row['date'])} (${String(row['date_bound'])}${row['date_part'] ? `, ${String(row['date_part'])}` : ''})`;
  for (const row of rows) {
    const key = text(row, 'event_key');
    if (key === null) continue;
    const other = first.get(key);
    if (!other) {
      first.set(key, row);
      continue;
    }
    if (when(row) !== when(other)) {
      errors.push(`events/${String(row['id'])}: event_key "${key}" is shared with events/${String(other['id'])}, dated ${when(other)}, but this row is dated ${when(row)}; rows telling one event must agree on its date`);
    }
  }
  return errors;
}

/** Figures shown side by side point at each other, with the same relation, both ways. */
function checkRelations(rows: readonly Row[]): string[] {
  const errors: string[] = [];
  const byId = new Map(rows.map((row) => [String(row['id']), row]));
  for (const row of rows) {
    const id = String(row['id']);
    const other = text(row, 'compare_with');
    const relation = text(row, 'relation');
    if ((other === null) !== (relation === null)) {
      errors.push(`figures/${id}: compare_with and relation go together (one is set, the other is empty)`);
      continue;
    }
    if (other === null) continue;
    const target = byId.get(other);
    if (other === id) errors.push(`figures/${id}: compare_with points at itself`);
    else if (!target) errors.push(`figures/${id}: compare_with "${other}" is not a figure`);
    else if (target['compare_with'] !== id || target['relation'] !== relation) {
      errors.push(`figures/${id}: compare_with figures/${other} (${relation}), but figures/${other} does not point back with "${relation}"; set its compare_with to "${id}" and relation to "${relation}"`);
    }
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

/** Checks that compare rows with each other: one date per event, relations both ways. */
export function checkAcrossRows(rows: ReadonlyMap<ResourceName, readonly Row[]>): string[] {
  return [...checkEventKeys(rows.get('events') ?? []), ...checkRelations(rows.get('figures') ?? [])];
}

/** Every check, in order. */
export function checkDatasets(datasets: Datasets): { errors: string[]; rows: Map<ResourceName, Row[]> } {
  const schema = checkSchemas(datasets);
  return {
    errors: [...schema.errors, ...checkEntities(datasets.entities), ...checkProvenance(datasets, schema.rows), ...checkAcrossRows(schema.rows)],
    rows: schema.rows,
  };
}
