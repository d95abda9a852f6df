/**
 * Checks that compare rows with each other rather than with their quotes:
 * rows that tell one event agree on its date, and figures shown side by side
 * point at each other.
 */
import type { Row } from '@factbox/datasets/schema';
import type { ResourceName } from '../load.js';
import { text } from './fields.js';

/** Rows that tell one event agree on when it happened, so a timeline can show it once. */
function checkEventKeys(rows: readonly Row[]): string[] {
  const errors: string[] = [];
  const first = new Map<string, Row>();
  const when = (row: Row): string =>
    `${String(row['date'])} (${String(row['date_bound'])}${row['date_part'] ? `, ${String(row['date_part'])}` : ''})`;
  for (const row of rows) {
    const key = text(row, 'event_key');
    if (key === null) continue;
    const other = first.get(key);
    if (!other) {
      first.set(key, row);
      continue;
    }
    if (when(row) !== when(other)) {
      errors.push(
        `events/${String(row['id'])}: event_key "${key}" is shared with events/${String(other['id'])}, dated ${when(other)}, but this row is dated ${when(row)}; rows telling one event must agree on its date`,
      );
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
      errors.push(
        `figures/${id}: compare_with figures/${other} (${relation}), but figures/${other} does not point back with "${relation}"; set its compare_with to "${id}" and relation to "${relation}"`,
      );
    }
  }
  return errors;
}

/** Checks that compare rows with each other: one date per event, relations both ways. */
export function checkAcrossRows(rows: ReadonlyMap<ResourceName, readonly Row[]>): string[] {
  return [...checkEventKeys(rows.get('events') ?? []), ...checkRelations(rows.get('figures') ?? [])];
}
