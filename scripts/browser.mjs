/**
 * Finds a Chromium for the tests, benchmarks and screenshots, so that the
 * same `npm test` works here (Debian's chromium) and on a laptop (Chrome,
 * or Playwright's download): CHROME_PATH, then /usr/bin/chromium, then
 * other usual places, then Playwright's cache.
 */
import { existsSync, readdirSync } from 'node:fs';
import { homedir, platform } from 'node:os';
import { join } from 'node:path';

function playwrightChromes() {
  const roots = [
    process.env.PLAYWRIGHT_BROWSERS_PATH,
    join(homedir(), '.cache', 'ms-playwright'),
    join(homedir(), 'Library', 'Caches', 'ms-playwright'),
    join(homedir(), 'AppData', 'Local', 'ms-playwright'),
  ].filter(Boolean);
  const found = [];
  for (const root of roots) {
    if (!existsSync(root)) continue;
    for (const dir of readdirSync(root)
      .filter((d) => d.startsWith('chromium'))
      .sort()
      .reverse()) {
      found.push(
        join(root, dir, 'chrome-linux', 'chrome'),
        join(root, dir, 'chrome-linux64', 'chrome'),
        join(root, dir, 'chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'),
        join(root, dir, 'chrome-win', 'chrome.exe'),
      );
    }
  }
  return found;
}

/** Candidate paths, in order of preference. */
export function chromeCandidates() {
  const system =
    platform() === 'darwin'
      ? ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium']
      : platform() === 'win32'
        ? ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe']
        : ['/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
  return [process.env.CHROME_PATH, '/usr/bin/chromium', ...system, ...playwrightChromes()].filter(Boolean);
}

/** The path of a Chromium to run, or an Error that says what to install. */
export function findChrome() {
  if (process.env.CHROME_PATH && !existsSync(process.env.CHROME_PATH)) {
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist.`);
  }
  const path = chromeCandidates().find((candidate) => existsSync(candidate));
  if (path) return path;
  throw new Error(
    [
      'No Chromium or Chrome found for the browser tests. Install one of:',
      '  Debian/Ubuntu:  sudo apt-get install -y chromium',
      '  macOS:          install Google Chrome',
      '  anywhere:       npx playwright install chromium',
      'or point CHROME_PATH at a Chrome/Chromium executable.',
    ].join('\n'),
  );
}

/**
 * Flags for a quiet, headless, reproducible browser. As root (CI containers)
 * Chromium refuses to start without --no-sandbox.
 */
export function chromeArgs() {
  const args = [
    '--headless=new',
    '--disable-gpu',
    '--disable-quic',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    '--hide-scrollbars',
    '--font-render-hinting=none',
  ];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  return args;
}
