/**
 * `npm run datasets`: checks datasets/ and, when everything holds, generates
 * @factbox/datasets. Fails loudly, listing every problem, otherwise.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureSchemaRuntime } from './schema-runtime.js';

// The checks import `@factbox/datasets/schema`; on a fresh checkout it is compiled here first.
ensureSchemaRuntime();
const { checkDatasets } = await import('./checks.js');
const { computeCoverage, readExclusions } = await import('./coverage.js');
const { generate } = await import('./generate.js');
const { loadDatasets } = await import('./load.js');

const packageDir = fileURLToPath(new URL('../../packages/datasets/', import.meta.url));
const { version } = JSON.parse(readFileSync(`${packageDir}package.json`, 'utf8')) as { version: string };

const datasets = loadDatasets();
const { errors, rows } = checkDatasets(datasets);
const coverage = computeCoverage(datasets, rows, readExclusions(datasets.dir));
const problems = [...errors, ...coverage.errors];
if (problems.length > 0) {
  console.error(`datasets: ${problems.length} problem(s); nothing was generated.\n`);
  for (const problem of problems) console.error(`  ✗ ${problem}`);
  process.exit(1);
}
const written = generate(datasets, rows, { packageDir, version });
const counts = datasets.resources.map((r) => `${r.name} ${rows.get(r.name)?.length ?? 0}`).join(', ');
const tokens = coverage.entries.length;
console.log(
  `datasets: checked (${counts} rows; ${tokens} numbers, dates and amount words accounted for); wrote ${written.length} files in packages/datasets/.`,
);
