/**
 * `npm test` after the build: lint (`npm run lint`), the tests' types, Node
 * tests (node:test, TypeScript through tsx), then browser tests
 * (@web/test-runner in headless Chromium). Prints one
 * last line `N passed, N failed` and exits non-zero when anything failed.
 *
 * Files: `*.test.ts` run in Node; `*.browser.test.ts` run in Chromium.
 * `npm test -- --node` or `-- --browser` runs one half.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT } from './serve.mjs';

const NODE_TEST_DIRS = ['datasets', 'packages', 'scripts', 'examples'];
const SKIP_DIRS = new Set(['node_modules', 'dist', '.tmp', 'generated']);

function findFiles(dir, test) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIP_DIRS.has(entry.name) ? [] : findFiles(path, test);
    return test(entry.name) ? [path] : [];
  });
}

mkdirSync(join(REPO_ROOT, '.tmp'), { recursive: true });
const only = process.argv.find((a) => a === '--node' || a === '--browser');
const totals = { passed: 0, failed: 0 };

if (!only) {
  // Lint first (ESLint, then Prettier's check): one check, counted like a test. `npm run format` fixes most of it.
  console.log('\n▶ Lint (npm run lint)\n');
  const lint = spawnSync('npm', ['run', '--silent', 'lint'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (lint.status === 0) totals.passed += 1;
  else totals.failed += 1;

  // The tests are TypeScript too: check their types (they run through tsx and esbuild, which do not).
  console.log('\n▶ Type-checking the tests\n');
  const result = spawnSync(join(REPO_ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.tests.json'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
  if (result.status === 0) totals.passed += 1;
  else totals.failed += 1;
}

if (only !== '--browser') {
  const files = NODE_TEST_DIRS.flatMap((d) =>
    findFiles(join(REPO_ROOT, d), (n) => n.endsWith('.test.ts') && !n.endsWith('.browser.test.ts')),
  )
    .map((f) => relative(REPO_ROOT, f))
    .sort();
  console.log(`\n▶ Node tests (${files.length} files)\n`);
  const tap = join(REPO_ROOT, '.tmp', 'node-tests.tap');
  rmSync(tap, { force: true });
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      '--test-concurrency=2',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...files,
    ],
    { cwd: REPO_ROOT, stdio: 'inherit' },
  );
  const summary = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const pass = Number(summary.match(/^# pass (\d+)/m)?.[1] ?? 0);
  const fail = Number(summary.match(/^# fail (\d+)/m)?.[1] ?? 0);
  totals.passed += pass;
  totals.failed += fail + (result.status !== 0 && fail === 0 ? 1 : 0);
}

if (only !== '--node') {
  console.log('\n▶ Browser tests (headless Chromium)\n');
  const out = join(REPO_ROOT, '.tmp', 'browser-tests.json');
  rmSync(out, { force: true });
  const result = spawnSync(
    process.execPath,
    [join(REPO_ROOT, 'node_modules/@web/test-runner/dist/bin.js'), '--config', 'web-test-runner.config.mjs'],
    {
      cwd: REPO_ROOT,
      stdio: 'inherit',
    },
  );
  const browser = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : { passed: 0, failed: 0 };
  totals.passed += browser.passed;
  totals.failed += browser.failed + (result.status !== 0 && browser.failed === 0 ? 1 : 0);
}

const line = `${totals.passed} passed, ${totals.failed} failed`;
writeFileSync(join(REPO_ROOT, '.tmp', 'test-summary.txt'), `${line}\n`);
console.log(`\n${line}`);
process.exit(totals.failed > 0 ? 1 : 0);
