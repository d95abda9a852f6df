/**
 * A @web/test-runner reporter that writes the number of passed and failed
 * tests to .tmp/browser-tests.json, for scripts/test.mjs to add up.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const OUT = fileURLToPath(new URL('../.tmp/browser-tests.json', import.meta.url));

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, sessionErrors: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that fails to load or throws outside a test has no test results: count it as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.sessionErrors++;
      }
      totals.failed += totals.sessionErrors;
      mkdirSync(fileURLToPath(new URL('.', `file://${OUT}`)), { recursive: true });
      writeFileSync(OUT, JSON.stringify(totals));
    },
  };
}
