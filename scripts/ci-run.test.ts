/**
 * .ci/run, with a stand-in npm: whatever happens, the last line of its output
 * is exactly one `N passed, N failed`, and it finds the browser the way the
 * tests do (scripts/browser.mjs).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const SUMMARY = /^\d+ passed, \d+ failed$/;

const work = mkdtempSync(join(tmpdir(), 'factbox-ci-'));
after(() => rmSync(work, { recursive: true, force: true }));

/**
 * Runs a copy of .ci/run in a copy of the repository's skeleton, with an npm
 * whose `ci` and `test` do what `script` says.
 */
function runCi(
  name: string,
  npm: { ci: string; test: string },
  env: Record<string, string> = {},
): { status: number | null; lines: string[] } {
  const root = join(work, name);
  mkdirSync(join(root, '.ci'), { recursive: true });
  mkdirSync(join(root, 'scripts'));
  mkdirSync(join(root, 'bin'));
  cpSync(join(REPO, '.ci', 'run'), join(root, '.ci', 'run'));
  cpSync(join(REPO, 'scripts', 'browser.mjs'), join(root, 'scripts', 'browser.mjs'));
  writeFileSync(
    join(root, 'bin', 'npm'),
    `#!/usr/bin/env bash
case "$1" in
  --version) echo 10.0.0 ;;
  ci) ${npm.ci} ;;
  test) ${npm.test} ;;
esac
`,
  );
  chmodSync(join(root, 'bin', 'npm'), 0o755);
  const result = spawnSync('bash', [join(root, '.ci', 'run')], {
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(root, 'bin')}:${process.env['PATH'] ?? ''}`, CHROME_PATH: process.execPath, ...env },
  });
  return { status: result.status, lines: `${result.stdout}${result.stderr}`.trimEnd().split('\n') };
}

/** A stand-in `npm test` that writes and prints `line`, as scripts/test.mjs does, and exits with `status`. */
const testsThatSay = (line: string, status: number): string =>
  `mkdir -p .tmp; echo "${line}" > .tmp/test-summary.txt; echo "${line}"; exit ${status}`;

describe('.ci/run', () => {
  for (const [name, npm, expected, status] of [
    ['passing', { ci: 'exit 0', test: testsThatSay('7 passed, 0 failed', 0) }, '7 passed, 0 failed', 0],
    ['failing tests', { ci: 'exit 0', test: testsThatSay('5 passed, 2 failed', 1) }, '5 passed, 2 failed', 1],
    ['a build that fails before any test', { ci: 'exit 0', test: 'echo "✗ build failed"; exit 1' }, '0 passed, 1 failed', 1],
    ['npm ci failing', { ci: 'exit 1', test: testsThatSay('7 passed, 0 failed', 0) }, '0 passed, 1 failed', 1],
  ] as const) {
    it(`${name}: ends with one "${expected}" line`, () => {
      const { status: exit, lines } = runCi(name.replace(/\W+/g, '-'), npm);
      assert.equal(lines.at(-1), expected, lines.join('\n'));
      assert.equal(lines.filter((line) => SUMMARY.test(line)).length, 1, lines.join('\n'));
      assert.equal(exit, status);
    });
  }

  it('finds the browser through scripts/browser.mjs (CHROME_PATH first), and installs none then', () => {
    const { lines } = runCi('browser', { ci: 'exit 0', test: testsThatSay('1 passed, 0 failed', 0) });
    assert.ok(lines.includes(`▶ browser: ${process.execPath}`), lines.join('\n'));
    assert.ok(!lines.some((line) => /installing/.test(line)), lines.join('\n'));
  });
});
