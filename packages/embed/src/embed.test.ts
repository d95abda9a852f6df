/**
 * The embed files in a real headless Chromium, on pages served over HTTP:
 * lazy loading, placeholders present and late, double loading, two versions,
 * any path and origin, and the iframe route with its resizer.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Frame, Page } from 'puppeteer-core';
import { hostIframes, launch, settledHeights, openPage, scripts, serve, sleep, waitForState, type Served } from '../../../scripts/testing/chromium-session.js';

const EMBED = fileURLToPath(new URL('..', import.meta.url));
const REPO = fileURLToPath(new URL('../../..', import.meta.url));
const ARTICLE = '/examples/article/index.html';

let browser: Browser;
let site: Served;

before(async () => {
  site = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

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
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        if (entry.hadRecentInput) continue;
        w.__shift.score += entry.value;
        for (const { node, previousRect, currentRect } of entry.sources) {
          const element = node instanceof Element ? node : node?.parentElement;
          const name = element ? `${element.localName}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${[...element.classList].join('.')}` : ''}` : String(node);
          w.__shift.moved.push(`${name} (${Math.round(previousRect.top)} → ${Math.round(currentRect.top)}, height ${Math.round(previousRect.height)} → ${Math.round(currentRect.height)})`);
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

describe('embed.js on the example article', () => {
  it('fetches no widget or chart code before the reader scrolls, and reserves each widget\'s height', async () => {
    const { page, requests, pageErrors } = await openPage(browser, `${site.origin}${ARTICLE}`, { width: 1000, height: 500 });
    // embed.js has run once it has adopted its stylesheet; then give it time to (wrongly) fetch more.
    await page.waitForFunction(() => document.adoptedStyleSheets.length > 0, { timeout: 10000 });
    await sleep(800);
    const firstWidgetTop = await page.$eval('factbox-trade-share-pie', (e) => e.getBoundingClientRect().top);
    assert.ok(firstWidgetTop > 2 * 500, `the first widget starts ${firstWidgetTop}px down, more than two screens`);
    assert.deepEqual(scripts(requests), ['embed.js']);
    const reserved = await page.$$eval('factbox-trade-share-pie, factbox-delegation-bars, factbox-exercises-map', (elements) =>
      elements.map((e) => [e.localName, e.matches(':defined'), Math.round(e.getBoundingClientRect().height)]));
    assert.deepEqual(reserved, [['factbox-trade-share-pie', false, 544], ['factbox-delegation-bars', false, 544], ['factbox-exercises-map', false, 640]]);
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
    assert.ok(loaded.some((f) => f.startsWith('trade-share-pie-')), loaded.join(' '));
    assert.ok(loaded.some((f) => f.startsWith('pie-chart-')), loaded.join(' '));
    assert.ok(loaded.some((f) => f.startsWith('chart-')), loaded.join(' '));
    assert.ok(!loaded.some((f) => f.startsWith('map-chart-') || f.startsWith('exercises-map-')), `the map, far below, is not loaded: ${loaded.join(' ')}`);
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
      section.innerHTML = '<div data-factbox="delegation-bars" data-lang="ar" data-theme="dark" data-heading="وفود"></div><div data-factbox="no-such-chart"></div>';
      document.querySelector('article')?.prepend(section);
    });
    await page.waitForSelector('#late factbox-delegation-bars');
    assert.deepEqual(await page.$eval('#late factbox-delegation-bars', (e) => [e.getAttribute('lang'), e.getAttribute('theme'), e.getAttribute('heading')]), ['ar', 'dark', 'وفود']);
    await waitForState(page, '#late factbox-delegation-bars', 'ready');
    const notice = await page.$eval('#late [data-factbox="no-such-chart"]', (e) => [e.querySelector('[role="note"]')?.textContent ?? '', e.children.length]);
    assert.match(notice[0] as string, /no widget called "no-such-chart".*trade-share-pie, delegation-bars, exercises-map/);
    assert.ok(warnings.some((w) => w.includes('no-such-chart')));
    // SPA navigation: the article body replaced with new content holding a placeholder.
    await page.evaluate(() => {
      (document.querySelector('article') as HTMLElement).innerHTML = '<h1>Next story</h1><div data-factbox="exercises-map"></div>';
    });
    await waitForState(page, 'article [data-factbox="exercises-map"] factbox-exercises-map', 'ready');
    // A timeline for one paragraph's months: data-from and data-to reach the widget.
    await page.evaluate(() => {
      (document.querySelector('article') as HTMLElement).insertAdjacentHTML('beforeend', '<div data-factbox="events-timeline" data-from="2023-09" data-to="2024-11"></div>');
    });
    await waitForState(page, 'article [data-factbox="events-timeline"] factbox-events-timeline', 'ready');
    assert.deepEqual(await page.$eval('factbox-events-timeline', (e) => [e.getAttribute('from'), e.getAttribute('to'), e.shadowRoot?.querySelectorAll('.lanes > li').length]), ['2023-09', '2024-11', 14]);
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
    assert.ok(chunks.every((url) => url.startsWith(`${site.otherOrigin}/packages/embed/dist/chunks/`)), chunks.join('\n'));
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
    cpSync(join(EMBED, 'dist'), join(copy, 'dist'), { recursive: true });
    const embed = join(copy, 'dist', 'embed.js');
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
    const add = (src: string): Promise<void> => page.evaluate((url: string) => new Promise<void>((resolve) => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = url;
      script.onload = () => resolve();
      document.head.append(script);
    }), src);
    await page.evaluate(() => {
      document.getElementById('content')?.insertAdjacentHTML('beforeend', '<factbox-trade-share-pie></factbox-trade-share-pie><div data-factbox="delegation-bars"></div>');
    });
    await add(`${site.origin}/packages/embed/dist/embed.js`);
    await add(`${site.origin}/packages/embed/dist/embed.js?copy=2`);
    await add(`${otherVersion.origin}/dist/embed.js`);
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

async function frameHeights(page: Page): Promise<number[]> {
  return page.$$eval('iframe.factbox', (frames) => frames.map((f) => Math.round(f.getBoundingClientRect().height)));
}

async function contentHeight(frame: Frame): Promise<number> {
  return frame.evaluate(() => Math.ceil((document.getElementById('factbox-frame') as HTMLElement).getBoundingClientRect().height));
}

describe('the iframe route', () => {
  it('sizes each cross-origin Factbox frame to its content and the article\'s width', async () => {
    const { page, pageErrors } = await openPage(browser, `${site.origin}/packages/embed/src/fixtures/blank.html`);
    await hostIframes(page, `<div style="width: 640px"><iframe class="factbox" src="${site.otherOrigin}/packages/embed/dist/frame.html?widget=trade-share-pie&lang=ar&theme=dark"></iframe><iframe class="factbox" src="${site.otherOrigin}/packages/embed/dist/frame.html?widget=exercises-map"></iframe></div>`, `${site.origin}/packages/embed/dist/resize.js`);
    await page.waitForFunction(() => [...document.querySelectorAll('iframe.factbox')].every((f) => f.getBoundingClientRect().height > 400), { timeout: 15000 });
    const frames = page.frames().filter((f) => f.url().includes('frame.html'));
    assert.equal(frames.length, 2);
    // The frames first render at the iframe's default 300px width (phone layout), then at the article's
    // width: wait until they lay out at that width and their heights follow the content.
    const frameWidths = (): Promise<number[]> => page.$$eval('iframe.factbox', (f) => f.map((x) => Math.round(x.getBoundingClientRect().width)));
    let expected: number[] = [];
    for (let attempt = 0; attempt < 50; attempt++) {
      expected = (await Promise.all(frames.map(contentHeight))).map((h) => h + 4);
      const innerWidths = await Promise.all(frames.map((f) => f.evaluate(() => document.documentElement.clientWidth)));
      const settled = innerWidths.every((w) => w === 640) && JSON.stringify(await frameHeights(page)) === JSON.stringify(expected);
      if (settled) break;
      await sleep(100);
    }
    assert.deepEqual(await frameHeights(page), expected, 'content height plus the iframe\'s 2px default borders');
    assert.deepEqual(expected, [544 + 4, 640 + 4]);
    // 100% of the 640-px column (plus the default borders).
    assert.deepEqual(await frameWidths(), [644, 644]);
    // Each frame gives the host its widget's title, for the iframe's accessible name.
    await page.waitForFunction(() => [...document.querySelectorAll('iframe.factbox')].every((f) => (f as HTMLIFrameElement).title !== ''), { timeout: 15000 });
    assert.deepEqual(await page.$$eval('iframe.factbox', (f) => f.map((x) => x.title)), ['حصص تجارة كوريا الشمالية', 'Military exercises and deployments']);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  it('ignores messages from windows that are not Factbox frames, and from the page itself', async () => {
    const { page } = await openPage(browser, `${site.origin}/packages/embed/src/fixtures/blank.html`);
    await hostIframes(page, `<iframe class="factbox" src="${site.otherOrigin}/packages/embed/dist/frame.html?widget=delegation-bars"></iframe><iframe class="other" src="${site.otherOrigin}/packages/embed/src/fixtures/other-window.html"></iframe>`, `${site.origin}/packages/embed/dist/resize.js`);
    await page.waitForFunction(() => (document.querySelector('iframe.factbox') as HTMLElement).getBoundingClientRect().height > 400, { timeout: 15000 });
    const settled = await settledHeights(page, 'iframe.factbox');
    await page.evaluate(() => window.postMessage({ type: 'factbox:frame-size', version: 1, height: 999 }, '*'));
    await sleep(400);
    assert.deepEqual(await frameHeights(page), settled);
    assert.equal(await page.$eval('iframe.other', (f) => Math.round(f.getBoundingClientRect().height)), 154, 'the other frame keeps the default 150px + borders');
    await page.close();
  });

  it('ignores a look-alike frame.html outside its own folder, and a Factbox frame that navigated to another origin', async () => {
    const { page } = await openPage(browser, `${site.origin}/packages/embed/src/fixtures/blank.html`);
    await hostIframes(page, `<iframe class="factbox" id="real" src="${site.otherOrigin}/packages/embed/dist/frame.html?widget=delegation-bars"></iframe><iframe class="factbox" id="lookalike" src="${site.otherOrigin}/packages/embed/src/fixtures/frame.html?widget=trade-share-pie"></iframe>`, `${site.origin}/packages/embed/dist/resize.js`);
    await page.waitForFunction(() => (document.getElementById('real') as HTMLElement).getBoundingClientRect().height > 400, { timeout: 15000 });
    await sleep(300);
    assert.equal(await page.$eval('#lookalike', (f) => Math.round(f.getBoundingClientRect().height)), 154);
    // The real frame goes elsewhere (another origin) and that page sends size messages: ignored.
    const [before] = await settledHeights(page, '#real');
    const frame = page.frames().find((f) => f.url().includes('/dist/frame.html')) as Frame;
    await frame.evaluate((url: string) => { location.href = url; }, `${site.origin}/packages/embed/src/fixtures/other-window.html`);
    await sleep(600);
    assert.equal(await page.$eval('#real', (f) => Math.round(f.getBoundingClientRect().height)), before);
    await page.close();
  });

  it('keeps a width the host page set in its stylesheet', async () => {
    const { page } = await openPage(browser, `${site.origin}/packages/embed/src/fixtures/blank.html`);
    await page.addStyleTag({ content: '#content { width: 800px } iframe.half { width: 50%; }' });
    await hostIframes(page, `<iframe class="factbox half" src="${site.otherOrigin}/packages/embed/dist/frame.html?widget=trade-share-pie"></iframe>`, `${site.origin}/packages/embed/dist/resize.js`);
    await page.waitForFunction(() => (document.querySelector('iframe.half') as HTMLElement).getBoundingClientRect().height > 400, { timeout: 15000 });
    assert.equal(await page.$eval('iframe.half', (f) => Math.round(f.getBoundingClientRect().width)), 400 + 4);
    await page.close();
  });

  it('takes only widget attributes from the frame URL, never the loader\'s own', async () => {
    const { page, pageErrors } = await openPage(browser, `${site.origin}/packages/embed/dist/frame.html?widget=trade-share-pie&factbox=delegation-bars&factbox-ready=1&lang=ar`);
    await waitForState(page, 'factbox-trade-share-pie', 'ready');
    assert.equal(await page.$('factbox-delegation-bars'), null);
    assert.equal(await page.$eval('factbox-trade-share-pie', (e) => e.getAttribute('lang')), 'ar');
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  it('follows content that shrinks, without a resize loop', async () => {
    const { page } = await openPage(browser, `${site.origin}/packages/embed/src/fixtures/blank.html`);
    await hostIframes(page, `<iframe class="factbox" src="${site.otherOrigin}/packages/embed/dist/frame.html?widget=trade-share-pie"></iframe>`, `${site.origin}/packages/embed/dist/resize.js`);
    await page.waitForFunction(() => (document.querySelector('iframe.factbox') as HTMLElement).getBoundingClientRect().height > 400, { timeout: 15000 });
    const frame = page.frames().find((f) => f.url().includes('frame.html')) as Frame;
    await frame.evaluate(() => (document.querySelector('factbox-trade-share-pie') as HTMLElement).style.setProperty('--factbox-height', '300px'));
    await page.waitForFunction(() => Math.round((document.querySelector('iframe.factbox') as HTMLElement).getBoundingClientRect().height) === 304, { timeout: 5000 });
    const samples: number[] = [];
    for (let i = 0; i < 8; i++) {
      samples.push((await frameHeights(page))[0] ?? 0);
      await sleep(60);
    }
    assert.deepEqual(new Set(samples), new Set([304]), `steady at 300px + borders: ${samples.join(', ')}`);
    await page.close();
  });

  it('shows a notice, not an error, for an unknown widget name', async () => {
    const { page, pageErrors } = await openPage(browser, `${site.origin}/packages/embed/dist/frame.html?widget=%3Cimg%20src%3Dx%3E`);
    const notice = await page.$eval('[role="note"]', (e) => e.textContent ?? '');
    assert.match(notice, /no widget called "<img src=x>"/);
    assert.equal(await page.$('img'), null);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
});

describe('Subresource Integrity', () => {
  it('integrity.json holds the SHA-384 of each entry file, and the README\'s snippets are those of this build', () => {
    const integrity = JSON.parse(readFileSync(join(EMBED, 'dist', 'integrity.json'), 'utf8')) as Record<string, string>;
    for (const file of ['embed.js', 'resize.js', 'frame.js']) {
      const digest = spawnSync('openssl', ['dgst', '-sha384', '-binary', join(EMBED, 'dist', file)]).stdout;
      assert.equal(integrity[file], `sha384-${Buffer.from(digest).toString('base64')}`, file);
    }
    const check = spawnSync(process.execPath, [join(REPO, 'scripts', 'integrity.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
    const frameHtml = readFileSync(join(EMBED, 'dist', 'frame.html'), 'utf8');
    assert.ok(frameHtml.includes(`integrity="${integrity['frame.js']}"`));
  });
});

