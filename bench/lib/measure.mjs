/**
 * One measured page load: a fresh browser context (no cache, no cookies, no
 * compiled-code cache) with one tab in front, CPU and network throttled over
 * CDP, observers installed before any script of the page runs.
 */
import { VIEWPORT, WIDGET_SELECTOR, WIDGET_TAGS } from '../pages.mjs';

export const CPU_SLOWDOWN = 4;
/** Lighthouse's "slow 4G" (mobileSlow4G): 150 ms RTT, 1.6 Mbps down, 750 Kbps up. */
export const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: Math.round((1.6 * 1024 * 1024) / 8),
  uploadThroughput: Math.round((750 * 1024) / 8),
};
/** How long to keep observing after the charts are painted (late shifts, long tasks). */
export const SETTLE_MS = 500;
/** The loader-only page: how long to wait after `load` for anything else to be fetched. */
export const IDLE_MS = 2500;
/** The 100-widget page: scroll step (CSS px) and pause between steps. */
export const SCROLL_STEP = 600;
export const SCROLL_DELAY_MS = 100;
/** The busy host page: how long embed.js's main-thread time is profiled once the widgets are ready, and the sampling interval. */
export const BUSY_WINDOW_MS = 10_000;
export const PROFILER_INTERVAL_US = 100;
const TIMEOUT_MS = 60_000;

/**
 * Runs in the page before its own scripts (evaluateOnNewDocument): long
 * tasks, layout shifts, factbox-ready events and the `bench:painted` mark.
 * Factbox pages get that mark at the first animation frame after the
 * expected number of widgets fired factbox-ready.
 *
 * With `factsSelector` (the widget tags and `[data-factbox]`), it also checks
 * at every animation frame whether a reader can see a widget's facts: some
 * widget element or placeholder with visible text in its light DOM (fallback
 * HTML: a text node with a non-empty rendered box whose element is not
 * `visibility: hidden`; a loader notice does not count), or with its rendered
 * heading (`[part="heading"]` in its shadow root, with text and a box).
 * `factsPainted` is `performance.now()` in the first frame that finds one.
 */
