/**
 * The first check: every resource against its Table Schema. Its rows, typed,
 * are what the other checks read.
 */
import { validateRows, type Row } from '@factbox/datasets/schema';
import type { Datasets, ResourceName } from '../load.js';

/** Schema, types, constraints, unique ids, and no unknown fields. */
export function checkSchemas(datasets: Datasets): { errors: string[]; rows: Map<ResourceName, Row[]> } {
  const errors: string[] = [];
  const rows = new Map<ResourceName, Row[]>();
  for (const resource of datasets.resources) {
    const result = validateRows(resource.schema, resource.records, Number.POSITIVE_INFINITY);
    errors.push(...result.errors.map((e) => `${resource.name}: ${e}`));
    errors.push(
      ...result.warnings.map(
        (w) => `${resource.name}: ${w} (not in the schema; add the field to datasets/schemas/${resource.name}.json or remove it)`,
      ),
    );
    rows.set(resource.name, result.rows);
  }
  return { errors, rows };
}
