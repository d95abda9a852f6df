/**
 * Every page the bench measures, and the peers it compares Factbox with.
 *
 * All pages share one layout: a 640 px column, each chart in a box reserved
 * for it (peers: 640×400; Factbox widgets reserve their own height), the
 * script as a module in <head>. A viewport of 1000×800 CSS px.
 */

export const VIEWPORT = { width: 1000, height: 800, deviceScaleFactor: 1 };

/**
 * The other libraries, each drawing the same two charts (bench/peers/<id>.js).
 * `packages` are the npm packages whose pinned versions RESULTS.md names.
 */
export const PEERS = [
  {
    id: 'chartjs',
    name: 'Chart.js',
    packages: ['chart.js'],
    note: 'tree-shaken: DoughnutController, ArcElement, BarController, BarElement, CategoryScale, LinearScale',
  },
  {
    id: 'echarts',
    name: 'ECharts',
    packages: ['echarts'],
    note: 'tree-shaken: echarts/core + PieChart, BarChart, GridComponent, CanvasRenderer',
  },
  {
    id: 'highcharts',
    name: 'Highcharts',
    packages: ['highcharts'],
    note: 'ES modules master (core includes pie and bar); accessibility module not loaded',
  },
  {
    id: 'plot',
    name: 'Observable Plot',
    packages: ['@observablehq/plot'],
    note: 'barX for the bars; Plot has no pie mark, so the doughnut is a custom render-function mark using d3-shape (a Plot dependency)',
  },
  { id: 'vega', name: 'vega-embed', packages: ['vega-embed', 'vega', 'vega-lite'], note: 'Vega-Lite specs, canvas renderer, actions off' },
];

/**
 * The widgets the pages use, by the short names of this file → their names in
 * the catalogue (the `widget` option of the snippets). Each tag is `factbox-<name>`.
 */
export const WIDGETS = {
  pie: 'trade-share-pie',
  bars: 'delegation-bars',
  map: 'exercises-map',
  timeline: 'events-timeline',
  figures: 'key-figures',
};

/** The element tag of a catalogue name. */
export const tagOf = (name) => `factbox-${name}`;

/** Every widget element. */
export const WIDGET_TAGS = Object.values(WIDGETS).map(tagOf).join(',');
/** Every widget element, and the placeholders: what "first facts painted" watches. */
export const WIDGET_SELECTOR = `${WIDGET_TAGS},[data-factbox]`;

/** The busy host page: elements of article markup, and how often its ad is swapped. */
export const BUSY = { elements: 5000, adEveryMs: 100 };
const BUSY_STYLE = `
  main > script { display: none; }
  .ad { margin: 16px 0; padding: 8px; background: #f3f3f3; }
  .ad-box { height: 120px; }`;

/**
 * kind:
 * - empty: no JavaScript file at all; "painted" is the first animation frame (inline script).
 * - peer: painted when the peer's bundle marks `bench:painted` (render returned + next frame).
 * - factbox: painted at the first frame after `expectReady` widgets fired factbox-ready.
 * - loader: widgets far below the fold; only what is fetched without scrolling is measured.
 * - many: 100 widgets; built without scrolling, then scrolled through in steps.
 * - busy: a long article with an ad swapped every 100 ms, and two widgets; painted like
 *   factbox, then embed.js's main-thread time is profiled for a while.
 * - busy-control: the same page without embed.js (its widgets never load): the host's own cost.
 *
 * Factbox pages list their `widgets` (keys of WIDGETS): their markup is what the
 * snippets of packages/embed/dist/snippets.js give (see factboxMarkup), built
 * by build.mjs from the copy of dist it serves. The first `firstScreen` widgets
 * (the article's first chart, at the top of the page) have their snippets asked for
 * with `preload: true`, as the snippets' documentation tells users to do for the
 * first chart of an article. `around(elements)` places the widgets' elements in the page's body
 * (default: one after the other).
 */