function instrument(expectReady, factsSelector) {
  const bench = { longtasks: [], shifts: [], ready: [], observerErrors: [], factsPainted: null, factsFrom: null };
  window.__bench = bench;
  const observe = (type, each) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(each)).observe({ type, buffered: true });
    } catch (error) {
      bench.observerErrors.push(`${type}: ${error}`);
    }
  };
  observe('longtask', (e) => bench.longtasks.push({ start: e.startTime, duration: e.duration }));
  observe('layout-shift', (e) => {
    if (e.hadRecentInput) return;
    // What moved, for results.json: each source's element and its box before and after.
    const sources = (e.sources ?? []).map((source) => ({
      node: source.node
        ? `${source.node.localName ?? '#text'}${source.node.getAttribute?.('class') ? `.${source.node.getAttribute('class')}` : ''}`
        : null,
      from: [source.previousRect.y, source.previousRect.height],
      to: [source.currentRect.y, source.currentRect.height],
    }));
    bench.shifts.push({ start: e.startTime, value: e.value, sources });
  });
  let resolvePainted;
  bench.painted = new Promise((resolve) => (resolvePainted = resolve));
  observe('mark', (e) => {
    if (e.name === 'bench:painted') resolvePainted(e.startTime);
  });
  document.addEventListener(
    'factbox-ready',
    (event) => {
      bench.ready.push({ tag: event.target.localName, at: performance.now() });
      if (expectReady > 0 && bench.ready.length === expectReady) {
        requestAnimationFrame(() => performance.mark('bench:painted'));
      }
    },
    true,
  );

  if (!factsSelector) return;
  const hasBox = (rect) => rect.width > 0 && rect.height > 0;
  const shown = (element) => getComputedStyle(element).visibility !== 'hidden';
  const fallbackText = (host) => {
    const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || node.data.trim() === '' || parent.closest('[data-factbox-notice], script, style, template')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      if (hasBox(range.getBoundingClientRect()) && shown(parent)) return true;
    }
    return false;
  };
  const heading = (host) => {
    const element = host.shadowRoot?.querySelector('[part="heading"]');
    return !!element && element.textContent.trim() !== '' && hasBox(element.getBoundingClientRect()) && shown(element);
  };
  const poll = () => {
    for (const host of document.querySelectorAll(factsSelector)) {
      const from = heading(host) ? 'heading' : fallbackText(host) ? 'fallback' : null;
      if (from) {
        bench.factsPainted = performance.now();
        bench.factsFrom = from;
        return;
      }
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/** CLS: the largest session window of shifts (gaps < 1 s, windows ≤ 5 s). */
export function cumulativeLayoutShift(shifts) {
  let worst = 0;
  let sum = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const { start, value } of [...shifts].sort((a, b) => a.start - b.start)) {
    if (start - last > 1000 || start - first > 5000) {
      sum = 0;
      first = start;
    }
    sum += value;
    last = start;
    worst = Math.max(worst, sum);
  }
  return worst;
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s waiting for ${what}`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function isScript(entry) {
  return /javascript/.test(entry.type) && entry.status === 200;
}

function summarizeResponses(responses) {
  const scripts = responses.filter(isScript);
  const perFile = {};
  const bytesPerFile = {};
  for (const r of scripts) {
    perFile[r.path] = (perFile[r.path] ?? 0) + 1;
    bytesPerFile[r.path] = r.bytes;
  }
  return {
    jsBytes: scripts.reduce((sum, r) => sum + r.bytes, 0),
    jsRequests: scripts.length,
    perFile,
    bytesPerFile,
    notFound: responses.filter((r) => r.status === 404).map((r) => r.path),
  };
}

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {{ origin: string, take(): any[] }} server
 * @param {object} page an entry of PAGES
 * @param {{ screenshot?: string }} [options]
 */
export async function measure(browser, server, page, options = {}) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    await tab.bringToFront();
    await tab.setViewport(VIEWPORT);
    const pageErrors = [];
    tab.on('pageerror', (error) => pageErrors.push(error instanceof Error ? error.message : String(error)));
    tab.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
    });

    const cdp = await tab.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    // What Chromium itself counts (encodedDataLength: body + headers as received), as a cross-check.
    const types = new Map();
    const cdpScripts = { bytes: 0, requests: 0 };
    // The request waterfall, in ms from the document's request.
    const waterfall = new Map();
    let firstRequest = null;
    let inFlight = 0;
    cdp.on('Network.requestWillBeSent', (e) => {
      inFlight++;
      types.set(e.requestId, e.type);
      firstRequest ??= e.timestamp;
      waterfall.set(e.requestId, {
        path: new URL(e.request.url).pathname,
        type: e.type,
        start: Math.round((e.timestamp - firstRequest) * 1000),
        end: null,
      });
    });
    cdp.on('Network.loadingFinished', (e) => {
      inFlight--;
      const request = waterfall.get(e.requestId);
      if (request && firstRequest !== null) request.end = Math.round((e.timestamp - firstRequest) * 1000);
      if (types.get(e.requestId) === 'Script') {
        cdpScripts.bytes += e.encodedDataLength;
        cdpScripts.requests++;
      }
    });
    cdp.on('Network.loadingFailed', () => inFlight--);

    // First facts painted: on the pages whose first widget is in the viewport and whose loader runs.
    const watchFacts = ['factbox', 'many', 'busy'].includes(page.kind);
    await tab.evaluateOnNewDocument(instrument, page.expectReady ?? 0, watchFacts ? WIDGET_SELECTOR : null);
    server.take();
    await tab.goto(`${server.origin}/${page.id}/`, { waitUntil: 'load', timeout: TIMEOUT_MS });

    const result = { page: page.id, errors: pageErrors };
    if (page.kind === 'loader') {
      await sleep(IDLE_MS);
    } else if (page.kind === 'busy-control') {
      // No widget ever loads: let the page settle as long as the busy page typically takes to paint, then profile.
      await sleep(1500);
      result.busy = await profileWindow(tab, cdp);
    } else if (page.kind === 'many') {
      Object.assign(result, await scrollThrough(tab, server, () => inFlight));
    } else {
      result.painted = await withTimeout(
        tab.evaluate(() => window.__bench.painted),
        TIMEOUT_MS,
        `${page.id} to paint its charts`,
      );
      await tab.evaluate((ms) => new Promise((resolve) => setTimeout(resolve, ms)), SETTLE_MS);
      if (page.kind === 'busy') result.busy = await profileWindow(tab, cdp);
    }

    const seen = await tab.evaluate(() => {
      const b = window.__bench;
      return {
        longtasks: b.longtasks,
        shifts: b.shifts,
        ready: b.ready,
        observerErrors: b.observerErrors,
        states: [...document.querySelectorAll('[state]')].map((e) => e.getAttribute('state')),
        factsPainted: b.factsPainted,
        factsFrom: b.factsFrom,
        drawn: [...document.querySelectorAll('#pie, #bars')].map((box) => box.querySelector('canvas, svg') !== null),
      };
    });
    const responses = summarizeResponses(server.take());
    if (page.kind === 'many') {
      // The scroll phase took its own share of responses; add them for the totals.
      responses.jsBytes += result.scroll.responses.jsBytes;
      responses.jsRequests += result.scroll.responses.jsRequests;
      for (const [file, n] of Object.entries(result.scroll.responses.perFile)) responses.perFile[file] = (responses.perFile[file] ?? 0) + n;
      for (const [file, n] of Object.entries(result.before.responses.perFile)) responses.perFile[file] = (responses.perFile[file] ?? 0) + n;
      Object.assign(responses.bytesPerFile, result.before.responses.bytesPerFile, result.scroll.responses.bytesPerFile);
      responses.jsBytes += result.before.responses.jsBytes;
      responses.jsRequests += result.before.responses.jsRequests;
    }
    if (seen.observerErrors.length > 0) pageErrors.push(...seen.observerErrors);
    if (page.kind === 'peer' && seen.drawn.some((d) => !d)) pageErrors.push('a chart box is empty after the bench:painted mark');

    Object.assign(result, {
      jsBytes: responses.jsBytes,
      jsRequests: responses.jsRequests,
      perFile: responses.perFile,
      bytesPerFile: responses.bytesPerFile,
      waterfall: [...waterfall.values()].filter((r) => r.type === 'Document' || r.type === 'Script').sort((a, b) => a.start - b.start),
      notFound: responses.notFound,
      cdpScriptBytes: cdpScripts.bytes,
      longtasks: seen.longtasks,
      longtaskCount: seen.longtasks.length,
      longestTask: Math.max(0, ...seen.longtasks.map((t) => t.duration)),
      cls: cumulativeLayoutShift(seen.shifts),
      shifts: seen.shifts,
      firstReady: seen.ready.length > 0 ? Math.min(...seen.ready.map((r) => r.at)) : null,
      factsPainted: seen.factsPainted,
      factsFrom: seen.factsFrom,
      lastReady: seen.ready.length > 0 ? Math.max(...seen.ready.map((r) => r.at)) : null,
      readyCount: seen.states.filter((s) => s === 'ready').length,
    });

    if (options.screenshot) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await tab.screenshot({ path: options.screenshot, fullPage: ['empty', 'peer', 'factbox'].includes(page.kind) });
    }
    return result;
  } finally {
    await context.close().catch(() => {});
  }
}

/**
 * Self time (ms) of a CPU profile's samples, summed per group: `embed` (frames
 * of embed.js itself), `chunks` (the widgets' chunks), `idle`, and `busy`
 * (everything but idle). A sample lasts until the next one.
 */
export function profileSelfTimes(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const times = { embed: 0, chunks: 0, idle: 0, busy: 0 };
  /** embed.js's self time per function (name:line:column), for the record. */
  const embedFunctions = {};
  let at = profile.startTime;
  const starts = profile.timeDeltas.map((delta) => (at += delta));
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = ((i + 1 < starts.length ? starts[i + 1] : profile.endTime) - starts[i]) / 1000;
    const frame = nodes.get(profile.samples[i])?.callFrame;
    if (!frame || ms <= 0) continue;
    if (frame.functionName === '(idle)') {
      times.idle += ms;
      continue;
    }
    times.busy += ms;
    const path = frame.url ? new URL(frame.url).pathname : '';
    if (path.endsWith('/embed/embed.js')) {
      times.embed += ms;
      const key = `${frame.functionName || '(anonymous)'}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
      embedFunctions[key] = (embedFunctions[key] ?? 0) + ms;
    } else if (path.includes('/embed/chunks/')) times.chunks += ms;
  }
  return { ...times, embedFunctions, windowMs: (profile.endTime - profile.startTime) / 1000 };
}

