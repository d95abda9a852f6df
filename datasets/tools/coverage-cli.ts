/**
 * `npm run coverage`: writes datasets/COVERAGE.md and prints a summary.
 * Exits non-zero when any number or date is unaccounted for.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureSchemaRuntime } from './schema-runtime.js';

// The checks import `@factbox/datasets/schema`; on a fresh checkout it is compiled here first.
ensureSchemaRuntime();
const { checkDatasets } = await import('./checks.js');
const { computeCoverage, coverageMarkdown, readExclusions } = await import('./coverage.js');
const { loadDatasets } = await import('./load.js');

const datasets = loadDatasets();
const { rows } = checkDatasets(datasets);
const coverage = computeCoverage(datasets, rows, readExclusions(datasets.dir));
writeFileSync(join(datasets.dir, 'COVERAGE.md'), coverageMarkdown(datasets, coverage));
const count = (status: string): number => coverage.entries.filter((e) => e.status === status).length;
console.log(
  `coverage: ${coverage.entries.length} numbers, dates and amount words; ${count('covered')} covered, ${count('excluded')} excluded, ${count('unaccounted')} unaccounted. Wrote datasets/COVERAGE.md.`,
);
for (const error of coverage.errors) console.error(`  ✗ ${error}`);
if (coverage.errors.length > 0) process.exit(1);