export const PAGES = [
  {
    id: 'empty',
    title: 'Empty page (baseline)',
    kind: 'empty',
    group: 'compare',
    head: '<script>requestAnimationFrame(() => performance.mark("bench:painted"));</script>',
    body: '',
  },
  {
    id: 'factbox',
    title: 'Factbox (pie + bars, embed.js)',
    kind: 'factbox',
    group: 'compare',
    expectReady: 2,
    widgets: ['pie', 'bars'],
    firstScreen: 1,
  },
  ...PEERS.map((peer) => ({
    id: peer.id,
    title: peer.name,
    kind: 'peer',
    group: 'compare',
    peer,
    head: `<script type="module" src="/peers/${peer.id}.js"></script>`,
    body: '<div id="pie" class="chart"></div><div id="bars" class="chart"></div>',
  })),
  {
    id: 'factbox-loader',
    title: 'Factbox loader only (widgets far below the fold)',
    kind: 'loader',
    group: 'factbox',
    widgets: ['pie', 'bars', 'map'],
    around: (elements) => `<div style="height:8000px" aria-hidden="true"></div>\n${elements.join('\n')}`,
  },
  { id: 'factbox-map', title: 'Factbox map only', kind: 'factbox', group: 'factbox', expectReady: 1, widgets: ['map'], firstScreen: 1 },
  { id: 'factbox-pie', title: 'Factbox pie only', kind: 'factbox', group: 'factbox', expectReady: 1, widgets: ['pie'], firstScreen: 1 },
  { id: 'factbox-bars', title: 'Factbox bars only', kind: 'factbox', group: 'factbox', expectReady: 1, widgets: ['bars'], firstScreen: 1 },
  {
    id: 'factbox-timeline',
    title: 'Factbox events timeline only',
    kind: 'factbox',
    group: 'factbox',
    expectReady: 1,
    widgets: ['timeline'],
    firstScreen: 1,
  },
  {
    id: 'factbox-figures',
    title: 'Factbox key figures only',
    kind: 'factbox',
    group: 'factbox',
    expectReady: 1,
    widgets: ['figures'],
    firstScreen: 1,
  },
  {
    id: 'factbox-all',
    title: 'Factbox pie + bars + map',
    kind: 'factbox',
    group: 'factbox',
    expectReady: 3,
    widgets: ['pie', 'bars', 'map'],
    // The map starts below the first screen (16 + 459 + 16 + 391 + 16 px down).
    firstScreen: 1,
  },
  {
    id: 'factbox-100',
    title: 'Factbox, 100 widgets stacked (pie, bars, map, …)',
    kind: 'many',
    group: 'many',
    widgets: Array.from({ length: 100 }, (_, i) => ['pie', 'bars', 'map'][i % 3]),
    firstScreen: 1,
  },
  {
    id: 'busy',
    title: `Busy host page (${BUSY.elements.toLocaleString('en')} elements, an ad swapped every ${BUSY.adEveryMs} ms; pie + bars, embed.js)`,
    kind: 'busy',
    group: 'busy',
    expectReady: 2,
    widgets: ['pie', 'bars'],
    firstScreen: 1,
    around: busyBody,
    style: BUSY_STYLE,
  },
  {
    id: 'busy-control',
    title: 'The same busy host page without embed.js',
    kind: 'busy-control',
    group: 'busy',
    widgets: ['pie', 'bars'],
    firstScreen: 1,
    withoutLoader: true,
    around: busyBody,
    style: BUSY_STYLE,
  },
];

const WORDS = (
  'the ministry said on tuesday that talks would resume after a delegation from the capital arrived with ' +
  'new proposals on trade tariffs border crossings and fuel shipments while analysts warned that figures ' +
  'published by customs offices were incomplete and that the season had been unusually dry in the north'
).split(' ');

/** `count` words of filler, the same for the same seed. */
function words(seed, count) {
  return Array.from({ length: count }, (_, i) => WORDS[(seed * 7 + i * 13) % WORDS.length]).join(' ');
}

/**
 * A long article: blocks of 10 elements (section, heading, a paragraph with a
 * link and a span, a paragraph with an emphasis, a list of two items),
 * `BUSY.elements` elements in all.
 */