/**
 * The busy host page, once its widgets are ready (or, without embed.js, once
 * it settled): BUSY_WINDOW_MS under the CPU profiler (PROFILER_INTERVAL_US),
 * with Chromium's count of main-thread task time (CDP Performance.getMetrics
 * TaskDuration) before and after, and the ads swapped meanwhile.
 */
async function profileWindow(tab, cdp) {
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: PROFILER_INTERVAL_US });
  const pageBefore = await tab.evaluate(() => ({ ads: window.__busyAds ?? 0, elements: document.getElementsByTagName('*').length }));
  const before = await metrics();
  await cdp.send('Profiler.start');
  await sleep(BUSY_WINDOW_MS);
  const { profile } = await cdp.send('Profiler.stop');
  const after = await metrics();
  const ads = (await tab.evaluate(() => window.__busyAds ?? 0)) - pageBefore.ads;
  await cdp.send('Profiler.disable');
  const self = profileSelfTimes(profile);
  const seconds = self.windowMs / 1000;
  const taskMs = (after.TaskDuration - before.TaskDuration) * 1000;
  return {
    windowMs: self.windowMs,
    elements: pageBefore.elements,
    ads,
    embedMs: self.embed,
    embedMsPerS: self.embed / seconds,
    chunksMsPerS: self.chunks / seconds,
    sampledBusyMsPerS: self.busy / seconds,
    taskMsPerS: taskMs / (after.Timestamp - before.Timestamp || seconds),
    embedFunctions: self.embedFunctions,
  };
}

