/**
 * What the build publishes in @factbox/datasets agrees with itself: JSON and
 * CSV hold the same rows, datapackage.json's sizes and hashes match the files,
 * and the typed exports are the same rows again.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import * as published from '@factbox/datasets';

const PACKAGE = fileURLToPath(new URL('..', import.meta.url));
const RESOURCES = ['trade-share', 'delegations', 'exercises', 'events', 'figures', 'sources'] as const;
const EXPORTS = {
  'trade-share': 'tradeShare',
  delegations: 'delegations',
  exercises: 'exercises',
  events: 'events',
  figures: 'figures',
  sources: 'sources',
} as const;
const SCHEMAS = {
  'trade-share': 'tradeShareSchema',
  delegations: 'delegationsSchema',
  exercises: 'exercisesSchema',
  events: 'eventsSchema',
  figures: 'figuresSchema',
  sources: 'sourcesSchema',
} as const;

interface ResourceDescriptor {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  schema: { fields: { name: string }[] };
  'factbox:json': { path: string; bytes: number; hash: string };
}

const read = (path: string): Buffer => readFileSync(`${PACKAGE}${path}`);
const descriptor = JSON.parse(read('datapackage.json').toString('utf8')) as {
  resources: ResourceDescriptor[];
  licenses: unknown[];
  $schema: string;
};

describe('@factbox/datasets as published', () => {
  it('describes exactly the contract resources, as a Data Package v2 with a licence', () => {
    assert.equal(descriptor.$schema, 'https://datapackage.org/profiles/2.0/datapackage.json');
    assert.deepEqual(
      descriptor.resources.map((r) => r.name),
      [...RESOURCES],
    );
    assert.ok(descriptor.licenses.length > 0);
  });

  for (const name of RESOURCES) {
    describe(name, () => {
      const resource = descriptor.resources.find((r) => r.name === name) as ResourceDescriptor;
      const json = JSON.parse(read(`data/${name}.json`).toString('utf8')) as Record<string, unknown>[];

      it('has bytes and sha256 in datapackage.json that match the CSV and JSON files', () => {
        for (const file of [{ path: resource.path, bytes: resource.bytes, hash: resource.hash }, resource['factbox:json']]) {
          const buffer = read(file.path);
          assert.equal(file.bytes, buffer.byteLength, file.path);
          assert.equal(file.hash, `sha256:${createHash('sha256').update(buffer).digest('hex')}`, file.path);
        }
      });

      it('has the same rows in CSV (read by papaparse and typed by its schema) as in JSON', () => {
        const csv = Papa.parse<Record<string, string>>(read(resource.path).toString('utf8'), { header: true, skipEmptyLines: true });
        assert.deepEqual(csv.errors, []);
        assert.deepEqual(
          csv.meta.fields,
          resource.schema.fields.map((f) => f.name),
        );
        const typed = published.validateRows(published[SCHEMAS[name]], csv.data);
        assert.deepEqual(typed.errors, []);
        assert.equal(typed.rows.length, json.length);
        assert.deepEqual(typed.rows, json);
      });

      it('exports the same rows, typed, from the package entry', () => {
        assert.deepEqual(published[EXPORTS[name]], json);
      });
    });
  }
});