function article() {
  const blocks = [];
  for (let i = 0; i < BUSY.elements / 10; i++) {
    blocks.push(
      `<section class="block"><h2>${words(i, 5)}</h2>` +
        `<p>${words(i + 1, 18)} <a href="#b${i}">${words(i + 2, 3)}</a> ${words(i + 3, 14)} <span class="dateline">${words(i + 4, 2)}</span> ${words(i + 5, 10)}.</p>` +
        `<p>${words(i + 6, 22)} <em>${words(i + 7, 4)}</em> ${words(i + 8, 12)}.</p>` +
        `<ul><li>${words(i + 9, 8)}</li><li>${words(i + 10, 6)}</li></ul></section>`,
    );
  }
  return `<div id="article">\n${blocks.join('\n')}\n</div>`;
}

/**
 * The host's ad: every `BUSY.adEveryMs` an ad box (a few elements, no iframe) is
 * added after one of the article's sections, below the widgets and the fold, and
 * the previous one removed. `window.__busyAds` counts the ads shown.
 */
const CHURN = `<script>
(() => {
  const sections = document.querySelectorAll('#article > .block');
  let ad = null;
  window.__busyAds = 0;
  setInterval(() => {
    const n = ++window.__busyAds;
    ad?.remove();
    ad = document.createElement('div');
    ad.className = 'ad';
    ad.innerHTML = '<span class="ad-label">Advertisement</span><div class="ad-box"><strong>Offer ' + n + '</strong><p>Fly direct, from 99 a seat.</p><a href="#ad">Book now</a></div>';
    sections[(n * 37) % sections.length].after(ad);
  }, ${BUSY.adEveryMs});
})();
</script>`;

function busyBody(elements) {
  return `<h1>${words(1, 9)}</h1>\n<p>${words(2, 40)}</p>\n${elements.join('\n')}\n${article()}\n${CHURN}`;
}

/**
 * A snippet of scriptSnippet(), split into what goes in the head (the script
 * tag and anything else before the element: once per page) and the element
 * (with whatever fallback content it holds).
 */
export function splitSnippet(snippet, tag) {
  const at = snippet.indexOf(`<${tag}`);
  if (at < 0) throw new Error(`the snippet holds no <${tag}> element:\n${snippet}`);
  const head = snippet.slice(0, at);
  const parts = head.match(/<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>|<link\b[^>]*>|<meta\b[^>]*>|<!--[\s\S]*?-->/g) ?? [];
  const rest = parts.reduce((left, part) => left.replace(part, ''), head).trim();
  if (rest !== '') throw new Error(`the snippet has more than script, style, link and meta tags before <${tag}>: ${rest}`);
  return { head: parts.map((part) => part.trim()), element: snippet.slice(at).trim() };
}

/**
 * A Factbox page's head and body from the snippets users paste: each widget's
 * scriptSnippet(), its head tags once per page (in the order first seen), its
 * elements in the body.
 *
 * @param {object} page an entry of PAGES with `widgets`
 * @param {(name: string, preload: boolean) => string} snippet → scriptSnippet({ widget: name, preload }, release)
 */
export function factboxMarkup(page, snippet) {
  const head = [];
  const elements = page.widgets.map((short, i) => {
    const name = WIDGETS[short];
    if (!name) throw new Error(`${page.id}: no widget called ${short}`);
    const split = splitSnippet(snippet(name, i < (page.firstScreen ?? 0)), tagOf(name));
    for (const part of split.head) if (!head.includes(part)) head.push(part);
    return split.element;
  });
  const body = page.around ? page.around(elements) : elements.join('\n');
  return { head: page.withoutLoader ? '' : head.join('\n'), body };
}

/**
 * @param {object} page an entry of PAGES
 * @param {(name: string, preload: boolean) => string} [snippet] for Factbox pages: see factboxMarkup
 */
export function pageHtml(page, snippet) {
  if (page.widgets && !snippet) throw new Error(`${page.id}: a Factbox page is built from the snippets (pass snippet)`);
  const { head, body } = page.widgets ? factboxMarkup(page, snippet) : page;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} — Factbox bench</title>
<link rel="icon" href="data:,">
<style>
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #1b1b1b; background: #fff; }
  main { width: 640px; margin: 16px auto; }
  main > * { display: block; margin: 0 0 16px; }
  .chart { width: 640px; height: 400px; position: relative; }${page.style ?? ''}
</style>
${head}
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
