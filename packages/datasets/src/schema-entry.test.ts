/**
 * `@factbox/datasets/schema`: the Table Schema runtime on its own, by name,
 * for code that validates or writes rows without shipping Factbox's data
 * (the repository's dataset tools are such code).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import * as everything from '@factbox/datasets';
import * as runtime from '@factbox/datasets/schema';

const PACKAGE = fileURLToPath(new URL('..', import.meta.url));
const TOOLS = fileURLToPath(new URL('../../../datasets/tools/', import.meta.url));

describe('@factbox/datasets/schema', () => {
  it('is in the exports map with its types first, pointing at dist like the main entry', () => {
    const manifest = JSON.parse(readFileSync(`${PACKAGE}package.json`, 'utf8')) as { exports: Record<string, unknown> };
    const entry = manifest.exports['./schema'];
    assert.deepEqual(entry, { types: './dist/schema.d.ts', default: './dist/schema.js' });
    assert.deepEqual(Object.keys(entry as object), ['types', 'default']);
  });

  it('exposes the runtime and no rows', () => {
    assert.deepEqual(Object.keys(runtime).sort(), [
      'CsvSyntaxError',
      'ENGLISH_MONTH_NAMES',
      'castCell',
      'isIsoDate',
      'isPartialDate',
      'parseCsv',
      'toCsv',
      'validateRows',
    ]);
  });

  it("is the same runtime as the main entry's, not a second copy", () => {
    assert.equal(runtime.validateRows, everything.validateRows);
    assert.equal(runtime.toCsv, everything.toCsv);
    assert.equal(runtime.CsvSyntaxError, everything.CsvSyntaxError);
  });

  it('validates rows by a schema given at run time', () => {
    const schema: runtime.TableSchema = {
      fields: [
        { name: 'id', type: 'string', constraints: { required: true } },
        { name: 'n', type: 'integer' },
      ],
    };
    const { rows, errors } = runtime.validateRows(schema, runtime.parseCsv('id,n\r\na,1\r\n'));
    assert.deepEqual(errors, []);
    assert.deepEqual(rows, [{ id: 'a', n: 1 }]);
  });

  it('is how the dataset tools get the runtime: none of them reaches into the package by path', () => {
    const offenders = readdirSync(TOOLS)
      .filter((name) => name.endsWith('.ts'))
      .filter((name) => /from\s+['"][./]*packages\/datasets\//.test(readFileSync(`${TOOLS}${name}`, 'utf8')));
    assert.deepEqual(offenders, []);
  });
});
