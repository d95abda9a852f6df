/**
 * `npm run datasets`: checks datasets/ and, when everything holds, generates
 * @factbox/datasets. Fails loudly, listing every problem, otherwise.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkDatasets } from './checks.js';
import { computeCoverage, readExclusions } from './coverage.js';
import { generate } from './generate.js';
import { loadDatasets } from './load.js';

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
console.log(`datasets: checked (${counts} rows; ${tokens} numbers and dates accounted for); wrote ${written.length} files in packages/datasets/.`);
