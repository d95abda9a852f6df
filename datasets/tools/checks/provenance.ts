/**
 * Provenance, row by row: every row is checked against its source document
 * (quote, "as written" phrases, value, dates, Arabic value, actors) and
 * against itself (derivation, caveats in both languages, places). The kinds
 * of check live in the modules beside this one; this one says which apply
 * to which resource, in a fixed order, so that messages come out the same
 * from one run to the next.
 */
import type { Row } from '@factbox/datasets/schema';
import type { Datasets, ResourceName } from '../load.js';
import { checkArabicValue } from './arabic.js';
import { checkDateBound, checkDateParts, checkDates } from './dates.js';
import { checkActorKeys } from './entities.js';
import { label, text } from './fields.js';
import { checkQuote, checkSource } from './quotes.js';
import { checkValue, VALUE_FIELDS } from './values.js';

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

      errors.push(...checkDates(where, row, resource));
      errors.push(...checkDateParts(where, row, resource));
      errors.push(...checkCaveat(where, row));

      if (resource.name === 'events') {
        errors.push(...checkDateBound(where, row));
        errors.push(...checkActorKeys(where, row, datasets.entities));
      }

      if (resource.name === 'figures') errors.push(...checkArabicValue(where, row));

      if (resource.name === 'exercises') errors.push(...checkLocation(where, row));
    });
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

/** An exercise placed approximately has a point and a radius; one whose place is not stated has neither. */
function checkLocation(where: string, row: Row): string[] {
  const errors: string[] = [];
  const placed = ['longitude', 'latitude', 'radius_km'].filter((f) => row[f] !== null);
  if (row['location_precision'] === 'approximate' && placed.length !== 3) {
    errors.push(`${where}: approximate locations need longitude, latitude and radius_km`);
  }
  if (row['location_precision'] === 'not stated' && placed.length !== 0) {
    errors.push(`${where}: location_precision is "not stated" but coordinates are given`);
  }
  return errors;
}
