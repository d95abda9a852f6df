/**
 * Browser tests (`*.browser.test.ts`) in a real headless Chromium.
 * The browser is found by scripts/browser.mjs (CHROME_PATH, /usr/bin/chromium,
 * Playwright's); TypeScript is compiled on the fly with the root tsconfig.
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { chromeArgs, findChrome } from './scripts/browser.mjs';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { fixtureMiddleware } from './scripts/testing/wtr-fixtures.mjs';

let executablePath;
try {
  executablePath = findChrome();
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}

export default {
  files: ['packages/*/src/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  // One page at a time: a page in a background tab does not render, so IntersectionObserver (lazy charts) would never fire.
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 20000 } },
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromeArgs() } })],
  middleware: [fixtureMiddleware()],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  reporters: [defaultReporter(), summaryReporter()],
};
