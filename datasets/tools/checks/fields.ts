/**
 * Reading a row for the checks (a text field, empty as null) and naming it
 * in their messages ("figures/fig-07"), so that a curator finds the record.
 */
import type { Row } from '@factbox/datasets/schema';
import type { Resource } from '../load.js';

/** A text field's value; null when it is missing, not text, or empty. */
export function text(row: Row, field: string): string | null {
  const value = row[field];
  return typeof value === 'string' && value !== '' ? value : null;
}

/** `resource/id`, or `resource/row N` for a row without an id (counted from 1). */
export function label(resource: Resource, row: Row, index: number): string {
  return `${resource.name}/${text(row, 'id') ?? `row ${index + 1}`}`;
}
