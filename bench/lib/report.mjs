/**
 * Turns the runs into the tables printed by run.mjs and written to
 * bench/RESULTS.md: medians per page, ratios against Factbox, the Factbox
 * pages against the team's targets.
 */
import { PAGES, PEERS } from '../pages.mjs';
import { BUSY } from '../pages.mjs';
import {
  BUSY_WINDOW_MS,
  CPU_SLOWDOWN,
  IDLE_MS,
  NETWORK,
  PROFILER_INTERVAL_US,
  SCROLL_DELAY_MS,
  SCROLL_STEP,
  SETTLE_MS,
} from './measure.mjs';
import { GZIP_LEVEL } from './server.mjs';

export const TARGETS = {
  loaderBytes: 5 * 1024,
  mapBytes: 25 * 1024,
  singleBytes: 52 * 1024,
  allBytes: 70 * 1024,
  /** A page with only the events timeline, or only the key figures (issue: key figures and timeline). */
  listBytes: 25 * 1024,
  firstReadyMs: 1000,
  /** The busy host page: main-thread time of embed.js itself (ms per second), under. */
  busyEmbedMsPerS: 5,
};

export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const kb = (bytes) => (bytes === null ? '—' : (bytes / 1024).toFixed(1));
const ms = (value) => (value === null ? '—' : String(Math.round(value)));
const ratio = (value, base) => (value === null || !base ? '—' : `${(value / base).toFixed(2)}×`);
const cls = (value) => (value === null ? '—' : value === 0 ? '0' : value.toFixed(3));
const passFail = (ok) => (ok ? '✅ pass' : '❌ fail');
const perSecond = (value) => (value === null ? '—' : value.toFixed(value < 10 ? 2 : 0));
/** The value most runs gave (the first of the most frequent). */
const mode = (values) => {
  const counts = new Map();
  for (const v of values) if (v != null) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
};
const FACTS_FROM = { fallback: 'fallback HTML', heading: "widget's heading" };

/** A Markdown table; `align` has one letter per column, l or r (default: first left, the rest right). */
function table(header, rows, align = `l${'r'.repeat(header.length - 1)}`) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, i) => (align[i] === 'r' ? '---:' : '---'))), ...rows.map(line)].join('\n');
}

/** Medians of one page's successful runs. */
export function summarize(runs) {
  const ok = runs.filter((r) => !r.failed);
  const pick = (f) => median(ok.map(f));
  return {
    runs: runs.length,
    ok: ok.length,
    failures: runs.filter((r) => r.failed).map((r) => r.failed),
    errors: [...new Set(ok.flatMap((r) => r.errors))],
    jsBytes: pick((r) => r.jsBytes),
    jsRequests: pick((r) => r.jsRequests),
    cdpScriptBytes: pick((r) => r.cdpScriptBytes),
    painted: pick((r) => r.painted),
    firstReady: pick((r) => r.firstReady),
    factsPainted: pick((r) => r.factsPainted),
    factsFrom: mode(ok.map((r) => r.factsFrom)),
    lastReady: pick((r) => r.lastReady),
    longtaskCount: pick((r) => r.longtaskCount),
    longestTask: pick((r) => r.longestTask),
    worstTask: ok.length ? Math.max(...ok.map((r) => r.longestTask)) : null,
    cls: pick((r) => r.cls),
    worstCls: ok.length ? Math.max(...ok.map((r) => r.cls)) : null,
    readyCount: pick((r) => r.readyCount),
    busy: ok.some((r) => r.busy)
      ? {
          windowMs: pick((r) => r.busy?.windowMs),
          elements: pick((r) => r.busy?.elements),
          ads: pick((r) => r.busy?.ads),
          embedMsPerS: pick((r) => r.busy?.embedMsPerS),
          worstEmbedMsPerS: Math.max(...ok.map((r) => r.busy?.embedMsPerS ?? 0)),
          chunksMsPerS: pick((r) => r.busy?.chunksMsPerS),
          taskMsPerS: pick((r) => r.busy?.taskMsPerS),
        }
      : null,
    ok_runs: ok,
  };
}