/**
 * The 100-widget page: wait until the widgets near the viewport are built
 * and the network is quiet, count them, then scroll to the bottom in steps
 * and record the long tasks from the first step until every widget is built.
 */
async function scrollThrough(tab, server, inFlight) {
  const count = () => tab.evaluate(() => document.querySelectorAll('[state="ready"]').length);
  const started = Date.now();
  let last = -1;
  let stableSince = Date.now();
  for (;;) {
    const now = await count();
    if (now !== last || inFlight() > 0) {
      last = now;
      stableSince = Date.now();
    }
    if (now > 0 && Date.now() - stableSince >= 1500) break;
    if (Date.now() - started > TIMEOUT_MS) throw new Error('timed out waiting for the first widgets of the 100-widget page');
    await sleep(250);
  }
  const before = await tab.evaluate((selector) => {
    const widgets = [...document.querySelectorAll(selector)];
    const top = (e) => e.getBoundingClientRect().top;
    return {
      widgets: widgets.length,
      ready: widgets.filter((e) => e.getAttribute('state') === 'ready').length,
      defined: widgets.filter((e) => e.matches(':defined')).length,
      // Widgets build their chart within half a viewport of it, and their code loads within one.
      withinBuildMargin: widgets.filter((e) => top(e) < innerHeight * 1.5).length,
      withinLoadMargin: widgets.filter((e) => top(e) < innerHeight * 2).length,
      longtasks: window.__bench.longtasks.length,
    };
  }, WIDGET_TAGS);
  before.responses = summarizeResponses(server.take());

  const window_ = await tab.evaluate(
    async (step, delay) => {
      const start = performance.now();
      const bottom = () => document.documentElement.scrollHeight - innerHeight;
      let steps = 0;
      while (scrollY < bottom() - 1) {
        scrollBy(0, step);
        steps++;
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
      return { start, scrolledAt: performance.now(), steps };
    },
    SCROLL_STEP,
    SCROLL_DELAY_MS,
  );

  const total = before.widgets;
  const waitStart = Date.now();
  while ((await count()) < total && Date.now() - waitStart < TIMEOUT_MS) await sleep(250);
  const end = await tab.evaluate((settle) => new Promise((resolve) => setTimeout(() => resolve(performance.now()), settle)), SETTLE_MS);
  const during = await tab.evaluate(
    (from, to) => window.__bench.longtasks.filter((t) => t.start >= from && t.start <= to),
    window_.start,
    end,
  );
  return {
    before,
    scroll: {
      steps: window_.steps,
      durationMs: window_.scrolledAt - window_.start,
      untilAllReadyMs: end - SETTLE_MS - window_.start,
      readyAfter: await count(),
      longtasks: during,
      longtaskCount: during.length,
      longestTask: Math.max(0, ...during.map((t) => t.duration)),
      responses: summarizeResponses(server.take()),
    },
  };
}
