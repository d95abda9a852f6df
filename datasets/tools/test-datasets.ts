/** Datasets edited for a test: one row changed, one resource's records replaced, and the errors the checks find. */
import assert from 'node:assert/strict';
import { checkDatasets } from './checks.js';
import { loadDatasets, type Datasets, type Record_, type ResourceName } from './load.js';

export const pristine = loadDatasets();

/** A copy of the datasets with one resource's records replaced. */
export function withRecords(name: ResourceName, edit: (records: Record_[]) => Record_[]): Datasets {
  return {
    ...pristine,
    resources: pristine.resources.map((r) => (r.name === name ? { ...r, records: edit(r.records.map((x) => ({ ...x }))) } : r)),
  };
}

export function editRow(name: ResourceName, id: string, change: (row: Record_) => void): Datasets {
  return withRecords(name, (records) => {
    const row = records.find((r) => r['id'] === id);
    assert.ok(row, `${name}/${id} exists`);
    change(row);
    return records;
  });
}

export function errorsOf(datasets: Datasets): string[] {
  return checkDatasets(datasets).errors;
}