function manySummary(runs) {
  const ok = runs.filter((r) => !r.failed);
  if (ok.length === 0) return null;
  const maxPerFile = ok.map((r) =>
    Math.max(
      0,
      ...Object.entries(r.perFile)
        .filter(([f]) => f.includes('/chunks/'))
        .map(([, n]) => n),
    ),
  );
  const chunkFiles = median(ok.map((r) => Object.keys(r.perFile).filter((f) => f.includes('/chunks/')).length));
  return {
    ok,
    chunkFiles,
    maxRequestsPerChunk: Math.max(...maxPerFile),
    widgets: ok[0].before.widgets,
    readyBefore: median(ok.map((r) => r.before.ready)),
    readyBeforeMax: Math.max(...ok.map((r) => r.before.ready)),
    withinBuildMargin: median(ok.map((r) => r.before.withinBuildMargin)),
    onlyNearBuilt: ok.every((r) => r.before.ready <= r.before.withinBuildMargin && r.before.ready < r.before.widgets),
    bytesBefore: median(ok.map((r) => r.before.responses.jsBytes)),
    bytesTotal: median(ok.map((r) => r.jsBytes)),
    readyAfter: median(ok.map((r) => r.scroll.readyAfter)),
    scrollMs: median(ok.map((r) => r.scroll.durationMs)),
    steps: median(ok.map((r) => r.scroll.steps)),
    scrollTasks: median(ok.map((r) => r.scroll.longtaskCount)),
    scrollTasksOver100: median(ok.map((r) => r.scroll.longtasks.filter((t) => t.duration > 100).length)),
    scrollLongest: median(ok.map((r) => r.scroll.longestTask)),
    scrollWorst: Math.max(...ok.map((r) => r.scroll.longestTask)),
    scrollTasksMin: Math.min(...ok.map((r) => r.scroll.longtaskCount)),
    loadTasks: median(ok.map((r) => r.longtaskCount - r.scroll.longtaskCount)),
    cls: median(ok.map((r) => r.cls)),
    worstCls: Math.max(...ok.map((r) => r.cls)),
  };
}

/**
 * @param {{ results: Record<string, any[]>, env: Record<string, any> }} input
 * @returns {{ markdown: string, tables: string, failedPages: string[] }}
 */
