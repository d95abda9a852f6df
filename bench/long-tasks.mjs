/**
 * `npm run bench:tasks`: the heaviest input a widget accepts must not freeze
 * the host page. For every widget of the catalogue it builds the worst rows
 * that still pass validation — as many rows as the widget takes, every text
 * field at its schema's `maxLength` — gives them to the widget through
 * `data`, waits until it is drawn, then hovers over and tabs through its
 * items, and records every long task (PerformanceObserver "longtask") in an
 * unthrottled headless Chromium. Budget: no task over 200 ms (issue
 * "Hardening"); the script exits with 1 when one is.
 *
 * A benchmark, not a test: times depend on the machine, so `npm test` does not
 * run it. `npm run build` first (the npm script does).
 */
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../scripts/browser.mjs';
import { createStaticServer } from '../scripts/serve.mjs';

const BUDGET_MS = 200;
const catalogue = (await import('../packages/widgets/dist/catalogue.js')).WIDGET_CATALOGUE;
const datasets = await import('../packages/datasets/dist/index.js');

/** Most rows each resource's widget accepts: its `maxRows` (the bench fails with the widget's error when one is over). */
const MAX_ROWS = { 'trade-share': 12, delegations: 50, exercises: 200, figures: 100, events: 200 };

const SCHEMAS = {
  'trade-share': datasets.tradeShareSchema,
  delegations: datasets.delegationsSchema,
  exercises: datasets.exercisesSchema,
  figures: datasets.figuresSchema,
  events: datasets.eventsSchema,
};
const ROWS = {
  'trade-share': datasets.tradeShare,
  delegations: datasets.delegations,
  exercises: datasets.exercises,
  figures: datasets.figures,
  events: datasets.events,
};

/** Text of exactly `length` characters, in words (so that layout wraps it as it would real text). */
function filler(length, seed) {
  const words = ['Ocean', 'exercise', 'North', 'Korea', 'Russia', 'China', 'الصين', 'روسيا', 'delegations', 'interaction'];
  let text = '';
  for (let i = seed; text.length < length; i++) text += `${words[i % words.length]} `;
  return text.slice(0, length).trimEnd().padEnd(length, 'x');
}

/** The heaviest valid rows for a resource: the built-in ones repeated to the limit, every free text at its longest. */
function heaviestRows(resource) {
  const schema = SCHEMAS[resource];
  const base = ROWS[resource];
  const count = MAX_ROWS[resource];
  return Array.from({ length: count }, (_, i) => {
    const row = { ...base[i % base.length], id: `row-${i}` };
    for (const field of schema.fields) {
      const { maxLength, pattern, enum: values } = field.constraints ?? {};
      if (field.type !== 'string' || !maxLength || pattern || values || field.name === 'id' || field.name === 'source_id') continue;
      if (row[field.name] === null || row[field.name] === undefined) continue;
      row[field.name] = filler(maxLength, i);
    }
    if (resource === 'trade-share')
      Object.assign(row, {
        share_percent: 8,
        qualifier: 'exact',
        derived: false,
        derivation: null,
        economy: 'North Korea',
        flow: 'total trade volume',
      });
    if (resource === 'exercises' && row.longitude !== null)
      Object.assign(row, { longitude: 100 + ((i * 7) % 60), latitude: 16 + ((i * 5) % 42) });
    if (resource === 'figures') Object.assign(row, { compare_with: null, relation: null });
    return row;
  });
}

const server = createStaticServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs(), headless: true });
const results = [];
try {
  for (const entry of catalogue) {
    const rows = heaviestRows(entry.resource);
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/packages/embed/src/fixtures/blank.html`, { waitUntil: 'load' });
    await page.evaluate(() => {
      window.__tasks = [];
      new PerformanceObserver((list) => window.__tasks.push(...list.getEntries().map((e) => Math.round(e.duration)))).observe({
        type: 'longtask',
      });
    });
    const state = await page.evaluate(
      async (tag, rows) => {
        await import('/packages/embed/dist/embed.js');
        document.body.replaceChildren();
        const widget = document.createElement(tag);
        widget.id = 'w';
        document.body.append(widget);
        widget.data = rows;
        const start = performance.now();
        while (!['ready', 'error'].includes(widget.getAttribute('state') ?? '') && performance.now() - start < 30000)
          await new Promise((r) => setTimeout(r, 50));
        return widget.getAttribute('state');
      },
      entry.tag,
      rows,
    );
    if (state === 'error')
      errors.push(
        await page.$eval('#w', (w) => (w.shadowRoot.querySelector('[part~="error"]')?.textContent ?? '').replace(/\s+/g, ' ').trim()),
      );
    const rendering = await page.evaluate(() => window.__tasks.splice(0));
    // Hover over the first items, then tab through the first ones: what a reader does.
    const targets = await page.$eval('#w', (w) =>
      [...w.shadowRoot.querySelectorAll('.item, .area')].slice(0, 8).map((e) => {
        const box = e.getBoundingClientRect();
        return [box.x + box.width / 2, box.y + box.height / 2];
      }),
    );
    for (const [x, y] of targets) {
      await page.mouse.move(x, y);
      await new Promise((r) => setTimeout(r, 60));
    }
    for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
    await new Promise((r) => setTimeout(r, 300));
    const interacting = await page.evaluate(() => window.__tasks.splice(0));
    const longest = Math.max(0, ...rendering, ...interacting);
    results.push({ widget: entry.name, rows: rows.length, state, rendering, interacting, longest, errors });
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

console.log(`Long tasks with the heaviest valid input (budget: none over ${BUDGET_MS} ms)\n`);
console.log('| widget | rows | state | tasks drawing (ms) | tasks hovering and tabbing (ms) | longest |');
console.log('|---|---:|---|---|---|---:|');
for (const r of results) {
  console.log(
    `| ${r.widget} | ${r.rows} | ${r.state} | ${r.rendering.join(', ') || 'none over 50'} | ${r.interacting.join(', ') || 'none over 50'} | ${r.longest} ms |`,
  );
}
const failed = results.filter((r) => r.longest > BUDGET_MS || r.state !== 'ready' || r.errors.length > 0);
for (const r of failed)
  console.log(
    `\n✗ ${r.widget}: longest task ${r.longest} ms, state ${r.state}${r.errors.length ? `, errors: ${r.errors.join('; ')}` : ''}`,
  );
console.log(failed.length === 0 ? `\n✓ no task over ${BUDGET_MS} ms` : '');
process.exit(failed.length === 0 ? 0 : 1);
