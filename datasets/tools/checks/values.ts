/**
 * Values against their quotes: the number a row holds is the number its
 * "as written" phrase states, and its qualifier ("over", "around"…) is the
 * one the phrase reads as. Words stay words: no value where the text gives
 * none.
 */
import type { Row } from '@factbox/datasets/schema';
import type { ResourceName } from '../load.js';
import { numbersIn, qualifierIn } from '../numbers.js';
import { text } from './fields.js';

/** Which field holds each resource's number, and which field holds it as the text writes it. */
export const VALUE_FIELDS: Partial<Record<ResourceName, { value: string; asWritten: string }>> = {
  'trade-share': { value: 'share_percent', asWritten: 'share_as_written' },
  delegations: { value: 'count', asWritten: 'count_as_written' },
  figures: { value: 'value', asWritten: 'value_as_written' },
};

/** The value is a number its phrase states, with the qualifier the phrase reads as; a phrase that states no number has no value and no qualifier. */
export function checkValue(where: string, row: Row, valueField: string, asWrittenField: string): string[] {
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
