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

const WIDGET = {
  pie: '<factbox-trade-share-pie></factbox-trade-share-pie>',
  bars: '<factbox-delegation-bars></factbox-delegation-bars>',
  map: '<factbox-exercises-map></factbox-exercises-map>',
  timeline: '<factbox-events-timeline></factbox-events-timeline>',
  figures: '<factbox-key-figures></factbox-key-figures>',
};

const EMBED = '<script type="module" src="/embed/embed.js" async></script>';

/**
 * kind:
 * - empty: no JavaScript file at all; "painted" is the first animation frame (inline script).
 * - peer: painted when the peer's bundle marks `bench:painted` (render returned + next frame).
 * - factbox: painted at the first frame after `expectReady` widgets fired factbox-ready.
 * - loader: widgets far below the fold; only what is fetched without scrolling is measured.
 * - many: 100 widgets; built without scrolling, then scrolled through in steps.
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
    head: EMBED,
    body: WIDGET.pie + WIDGET.bars,
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
    head: EMBED,
    body: `<div style="height:8000px" aria-hidden="true"></div>${WIDGET.pie}${WIDGET.bars}${WIDGET.map}`,
  },
  { id: 'factbox-map', title: 'Factbox map only', kind: 'factbox', group: 'factbox', expectReady: 1, head: EMBED, body: WIDGET.map },
  { id: 'factbox-pie', title: 'Factbox pie only', kind: 'factbox', group: 'factbox', expectReady: 1, head: EMBED, body: WIDGET.pie },
  { id: 'factbox-bars', title: 'Factbox bars only', kind: 'factbox', group: 'factbox', expectReady: 1, head: EMBED, body: WIDGET.bars },
  {
    id: 'factbox-timeline',
    title: 'Factbox events timeline only',
    kind: 'factbox',
    group: 'factbox',
    expectReady: 1,
    head: EMBED,
    body: WIDGET.timeline,
  },
  {
    id: 'factbox-figures',
    title: 'Factbox key figures only',
    kind: 'factbox',
    group: 'factbox',
    expectReady: 1,
    head: EMBED,
    body: WIDGET.figures,
  },
  {
    id: 'factbox-all',
    title: 'Factbox pie + bars + map',
    kind: 'factbox',
    group: 'factbox',
    expectReady: 3,
    head: EMBED,
    body: WIDGET.pie + WIDGET.bars + WIDGET.map,
  },
  {
    id: 'factbox-100',
    title: 'Factbox, 100 widgets stacked (pie, bars, map, …)',
    kind: 'many',
    group: 'many',
    widgets: 100,
    head: EMBED,
    body: Array.from({ length: 100 }, (_, i) => [WIDGET.pie, WIDGET.bars, WIDGET.map][i % 3]).join('\n'),
  },
];

export function pageHtml(page) {
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
  .chart { width: 640px; height: 400px; position: relative; }
</style>
${page.head}
</head>
<body>
<main>
${page.body}
</main>
</body>
</html>
`;
}
