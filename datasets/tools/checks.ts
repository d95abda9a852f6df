/**
 * The dataset build's checks. Each returns sentences naming the resource, the
 * row and what is wrong, so that a curator can fix the record from the message
 * alone. An empty list means the datasets may be published.
 *
 * This is the entry build.ts, coverage-cli.ts and the tests import; the
 * checks live in ./checks/, by kind:
 * - schema.ts: every resource against its Table Schema (the typed rows the
 *   other checks read);
 * - entities.ts: the entity list, and each event's actors and their keys;
 * - provenance.ts: row by row, which checks apply to which resource, using
 *   quotes.ts (quotes and date lines verbatim at their offsets), values.ts
 *   (values and qualifiers against the phrase as written), dates.ts (dates,
 *   ranges, parts of periods, bounds) and arabic.ts (the Arabic value);
 * - across-rows.ts: rows compared with each other (one date per event,
 *   relations both ways);
 * - reader-text.ts: what readers see as written (notes, derivations, date
 *   and period readings, caveats) names no row id and no source id;
 * - fields.ts: reading a row's fields and naming it in messages.
 */
import type { Row } from '@factbox/datasets/schema';
import type { Datasets, ResourceName } from './load.js';
import { checkAcrossRows } from './checks/across-rows.js';
import { checkEntities } from './checks/entities.js';
import { checkProvenance } from './checks/provenance.js';
import { checkReaderText } from './checks/reader-text.js';
import { checkSchemas } from './checks/schema.js';

export { arabicNumbersIn } from './checks/arabic.js';
export { VALUE_FIELDS } from './checks/values.js';
export { checkAcrossRows, checkEntities, checkProvenance, checkReaderText, checkSchemas };

/** Every check, in order. */
export function checkDatasets(datasets: Datasets): { errors: string[]; rows: Map<ResourceName, Row[]> } {
  const schema = checkSchemas(datasets);
  return {
    errors: [
      ...schema.errors,
      ...checkEntities(datasets.entities),
      ...checkProvenance(datasets, schema.rows),
      ...checkAcrossRows(schema.rows),
      ...checkReaderText(datasets, schema.rows),
    ],
    rows: schema.rows,
  };
}