export function report({ results, env }) {
  const s = Object.fromEntries(Object.entries(results).map(([id, runs]) => [id, summarize(runs)]));
  const base = s.factbox;
  const sections = [];
  const failedPages = Object.entries(s)
    .filter(([, v]) => v.ok === 0)
    .map(([id]) => id);

  const compare = PAGES.filter((p) => p.group === 'compare' && s[p.id]);
  if (compare.length > 0) {
    sections.push(
      `### Same two charts, Factbox and each peer (medians of ${env.runs} runs; ratios = page ÷ Factbox)\n\n${table(
        [
          'page',
          'JS gz (KB)',
          'bytes × Factbox',
          'JS files',
          'first facts painted (ms)',
          'chart painted (ms)',
          'time × Factbox',
          'long tasks',
          'longest (ms)',
          'CLS',
        ],
        compare.map((p) => {
          const v = s[p.id];
          const name = p.id === 'factbox' ? `**${p.title}**` : p.title;
          return [
            name + (v.ok < v.runs ? ` (${v.ok}/${v.runs} runs ok)` : ''),
            kb(v.jsBytes),
            ratio(v.jsBytes, base?.jsBytes),
            ms(v.jsRequests),
            ms(v.factsPainted),
            ms(v.painted),
            ratio(v.painted, base?.painted),
            ms(v.longtaskCount),
            ms(v.longestTask),
            cls(v.cls),
          ];
        }),
      )}`,
    );
  }

  const own = PAGES.filter((p) => p.group === 'factbox' && s[p.id]);
  if (own.length > 0) {
    const withBase = base ? [{ id: 'factbox', title: 'Factbox pie + bars' }, ...own] : own;
    sections.push(
      `### Factbox pages (medians of ${env.runs} runs)\n\n${table(
        [
          'page',
          'JS gz (KB)',
          'JS files',
          'first facts painted (ms)',
          'facts shown by',
          'first widget ready (ms)',
          'all painted (ms)',
          'widgets ready',
          'long tasks',
          'longest (ms)',
          'CLS (worst run)',
        ],
        withBase.map((p) => {
          const v = s[p.id];
          return [
            p.title + (v.ok < v.runs ? ` (${v.ok}/${v.runs} runs ok)` : ''),
            kb(v.jsBytes),
            ms(v.jsRequests),
            ms(v.factsPainted),
            FACTS_FROM[v.factsFrom] ?? '—',
            ms(v.firstReady),
            ms(v.painted),
            ms(v.readyCount),
            ms(v.longtaskCount),
            ms(v.longestTask),
            cls(v.worstCls),
          ];
        }),
        'lrrrlrrrrrr',
      )}`,
    );
  }

  // Where Factbox's bytes go: every file any Factbox page fetched, and which pages fetched it.
  const factboxPages = [
    'factbox-loader',
    'factbox-map',
    'factbox-pie',
    'factbox-bars',
    'factbox-timeline',
    'factbox-figures',
    'factbox',
    'factbox-all',
  ].filter((id) => s[id]?.ok_runs.length);
  if (factboxPages.length > 0) {
    const files = new Map();
    for (const id of factboxPages) {
      for (const [path, bytes] of Object.entries(s[id].ok_runs[0].bytesPerFile ?? {})) {
        const entry = files.get(path) ?? { bytes, pages: [] };
        entry.pages.push(id);
        files.set(path, entry);
      }
    }
    const rows = [...files.entries()]
      .sort((a, b) => b[1].bytes - a[1].bytes)
      .map(([path, { bytes, pages }]) => [`\`${path.replace(/^\/embed\//, '')}\``, kb(bytes), pages.join(', ')]);
    sections.push(`### Where Factbox's bytes go (gzip, per file)\n\n${table(['file', 'KB gz', 'fetched by'], rows, 'lrl')}`);
  }

  // The request chain of the pie + bars page (its first run): each file is only requested once the one before it ran.
  const chain = s.factbox?.ok_runs[0];
  if (chain?.waterfall?.length) {
    const rows = chain.waterfall.map((r) => [
      r.type === 'Document' ? 'the page (HTML)' : `\`${r.path.replace(/^\/embed\//, '')}\``,
      ms(r.start),
      ms(r.end),
    ]);
    sections.push(
      `### Factbox pie + bars: request waterfall (run 1, ms from the page's request)\n\n${table(['file', 'requested', 'received'], rows, 'lrr')}\n\nWidgets ready in that run (factbox-ready, ms from navigation start): ${ms(chain.firstReady)} and ${ms(chain.lastReady)}.`,
    );
  }

  const many = results['factbox-100'] ? manySummary(results['factbox-100']) : null;
  if (many) {
    sections.push(
      `### Factbox, 100 widgets on one page (medians of ${many.ok.length} runs)\n\n${table(
        ['measure', 'value'],
        [
          ['chunk files fetched', ms(many.chunkFiles)],
          ['most requests for one chunk file (any run)', ms(many.maxRequestsPerChunk)],
          ['JS gz before scrolling / after scrolling to the end (KB)', `${kb(many.bytesBefore)} / ${kb(many.bytesTotal)}`],
          [
            'widgets built (state="ready") without scrolling',
            `${ms(many.readyBefore)} of ${many.widgets} (${ms(many.withinBuildMargin)} start within 1.5 viewports)`,
          ],
          ['long tasks while loading, before scrolling', ms(many.loadTasks)],
          [`scroll: ${ms(many.steps)} steps of ${SCROLL_STEP} px every ${SCROLL_DELAY_MS} ms`, `${(many.scrollMs / 1000).toFixed(1)} s`],
          ['widgets ready after scrolling', `${ms(many.readyAfter)} of ${many.widgets}`],
          [
            'long tasks while scrolling (count / over 100 ms)',
            `${ms(many.scrollTasks)} / ${ms(many.scrollTasksOver100)} (fewest in a run: ${ms(many.scrollTasksMin)})`,
          ],
          ['longest task while scrolling (median / worst run, ms)', `${ms(many.scrollLongest)} / ${ms(many.scrollWorst)}`],
          ['CLS (worst run)', cls(many.worstCls)],
        ],
        'll',
      )}`,
    );
  }

  const busy = s.busy?.busy;
  const control = s['busy-control']?.busy;
  if (busy || control) {
    const both = (f, format) => [busy ? format(f(busy, s.busy)) : '—', control ? format(f(control, s['busy-control'])) : '—'];
    sections.push(
      `### Busy host page (medians of ${s.busy?.ok ?? s['busy-control']?.ok} runs)\n\nA long article (${BUSY.elements.toLocaleString('en')} elements: sections, headings, paragraphs, links, spans, lists) whose inline script swaps an ad box (a div with a few children, no iframe) every ${BUSY.adEveryMs} ms, below the fold; with embed.js and the pie and bars snippets at the top, and the same page without embed.js. Over ${BUSY_WINDOW_MS / 1000} s from the widgets' paint (without embed.js: from 1.5 s after \`load\`), under the CPU profiler (${PROFILER_INTERVAL_US} µs sampling): the self time of embed.js's own functions (not the widgets' chunks), and Chromium's main-thread task time (CDP \`Performance.getMetrics\` TaskDuration), in ms per second at ${CPU_SLOWDOWN}× CPU slowdown.\n\n${table(
        ['measure', 'with embed.js', 'without embed.js'],
        [
          [
            'DOM elements (when the window starts)',
            ...both(
              (v) => v.elements,
              (n) => (n === null ? '—' : Math.round(n).toLocaleString('en')),
            ),
          ],
          ['ads swapped in the window', ...both((v) => v.ads, ms)],
          [
            `**embed.js self time, ms per second** (budget < ${TARGETS.busyEmbedMsPerS})`,
            busy ? `**${perSecond(busy.embedMsPerS)}** (worst run ${perSecond(busy.worstEmbedMsPerS)})` : '—',
            '—',
          ],
          ["widgets' chunks self time, ms per second", ...both((v) => v.chunksMsPerS, perSecond)],
          ['main-thread task time, ms per second (TaskDuration)', ...both((v) => v.taskMsPerS, perSecond)],
          [
            'first facts painted / first widget ready / both painted (ms)',
            s.busy ? `${ms(s.busy.factsPainted)} / ${ms(s.busy.firstReady)} / ${ms(s.busy.painted)}` : '—',
            '—',
          ],
          ['CLS (worst run)', ...both((_, v) => v.worstCls, cls)],
        ],
        'lrr',
      )}`,
    );
  }

  const targets = [];
  const target = (what, measured, ok) => targets.push([what, measured, ok === null ? 'not measured in this run' : passFail(ok)]);
  const bytesTarget = (id, limit, what) => {
    const v = s[id];
    target(`${what} ≤ ${limit / 1024} KB gz`, v ? `${kb(v.jsBytes)} KB` : '—', v && v.jsBytes !== null ? v.jsBytes <= limit : null);
  };
  bytesTarget('factbox-loader', TARGETS.loaderBytes, 'loader, before any widget nears the viewport');
  bytesTarget('factbox-map', TARGETS.mapBytes, 'map only');
  bytesTarget('factbox-pie', TARGETS.singleBytes, 'pie only');
  bytesTarget('factbox-bars', TARGETS.singleBytes, 'bars only');
  bytesTarget('factbox-all', TARGETS.allBytes, 'all three');
  bytesTarget('factbox-timeline', TARGETS.listBytes, 'events timeline only');
  bytesTarget('factbox-figures', TARGETS.listBytes, 'key figures only');
  const readyPages = ['factbox', 'factbox-pie', 'factbox-bars', 'factbox-map', 'factbox-timeline', 'factbox-figures', 'factbox-all'].filter(
    (id) => s[id]?.firstReady != null,
  );
  if (readyPages.length > 0) {
    const worst = Math.max(...readyPages.map((id) => s[id].firstReady));
    const best = Math.min(...readyPages.map((id) => s[id].firstReady));
    target(
      `first widget ready ≤ ${TARGETS.firstReadyMs / 1000} s (slow 4G, ${CPU_SLOWDOWN}× CPU), every Factbox page`,
      `${ms(best)}–${ms(worst)} ms (medians)`,
      worst <= TARGETS.firstReadyMs,
    );
  } else target('first widget ready ≤ 1.0 s', '—', null);
  // The same two charts, same run: Factbox's first widget against Chart.js's paint (runs are interleaved, run i with run i).
  const chart = s.chartjs;
  if (base?.firstReady != null && chart?.painted != null) {
    const pairs = results.factbox
      .map((r, i) => [r, results.chartjs[i]])
      .filter(([f, c]) => f && c && !f.failed && !c.failed && f.firstReady != null && c.painted != null);
    const wins = pairs.filter(([f, c]) => f.firstReady <= c.painted).length;
    target(
      'pie + bars: first widget ready ≤ plain Chart.js painted, same run',
      `${ms(base.firstReady)} ms vs ${ms(chart.painted)} ms (medians); Factbox first in ${wins} of ${pairs.length} runs`,
      base.firstReady <= chart.painted,
    );
  } else target('pie + bars: first widget ready ≤ plain Chart.js painted, same run', '—', null);
  // Every page with Factbox widgets; the busy page too (its ads are inserted below the fold: the control page shows what they shift).
  const clsPages = Object.entries(s).filter(([id, v]) => (id.startsWith('factbox') || id === 'busy') && v.worstCls !== null);
  if (clsPages.length > 0) {
    const worst = Math.max(...clsPages.map(([, v]) => v.worstCls));
    const shifting = clsPages.filter(([, v]) => v.worstCls > 0).map(([id, v]) => `${id} ${cls(v.worstCls)}`);
    target('CLS 0 on every Factbox page', worst === 0 ? 'worst run: 0' : `worst run per page: ${shifting.join(', ')}`, worst === 0);
  }
  if (many) {
    target(
      '100 widgets: chart code fetched once',
      `at most ${many.maxRequestsPerChunk} request per chunk file`,
      many.maxRequestsPerChunk === 1,
    );
    target('100 widgets: only near widgets built', `${ms(many.readyBefore)} of ${many.widgets} built before scrolling`, many.onlyNearBuilt);
    target(
      '100 widgets: no long task over 50 ms while scrolling',
      `${ms(many.scrollTasks)} long tasks (median), longest ${ms(many.scrollLongest)} ms (worst ${ms(many.scrollWorst)} ms)`,
      many.scrollTasksMin === 0 && many.scrollWorst === 0,
    );
  } else target('100 widgets: no long task over 50 ms while scrolling', '—', null);
  target(
    `busy host page: embed.js < ${TARGETS.busyEmbedMsPerS} ms of main thread per second`,
    busy ? `${perSecond(busy.embedMsPerS)} ms/s (median; worst run ${perSecond(busy.worstEmbedMsPerS)})` : '—',
    busy ? busy.embedMsPerS < TARGETS.busyEmbedMsPerS && busy.worstEmbedMsPerS < TARGETS.busyEmbedMsPerS : null,
  );
  const unmet = targets.filter((t) => t[2] === passFail(false)).map((t) => t[0]);
  const unmeasured = targets.filter((t) => t[2] === 'not measured in this run').map((t) => t[0]);
  const verdict = [
    unmet.length === 0
      ? `All ${targets.length - unmeasured.length} measured targets are met.`
      : `**${unmet.length} of ${targets.length - unmeasured.length} measured targets are not met:** ${unmet.join('; ')}.`,
    unmeasured.length > 0 ? `Not measured in this run: ${unmeasured.join('; ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  sections.push(`### Targets\n\n${table(['target', 'measured', 'result'], targets, 'lll')}\n\n${verdict}`);
  const floors = floorsSection(s, results);
  if (floors) sections.push(floors);

  const problems = Object.entries(s).flatMap(([id, v]) => [
    ...v.failures.map((f) => `- ${id}: a run failed: ${f}`),
    ...v.errors.map((e) => `- ${id}: page reported: ${e}`),
  ]);
  if (problems.length > 0) sections.push(`### Problems seen during the runs\n\n${[...new Set(problems)].join('\n')}`);

  const tables = sections.join('\n\n');
  const versions = table(
    ['library', 'package', 'version', 'how it is bundled'],
    PEERS.map((peer) => [
      peer.name,
      peer.packages.map((p) => `\`${p}\``).join(', '),
      peer.packages.map((p) => env.versions[p] ?? '?').join(', '),
      peer.note,
    ]),
    'llll',
  );
  const markdown = `# Factbox bench results

Measured ${env.date} by \`npm run bench\` (\`node bench/run.mjs\`). Every number below is the
median of ${env.runs} runs of each page, taken in one run of the script, pages interleaved.

| | |
|---|---|
| machine | ${env.machine} |
| machine load | ${env.load} |
| Node.js | ${env.node} |
| browser | ${env.chromium} (headless, puppeteer-core ${env.versions['puppeteer-core'] ?? '?'}) |
| Factbox | @factbox/embed ${env.factboxVersion}, packages/embed/dist as built${env.commit ? ` in the work tree at commit ${env.commit}` : ''} |
| CPU | ${CPU_SLOWDOWN}× slowdown (CDP \`Emulation.setCPUThrottlingRate\`) |
| network | Lighthouse's slow 4G over CDP \`Network.emulateNetworkConditions\`: ${NETWORK.latency} ms latency, ${((NETWORK.downloadThroughput * 8) / 1024 / 1024).toFixed(1)} Mbps down, ${Math.round((NETWORK.uploadThroughput * 8) / 1024)} Kbps up; cache disabled |
| server | 127.0.0.1, HTTP/1.1, gzip level ${GZIP_LEVEL} for HTML and JS |
| viewport | ${env.viewport} |
| bundler (peers) | esbuild ${env.versions.esbuild ?? '?'}: ESM, minified, tree-shaken, \`NODE_ENV=production\`, no license comments (Factbox's own rollup + terser build is used as shipped) |

## Method

Each page is loaded in a fresh browser context (empty cache, no compiled-code cache), one tab at a time and in
front, with the CPU and network throttled as above. Observers installed before the page's own scripts record
long tasks (\`PerformanceObserver\` \`longtask\`), layout shifts without recent input (CLS is the largest session
window) and the \`factbox-ready\` events. **JS gz** (KB = 1024 bytes) is the sum of the gzip-encoded bodies of the JavaScript responses
the page fetched, embed.js included for Factbox pages (counted by the bench's server; Chromium's own \`Network.loadingFinished\` counts, which add the
response headers, are in \`bench/dist/results.json\`). **Chart painted** is \`performance.now()\` (from navigation
start) at the first animation frame after both charts are drawn: for a peer, after its render calls have returned
(\`await\`ed for vega-embed); for Factbox, after both widgets fired \`factbox-ready\` (their \`state\` is \`ready\`).
**First widget ready** is the time of the first \`factbox-ready\` event itself. **First facts painted** is
\`performance.now()\` at the first animation frame in which a reader can see a widget's facts: some widget element
(\`factbox-…\`) or \`[data-factbox]\` placeholder has text in its light DOM with a non-empty rendered box and not
\`visibility: hidden\` (the fallback HTML the snippets put inside the element), or its rendered heading
(\`[part="heading"]\` in its shadow root); checked at every frame by the observer script; "—" for the peers (their
charts hold no text to read) and the empty page. The Factbox pages are made of the snippets users paste:
\`scriptSnippet()\` of packages/embed/dist/snippets.js, with the version and integrity of the embed.js served
(dist/integrity.json), \`preload: true\` for the widgets that start in the first 800 px; the script tag and any
\`<link>\`s once in the head, each element (with its fallback content) in the body. Each run keeps observing for
${SETTLE_MS} ms after the paint. The empty page has no script file; its "painted" time is its first animation
frame, the floor that the network profile sets for every page. The loader-only page has its widgets 8000 px below
the fold and counts what is fetched within ${IDLE_MS / 1000} s of \`load\`. On the 100-widget page (pie, bars and
map in turn) the bench waits until the built widgets stop changing and the network is idle, counts them, then
scrolls to the end in steps of ${SCROLL_STEP} px every ${SCROLL_DELAY_MS} ms, and records the long tasks from the
first step until every widget is ready. The busy host page: see its table below.

Every peer page draws the same data as the Factbox widgets (doughnut: China 90, Rest of world 10; bars:
North Korea–Russia 40, North Korea–China 10), each chart 640×400 CSS px in a box reserved for it, animation off.
The Factbox widgets are larger (a 640×544 box each, with title, legend, source line, quote and data table), and
draw the bound and the derived values as they are in the dataset ("over 90%", hatched remainder).

${versions}

## Results

${tables}
`;
  return { markdown, tables, failedPages };
}

/** ms on the bench's line (1.6 Mbps down) for `bytes` more. */
const lineMs = (bytes) => (bytes * 8 * 1000) / 1.6e6;

/**
 * Where each unmet target's floor is, from this run's own numbers: what every widget page
 * must fetch before a widget's own code, what Chart.js itself weighs, and how much longer
 * the pie's bytes take on the line than plain Chart.js's. Null when the pages it reads
 * were not measured.
 */
function floorsSection(s, results) {
  const files = s.factbox?.ok_runs[0]?.bytesPerFile;
  const chart = s.chartjs;
  if (!files || !s['factbox-pie'] || !chart) return null;
  const size = (pattern) => Object.entries(files).find(([path]) => pattern.test(path))?.[1] ?? 0;
  const loader = size(/\/embed\.js$/);
  const shared = size(/\/factbox-element-[\w-]+\.js$/) + size(/\/canvas-chart-element-[\w-]+\.js$/);
  const core = size(/\/chart-[\w-]{8}\.js$/);
  const pieChart = size(/\/pie-chart-[\w-]+\.js$/);
  const barChart = size(/\/bar-chart-[\w-]+\.js$/);
  const pieOwn = size(/\/trade-share-pie-[\w-]+\.js$/);
  const barsOwn = size(/\/delegation-bars-[\w-]+\.js$/);
  const ownChunk = (id, pattern) => Object.entries(s[id]?.ok_runs[0]?.bytesPerFile ?? {}).find(([path]) => pattern.test(path))?.[1] ?? 0;
  const figuresOwn = ownChunk('factbox-figures', /\/key-figures-[\w-]+\.js$/) + ownChunk('factbox-figures', /\/cards-chart-[\w-]+\.js$/);
  const timelineOwn =
    ownChunk('factbox-timeline', /\/events-timeline-[\w-]+\.js$/) + ownChunk('factbox-timeline', /\/timeline-chart-[\w-]+\.js$/);
  const piePath = s['factbox-pie'].jsBytes;
  const peer = chart.jsBytes;
  const gapMs = s.factbox?.firstReady != null && chart.painted != null ? s.factbox.firstReady - chart.painted : null;
  const lines = [
    '### Floors: why the unmet targets are not met',
    '',
    `- **Size budgets (52 KB for one Chart.js widget, 70 KB for three, 25 KB for the others).** Every widget page fetches the loader (${kb(loader)} KB) and the shared widget code (Lit, the base element, both languages' words, the source line, the canvas base: ${kb(shared)} KB), ${kb(loader + shared)} KB before any widget's own code. A Chart.js widget then needs Chart.js's core, the part the doughnut and the bars share (${kb(core)} KB, registering only the controllers, elements and scales drawn; no plugins), and its own controller (doughnut ${kb(pieChart)} KB, bars and their scales ${kb(barChart)} KB), and its own code and built-in rows with their quotes (pie ${kb(pieOwn)} KB, bars ${kb(barsOwn)} KB). Chart.js alone, tree-shaken for both charts, is ${kb(peer)} KB (the peer page), so 52 KB leaves about ${kb(Math.max(0, 52 * 1024 - (core + pieChart)))} KB for everything Factbox adds to a bare doughnut (title, legend, notes, source line, table, two languages, the loader). The map, the key figures and the timeline draw without Chart.js: their floor is that shared base, a choice of this design (one base for every widget, both languages, the source line and the table), not Chart.js's. The key figures' and the timeline's own chunks are ${kb(figuresOwn)} KB and ${kb(timelineOwn)} KB, their built-in rows with their quotes included (30 figures, 23 events); after the ${kb(loader + shared)} KB every page fetches, 25 KB leaves ${kb(Math.max(0, 25 * 1024 - loader - shared))} KB for a widget's own code and rows, so the 25 KB targets cannot be met with a shared base of this size, even with the rows fetched on demand.`,
    `- **First widget ready ≤ plain Chart.js painted** (pie + bars: ${ms(s.factbox?.firstReady ?? null)} ms against ${ms(chart.painted)} ms, medians${gapMs !== null && gapMs <= 0 ? ': met in this run, but by little, and the race changes side from run to run' : ''}). The snippet's modulepreload links put the pie's chunks on the line with the page, and the loader keeps the bars' own chunks (${kb(barsOwn + barChart)} KB) off it until the pie's have arrived, so the pie is ready about when it is on a page alone (${ms(s['factbox-pie'].firstReady)} ms). What remains is bytes: the pie's code is ${kb(piePath)} KB against ${kb(peer)} KB for both of plain Chart.js's charts, ${Math.round(lineMs(piePath - peer))} ms more on a 1.6 Mbps line, which Factbox's shorter work once the bytes are in (one chart, not two) about makes up.`,
    `- **No long task over 50 ms while scrolling 100 widgets.** Each widget's chart is built in a task of its own; building a Chart.js chart, or laying out a map's labels, takes 25–45 ms at 4× CPU, and a garbage collection or a layout in the same task can take it over 50 ms in some runs (worst run here: ${ms(s['factbox-100'] ? manySummary(results['factbox-100']).scrollWorst : null)} ms).`,
  ];
  return lines.join('\n');
}
