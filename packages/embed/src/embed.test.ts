/**
 * embed.js in a real headless Chromium, on pages served over HTTP: lazy
 * loading, placeholders present and late, any path and origin, and two
 * copies or versions on one page. The iframe route is in iframe-route.test.ts.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { widgetEntry } from '@factbox/widgets';
import { reservedHeightPx, openPage, scripts, serve, sleep, waitForState, type Served } from '../../../scripts/testing/chromium-session.js';
import { browser, EMBED, site, useChromium } from './test/chromium.js';

const ARTICLE = '/examples/article/index.html';

useChromium();

interface ShiftRecord {
  score: number;
  /** What moved, for the failure message: "tag#id.class (top → top, height → height)". */
  moved: string[];
}

async function layoutShift(page: Page): Promise<ShiftRecord> {
  return page.evaluate(() => (window as unknown as { __shift: ShiftRecord }).__shift);
}

async function recordLayoutShifts(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __shift: ShiftRecord };
    w.__shift = { score: 0, moved: [] };
    type Shift = PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
    };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        if (entry.hadRecentInput) continue;
        w.__shift.score += entry.value;
        for (const { node, previousRect, currentRect } of entry.sources) {
          const element = node instanceof Element ? node : node?.parentElement;
          const name = element
            ? `${element.localName}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${[...element.classList].join('.')}` : ''}`
            : String(node);
          w.__shift.moved.push(
            `${name} (${Math.round(previousRect.top)} → ${Math.round(currentRect.top)}, height ${Math.round(previousRect.height)} → ${Math.round(currentRect.height)})`,
          );
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

describe('embed.js on the example article', () => {
  it("fetches the code of no widget far below the screen before the reader scrolls, and reserves each widget's height", async () => {
    const { page, requests, pageErrors } = await openPage(browser, `${site.origin}${ARTICLE}`, { width: 1000, height: 500 });
    await recordLayoutShifts(page);
    // embed.js has run once it has adopted its stylesheet; then give it time to (wrongly) fetch more.
    await page.waitForFunction(() => document.adoptedStyleSheets.length > 0, { timeout: 10000 });
    await sleep(800);
    const firstChartTop = await page.$eval('factbox-trade-share-pie', (e) => e.getBoundingClientRect().top);
    assert.ok(firstChartTop > 2 * 500, `the first chart starts ${firstChartTop}px down, more than two screens`);
    // The key figures, just below the first screen, arrive with it: their code and nothing of the charts' (Chart.js, d3).
    const chunkNames = scripts(requests).map((file) => file.replace(/-[\w-]{8}\.js$/, ''));
    assert.equal(chunkNames[0], 'embed.js');
    assert.ok(chunkNames.includes('key-figures'), chunkNames.join(' '));
    const farBelow = [
      'trade-share-pie',
      'delegation-bars',
      'exercises-map',
      'events-timeline',
      'chart',
      'pie-chart',
      'bar-chart',
      'map-chart',
      'timeline-chart',
    ];
    assert.deepEqual(
      chunkNames.filter((name) => farBelow.includes(name)),
      [],
    );
    const reserved = await page.$$eval(
      'factbox-trade-share-pie, factbox-delegation-bars, factbox-exercises-map, factbox-events-timeline',
      (elements) => elements.map((e) => [e.localName, e.matches(':defined'), Math.round(e.getBoundingClientRect().height)]),
    );
    assert.deepEqual(
      reserved,
      (['trade-share-pie', 'delegation-bars', 'exercises-map', 'events-timeline'] as const).map((name) => [
        widgetEntry(name).tag,
        false,
        reservedHeightPx(name, 'wide'),
      ]),
    );
    // The key figures show a selection: the article reserves its height (article.css), and the cards fill it, moving nothing.
    await waitForState(page, 'factbox-key-figures', 'ready');
    const shift = await layoutShift(page);
    assert.equal(shift.score, 0, `layout shifts: ${shift.moved.join('; ')}`);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  it('loads and draws a widget when the reader scrolls to it, leaves the others alone, and moves nothing', async () => {
    const { page, requests, pageErrors } = await openPage(browser, `${site.origin}${ARTICLE}`, { width: 1000, height: 500 });
    await recordLayoutShifts(page);
    const before = await page.$eval('factbox-trade-share-pie', (e) => e.getBoundingClientRect().height);
    await page.$eval('factbox-trade-share-pie', (e) => e.scrollIntoView({ block: 'center' }));
    await waitForState(page, 'factbox-trade-share-pie', 'ready');
    const loaded = scripts(requests);
    assert.ok(
      loaded.some((f) => f.startsWith('trade-share-pie-')),
      loaded.join(' '),
    );
    assert.ok(
      loaded.some((f) => f.startsWith('pie-chart-')),
      loaded.join(' '),
    );
    assert.ok(
      loaded.some((f) => f.startsWith('chart-')),
      loaded.join(' '),
    );
    assert.ok(
      !loaded.some((f) => f.startsWith('map-chart-') || f.startsWith('exercises-map-')),
      `the map, far below, is not loaded: ${loaded.join(' ')}`,
    );
    assert.equal(await page.$eval('factbox-trade-share-pie', (e) => e.getBoundingClientRect().height), before);
    const shift = await layoutShift(page);
    assert.equal(shift.score, 0, `layout shifts: ${shift.moved.join('; ')}`);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  it('upgrades placeholders inserted later (infinite scroll, SPA navigation) and explains unknown names', async () => {
    const { page, warnings, pageErrors } = await openPage(browser, `${site.origin}${ARTICLE}`);
    await page.evaluate(() => {
      const section = document.createElement('section');
      section.id = 'late';
      section.innerHTML =
        '<div data-factbox="delegation-bars" data-lang="ar" data-theme="dark" data-heading="وفود"></div><div data-factbox="no-such-chart"></div>';
      document.querySelector('article')?.prepend(section);
    });
    await page.waitForSelector('#late factbox-delegation-bars');
    assert.deepEqual(
      await page.$eval('#late factbox-delegation-bars', (e) => [
        e.getAttribute('lang'),
        e.getAttribute('theme'),
        e.getAttribute('heading'),
      ]),
      ['ar', 'dark', 'وفود'],
    );
    await waitForState(page, '#late factbox-delegation-bars', 'ready');
    const notice = await page.$eval('#late [data-factbox="no-such-chart"]', (e) => [
      e.querySelector('[role="note"]')?.textContent ?? '',
      e.children.length,
    ]);
    assert.match(notice[0] as string, /no widget called "no-such-chart".*trade-share-pie, delegation-bars, exercises-map/);
    assert.ok(warnings.some((w) => w.includes('no-such-chart')));
    // SPA navigation: the article body replaced with new content holding a placeholder.
    await page.evaluate(() => {
      (document.querySelector('article') as HTMLElement).innerHTML = '<h1>Next story</h1><div data-factbox="exercises-map"></div>';
    });
    await waitForState(page, 'article [data-factbox="exercises-map"] factbox-exercises-map', 'ready');
    // A timeline for one paragraph's months: data-from and data-to reach the widget.
    await page.evaluate(() => {
      (document.querySelector('article') as HTMLElement).insertAdjacentHTML(
        'beforeend',
        '<div data-factbox="events-timeline" data-from="2023-09" data-to="2024-11"></div>',
      );
    });
    await waitForState(page, 'article [data-factbox="events-timeline"] factbox-events-timeline', 'ready');
    assert.deepEqual(
      await page.$eval('factbox-events-timeline', (e) => [
        e.getAttribute('from'),
        e.getAttribute('to'),
        e.shadowRoot?.querySelectorAll('.lanes > li').length,
      ]),
      ['2023-09', '2024-11', 14],
    );
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  it('works with the script at the end of body, after the widgets it upgrades', async () => {
    const { page, pageErrors } = await openPage(browser, `${site.origin}/packages/embed/src/fixtures/script-at-end.html`);
    await waitForState(page, 'factbox-delegation-bars', 'ready');
    await waitForState(page, '[data-factbox] factbox-trade-share-pie', 'ready');
    assert.equal(await page.$eval('[data-factbox] factbox-trade-share-pie', (e) => e.getAttribute('lang')), 'ar');
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
});

describe('embed.js from another origin and another path', () => {
  it('loads its chunks relative to its own URL, like a CDN', async () => {
    const { page, requests, pageErrors } = await openPage(browser, `${site.origin}/packages/embed/src/fixtures/blank.html`);
    await page.evaluate((src) => {
      document.getElementById('content')?.insertAdjacentHTML('beforeend', '<factbox-trade-share-pie></factbox-trade-share-pie>');
      const script = document.createElement('script');
      script.type = 'module';
      script.src = src;
      document.head.append(script);
    }, `${site.otherOrigin}/packages/embed/dist/embed.js`);
    await waitForState(page, 'factbox-trade-share-pie', 'ready');
    const chunks = requests.filter((url) => url.includes('/chunks/'));
    assert.ok(chunks.length > 0);
    assert.ok(
      chunks.every((url) => url.startsWith(`${site.otherOrigin}/packages/embed/dist/chunks/`)),
      chunks.join('\n'),
    );
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
});

describe('embed.js loaded twice', () => {
  let otherVersion: Served;
  let copy: string;
  let version: string;

  before(async () => {
    // Another version of the package, on another origin: the same files with another version number.
    copy = mkdtempSync(join(tmpdir(), 'factbox-other-version-'));
    cpSync(join(EMBED, 'dist'), join(copy, 'packages', 'embed', 'dist'), { recursive: true });
    const embed = join(copy, 'packages', 'embed', 'dist', 'embed.js');
    version = (JSON.parse(readFileSync(join(EMBED, 'package.json'), 'utf8')) as { version: string }).version;
    const code = readFileSync(embed, 'utf8');
    assert.ok(code.includes(`"${version}"`), 'the built loader carries its version');
    writeFileSync(embed, code.replace(`"${version}"`, '"9.9.9-other"'));
    otherVersion = await serve({ root: copy });
  });

  after(async () => {
    await otherVersion?.close();
    rmSync(copy, { recursive: true, force: true });
  });

  it('never throws: the same file twice is silent, another version warns once naming both, widgets work', async () => {
    const { page, warnings, pageErrors } = await openPage(browser, `${site.origin}/packages/embed/src/fixtures/blank.html`);
    // Added scripts run in whichever order they arrive; add them in turn so that this version is first.
    const add = (src: string): Promise<void> =>
      page.evaluate(
        (url: string) =>
          new Promise<void>((resolve) => {
            const script = document.createElement('script');
            script.type = 'module';
            script.src = url;
            script.onload = () => resolve();
            document.head.append(script);
          }),
        src,
      );
    await page.evaluate(() => {
      document
        .getElementById('content')
        ?.insertAdjacentHTML('beforeend', '<factbox-trade-share-pie></factbox-trade-share-pie><div data-factbox="delegation-bars"></div>');
    });
    await add(`${site.origin}/packages/embed/dist/embed.js`);
    await add(`${site.origin}/packages/embed/dist/embed.js?copy=2`);
    await add(`${otherVersion.origin}/packages/embed/dist/embed.js`);
    await waitForState(page, 'factbox-trade-share-pie', 'ready');
    await waitForState(page, '[data-factbox] factbox-delegation-bars', 'ready');
    await sleep(300);
    assert.deepEqual(pageErrors, []);
    const clashes = warnings.filter((w) => w.includes('@factbox/embed'));
    assert.equal(clashes.length, 1, warnings.join('\n'));
    assert.ok(clashes[0]?.includes(version), clashes[0]);
    assert.match(clashes[0] ?? '', /9\.9\.9-other/);
    assert.equal(await page.$$eval('factbox-delegation-bars', (e) => e.length), 1, 'the placeholder is upgraded once');
    await page.close();
  });
});

/** The blank page with a pie and bars on its first screen, then embed.js. */
async function pieAndBars(page: Page): Promise<void> {
  await page.goto(`${site.origin}/packages/embed/src/fixtures/blank.html`, { waitUntil: 'load' });
  await page.evaluate((src: string) => {
    (document.getElementById('content') as HTMLElement).innerHTML =
      '<factbox-trade-share-pie></factbox-trade-share-pie><factbox-delegation-bars></factbox-delegation-bars>';
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    document.head.append(script);
  }, `${site.origin}/packages/embed/dist/embed.js`);
}

describe('embed.js with several widgets near the viewport', () => {
  it('fetches the first widget’s code first, and the next widget’s own chunks only once the first’s have arrived', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 1400, deviceScaleFactor: 1 });
    const events: string[] = [];
    const chunk = (url: string): string | null => /\/chunks\/([a-z-]+)-[\w-]{8}\.js$/.exec(url)?.[1] ?? null;
    page.on('request', (request) => {
      const name = chunk(request.url());
      if (name) events.push(`request ${name}`);
    });
    page.on('requestfinished', (request) => {
      const name = chunk(request.url());
      if (name) events.push(`arrived ${name}`);
    });
    // A slow line: each chunk takes a while, so that fetching everything at once would share it.
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (chunk(request.url())) setTimeout(() => void request.continue(), 150);
      else void request.continue();
    });
    await pieAndBars(page);
    await waitForState(page, 'factbox-delegation-bars', 'ready');
    await waitForState(page, 'factbox-trade-share-pie', 'ready');
    // The bars' own chunks (its element, its chart) are asked for after every chunk of the pie has arrived.
    const firstBars = events.findIndex((event) => /^request (delegation-bars|bar-chart)$/.test(event));
    const pieArrivals = ['trade-share-pie', 'factbox-element', 'pie-chart', 'chart'].map((name) => events.indexOf(`arrived ${name}`));
    assert.ok(firstBars > 0 && pieArrivals.every((index) => index !== -1 && index < firstBars), events.join('\n'));
    // And nothing is fetched twice.
    const requested = events.filter((event) => event.startsWith('request '));
    assert.equal(new Set(requested).size, requested.length, requested.join(' '));
    await page.close();
  });

  it('does not hold a widget back for ever when the one before it never gets its code (a stalled connection)', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 1400, deviceScaleFactor: 1 });
    await page.setRequestInterception(true);
    // The pie's own chunk never answers; everything else does.
    page.on('request', (request) => {
      if (!/\/chunks\/trade-share-pie-[\w-]{8}\.js$/.test(request.url())) void request.continue();
    });
    await pieAndBars(page);
    await waitForState(page, 'factbox-delegation-bars', 'ready', 10000);
    assert.equal(await page.$eval('factbox-trade-share-pie', (e) => e.matches(':defined')), false);
    await page.close();
  });
});
