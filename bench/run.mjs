#!/usr/bin/env node
/**
 * `npm run bench` (or `node bench/run.mjs` after `npm run build`): installs
 * bench/'s own dependencies if its lockfile changed (install.mjs), builds the peer pages, serves them with gzip on
 * 127.0.0.1, loads each page several times in headless Chromium at 4× CPU
 * and slow 4G, prints the tables and writes bench/RESULTS.md.
 *
 *   --runs N      runs per page (default 5; BENCH_RUNS)
 *   --only a,b    only these pages (ids from bench/pages.mjs); RESULTS.md is then left alone
 *   --no-write    print only, do not write RESULTS.md
 *   --report      measure nothing: rewrite RESULTS.md from the last bench/dist/results.json
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH, DIST, REPO, SITE, build } from './build.mjs';
import { ensureInstalled } from './install.mjs';
import { measure } from './lib/measure.mjs';
import { report } from './lib/report.mjs';
import { startServer } from './lib/server.mjs';
import { PAGES, PEERS, VIEWPORT } from './pages.mjs';

const USAGE = 'usage: node bench/run.mjs [--runs N] [--only page,page] [--no-write] [--report]';

function options() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: process.env.BENCH_RUNS ?? '5' },
      only: { type: 'string' },
      'no-write': { type: 'boolean', default: false },
      report: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(`${USAGE}\npages: ${PAGES.map((p) => p.id).join(', ')}`);
    process.exit(0);
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1 (got ${values.runs})`);
  let pages = PAGES;
  if (values.only) {
    const ids = values.only
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    const unknown = ids.filter((id) => !PAGES.some((p) => p.id === id));
    if (unknown.length > 0) throw new Error(`unknown page(s): ${unknown.join(', ')}; pages: ${PAGES.map((p) => p.id).join(', ')}`);
    pages = PAGES.filter((p) => ids.includes(p.id));
  }
  return { runs, pages, write: !values['no-write'] && !values.only, reportOnly: values.report };
}

function writeReport({ env, results }, write) {
  const { markdown, tables, failedPages } = report({ results, env });
  console.log(`\n${tables}\n`);
  if (write) {
    writeFileSync(join(BENCH, 'RESULTS.md'), markdown);
    console.log('▶ wrote bench/RESULTS.md');
  } else {
    console.log('▶ RESULTS.md left alone (--only or --no-write)');
  }
  if (failedPages.length > 0) {
    console.error(`✗ no successful run for: ${failedPages.join(', ')}`);
    process.exitCode = 1;
  }
}

async function loadPuppeteer() {
  try {
    return (await import('puppeteer-core')).default;
  } catch {
    throw new Error('puppeteer-core is not installed: run `npm install` (or `npm ci`) at the repository root.');
  }
}

async function loadBrowserHelpers() {
  return import(new URL('../scripts/browser.mjs', import.meta.url).href);
}

function versionOf(pkg, from = BENCH) {
  try {
    return JSON.parse(readFileSync(join(from, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: REPO,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

function describe(page, r) {
  if (r.failed) return `failed: ${r.failed}`;
  const parts = [`JS ${(r.jsBytes / 1024).toFixed(1)} KB gz in ${r.jsRequests}`];
  if (r.painted != null) parts.push(`painted ${Math.round(r.painted)} ms`);
  if (r.factsPainted != null) parts.push(`facts painted ${Math.round(r.factsPainted)} ms (${r.factsFrom})`);
  if (r.firstReady != null && page.kind !== 'many') parts.push(`first ready ${Math.round(r.firstReady)} ms`);
  if (r.busy)
    parts.push(
      `over ${(r.busy.windowMs / 1000).toFixed(1)} s (${r.busy.ads} ads): embed.js ${r.busy.embedMsPerS.toFixed(2)} ms/s, main-thread tasks ${Math.round(r.busy.taskMsPerS)} ms/s`,
    );
  if (page.kind === 'many')
    parts.push(
      `${r.before.ready} built before scrolling, ${r.scroll.readyAfter} after; ${r.scroll.longtaskCount} long tasks while scrolling (max ${Math.round(r.scroll.longestTask)} ms)`,
    );
  else parts.push(`${r.longtaskCount} long tasks (max ${Math.round(r.longestTask)} ms)`);
  parts.push(`CLS ${r.cls === 0 ? 0 : r.cls.toFixed(3)}`);
  if (r.errors.length > 0) parts.push(`errors: ${r.errors.join(' | ')}`);
  return parts.join(', ');
}

async function main() {
  const { runs, pages, write, reportOnly } = options();
  if (reportOnly) {
    let saved;
    try {
      saved = JSON.parse(readFileSync(join(DIST, 'results.json'), 'utf8'));
    } catch {
      throw new Error('no bench/dist/results.json to report from: run the bench first.');
    }
    writeReport(saved, write);
    return;
  }
  ensureInstalled();
  const started = Date.now();
  const loadBefore = loadavg()[0];
  const puppeteer = await loadPuppeteer();
  const { findChrome, chromeArgs } = await loadBrowserHelpers();
  let executablePath;
  try {
    executablePath = findChrome();
  } catch (error) {
    throw new Error(`the bench needs Chromium or Chrome, and found none.\n${error instanceof Error ? error.message : error}`, {
      cause: error,
    });
  }
  await build();

  let server;
  let browser;
  const cleanup = async () => {
    await browser?.close().catch(() => {});
    await server?.close().catch(() => {});
  };
  const onSignal = (signal) => {
    console.error(`\n✗ ${signal}: closing the browser and the server`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const results = Object.fromEntries(pages.map((p) => [p.id, []]));
  let chromium;
  try {
    server = await startServer({ root: SITE });
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      args: [
        ...chromeArgs(),
        `--window-size=${VIEWPORT.width},${VIEWPORT.height}`,
        '--disable-renderer-backgrounding',
        '--disable-background-timer-throttling',
        '--disable-backgrounding-occluded-windows',
      ],
    });
    chromium = await browser.version();
    console.log(`▶ bench: ${chromium}, ${pages.length} pages × ${runs} runs, 4× CPU, slow 4G, served at ${server.origin}`);

    // Warm up the browser and the server's gzip cache; not recorded.
    for (const id of ['empty', 'factbox']) {
      const page = PAGES.find((p) => p.id === id);
      await measure(browser, server, page).catch(() => {});
    }

    const shots = join(DIST, 'screenshots');
    mkdirSync(shots, { recursive: true });
    for (let run = 1; run <= runs; run++) {
      for (const page of pages) {
        let result;
        try {
          result = await measure(browser, server, page, run === 1 ? { screenshot: join(shots, `${page.id}.png`) } : {});
        } catch (error) {
          result = { page: page.id, failed: error instanceof Error ? error.message.split('\n')[0] : String(error) };
          if (!browser.connected) throw new Error(`the browser went away while measuring ${page.id}: ${result.failed}`, { cause: error });
        }
        results[page.id].push(result);
        console.log(`  [${run}/${runs}] ${page.id.padEnd(15)} ${describe(page, result)}`);
      }
    }
  } finally {
    await cleanup();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }

  const env = {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    runs,
    machine: `${cpus()[0]?.model?.trim() ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 1024 ** 3).toFixed(0)} GB RAM, ${type()} ${release()}`,
    node: process.version,
    chromium,
    load: `${loadBefore.toFixed(2)} at the start, ${loadavg()[0].toFixed(2)} at the end (1-minute load average; other work on the machine makes the times noisier)`,
    viewport: `${VIEWPORT.width}×${VIEWPORT.height} CSS px, device scale factor ${VIEWPORT.deviceScaleFactor}`,
    factboxVersion: JSON.parse(readFileSync(join(REPO, 'packages', 'embed', 'package.json'), 'utf8')).version,
    commit: gitCommit(),
    versions: {
      ...Object.fromEntries(PEERS.flatMap((p) => p.packages).map((p) => [p, versionOf(p)])),
      esbuild: versionOf('esbuild'),
      'puppeteer-core': versionOf('puppeteer-core', REPO),
    },
  };
  writeFileSync(join(DIST, 'results.json'), `${JSON.stringify({ env, results }, null, 2)}\n`);
  console.log('▶ wrote bench/dist/results.json');
  writeReport({ env, results }, write);
  console.log(`▶ bench took ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((error) => {
  console.error(`✗ bench: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
});
