/**
 * Widgets inside other people's pages: a strict Content-Security-Policy with
 * Trusted Types, aggressive global styles, chart code that fails to arrive,
 * and a hostile or sandboxed iframe setup. Each failure stays small,
 * visible and safe.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Frame, HTTPRequest, Page } from 'puppeteer-core';
import { WIDGET_CATALOGUE } from '@factbox/widgets';
import {
  hostIframes,
  waitForFrameSized,
  launch,
  reservedHeightPx,
  settledHeights,
  openPage,
  serve,
  sleep,
  waitForState,
  type Served,
} from '../../../scripts/testing/chromium-session.js';

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

let browser: Browser;
let site: Served;
let strict: Served;

before(async () => {
  site = await serve();
  strict = await serve({
    headers: (path): Record<string, string> => (path.startsWith('/examples/') ? { 'content-security-policy': STRICT_CSP } : {}),
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await strict?.close();
});

async function readyAll(page: Page): Promise<void> {
  for (const selector of ['factbox-trade-share-pie', 'factbox-delegation-bars', 'factbox-exercises-map']) {
    await page.$eval(selector, (e) => e.scrollIntoView({ block: 'center' }));
    await waitForState(page, selector, 'ready');
  }
}

describe('a strict Content-Security-Policy with Trusted Types', () => {
  for (const path of ['/examples/article/index.html', '/examples/article/ar.html']) {
    it(`${path}: every widget works, with no violation and no request to another host`, async () => {
      const page = await browser.newPage();
      await page.evaluateOnNewDocument(() => {
        const w = window as unknown as { __violations: string[] };
        w.__violations = [];
        document.addEventListener('securitypolicyviolation', (event) =>
          w.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
        );
      });
      const requests: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('pageerror', (error) => errors.push(String(error)));
      const response = await page.goto(`${strict.origin}${path}`, { waitUntil: 'load' });
      assert.equal(response?.headers()['content-security-policy'], STRICT_CSP);
      await readyAll(page);
      // Use them: focus an item, open the table, read the source, download the data.
      await page.$eval('factbox-trade-share-pie', async (element) => {
        const root = element.shadowRoot as ShadowRoot;
        (root.querySelector('[part="legend"] button') as HTMLButtonElement).focus();
        (root.querySelector('button.table-toggle') as HTMLButtonElement).click();
        (root.querySelector('summary') as HTMLElement).click();
        (
          [...root.querySelectorAll('button')].find(
            (b) => b.textContent?.trim() === 'Get the data' || b.textContent?.trim() === 'تنزيل البيانات',
          ) as HTMLButtonElement
        ).click();
      });
      await sleep(300);
      assert.deepEqual(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), []);
      assert.deepEqual(errors, []);
      const foreign = requests.filter((url) => !url.startsWith(strict.origin) && !url.startsWith('blob:') && !url.startsWith('data:'));
      assert.deepEqual(foreign, []);
      await page.close();
    });
  }

  it('really is enforced: inline styles and untrusted script text are refused on that page', async () => {
    const { page } = await openPage(browser, `${strict.origin}/examples/article/index.html`);
    const refused = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const seen: string[] = [];
          document.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective));
          try {
            document.createElement('script').textContent = 'window.__ran = true';
          } catch (error) {
            seen.push((error as Error).message.includes('TrustedScript') ? 'trusted-types' : 'other');
          }
          document.body.setAttribute('style', 'outline: 1px solid red');
          setTimeout(() => resolve(seen), 300);
        }),
    );
    assert.deepEqual(refused.sort(), ['require-trusted-types-for', 'style-src-attr', 'trusted-types']);
    await page.close();
  });
});

describe('aggressive global styles on the host page', () => {
  it('* { all: unset }, canvas { display: none }, div { height: 100% } and more do not break the widgets', async () => {
    const { page, pageErrors } = await openPage(browser, `${site.origin}/packages/embed/src/fixtures/hostile-styles.html`, {
      width: 800,
      height: 700,
    });
    await readyAll(page);
    const boxes = await page.$$eval('factbox-trade-share-pie, factbox-delegation-bars, factbox-exercises-map', (elements) =>
      elements.map((element) => {
        const root = element.shadowRoot as ShadowRoot;
        const frame = (root.querySelector('.frame') as HTMLElement).getBoundingClientRect();
        // The place the widget keeps on the page: its box, or its reserved height when that is taller.
        const place = (root.querySelector('.place') as HTMLElement).getBoundingClientRect();
        const drawing = root.querySelector('canvas, .chart svg') as Element;
        return {
          width: Math.round(frame.width),
          height: Math.round(place.height),
          boxHeight: Math.round(frame.height),
          drawing: getComputedStyle(drawing).display,
          drawingHeight: Math.round(drawing.getBoundingClientRect().height),
          heading: getComputedStyle(root.querySelector('[part="heading"]') as Element).fontWeight,
          font: getComputedStyle(root.querySelector('.frame') as Element).fontFamily,
        };
      }),
    );
    for (const box of boxes) {
      assert.equal(box.width, 640);
      assert.ok(
        WIDGET_CATALOGUE.some((entry) => box.height === reservedHeightPx(entry.name, 'wide')),
        JSON.stringify(box),
      );
      assert.ok(box.boxHeight > 250 && box.boxHeight <= box.height, `the box is as tall as its content: ${JSON.stringify(box)}`);
      assert.equal(box.drawing, 'block');
      // Drawn at its own height (one bar is a short chart), not squashed to nothing by the page's rules.
      assert.ok(box.drawingHeight > 50, JSON.stringify(box));
      assert.equal(box.heading, '700');
      assert.match(box.font, /^system-ui/);
    }
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
});

/** Aborts requests whose URL matches, until `allow()` is called. */
async function blockRequests(page: Page, pattern: RegExp): Promise<{ allow: () => void; blocked: string[] }> {
  let blocking = true;
  const blocked: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (blocking && pattern.test(request.url())) {
      blocked.push(request.url());
      void request.abort('failed');
    } else {
      void request.continue();
    }
  });
  return {
    allow: () => {
      blocking = false;
    },
    blocked,
  };
}

describe('chart code that fails to arrive', () => {
  it('leaves the data table readable, says why, and "Try again" draws the chart', async () => {
    const page = await browser.newPage();
    const warnings: string[] = [];
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'warn' && warnings.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    const network = await blockRequests(page, /\/chunks\/pie-chart-/);
    await page.goto(`${site.origin}/examples/article/index.html`, { waitUntil: 'load' });
    await page.$eval('factbox-trade-share-pie', (e) => e.scrollIntoView({ block: 'center' }));
    await waitForState(page, 'factbox-trade-share-pie', 'error');
    assert.ok(network.blocked.length > 0);
    const shown = await page.$eval('factbox-trade-share-pie', (element) => {
      const root = element.shadowRoot as ShadowRoot;
      const table = (root.querySelector('[part="table"]') as HTMLElement).closest('[role="region"]') as HTMLElement;
      return {
        alert: root.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim(),
        tableVisible: !table.classList.contains('visually-hidden') && table.getBoundingClientRect().height > 40,
        rows: root.querySelectorAll('tbody tr.values').length,
      };
    });
    assert.match(shown.alert ?? '', /The chart could not be loaded\. The data is in the table below\. Try again/);
    assert.deepEqual([shown.tableVisible, shown.rows], [true, 2]);
    assert.equal(warnings.filter((w) => w.includes('factbox-trade-share-pie')).length, 1);
    network.allow();
    await page.$eval('factbox-trade-share-pie', (element) =>
      ((element.shadowRoot as ShadowRoot).querySelector('[role="alert"] button') as HTMLButtonElement).click(),
    );
    await waitForState(page, 'factbox-trade-share-pie', 'ready');
    assert.equal(
      await page.$eval(
        'factbox-trade-share-pie',
        (e) => (e.shadowRoot as ShadowRoot).querySelector('canvas')?.getAttribute('height') !== null,
      ),
      true,
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('when the widget code itself fails: a notice with "Try again" where the widget stands', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const network = await blockRequests(page, /\/chunks\/delegation-bars-/);
    await page.goto(`${site.origin}/examples/article/index.html`, { waitUntil: 'load' });
    await page.$eval('factbox-delegation-bars', (e) => e.scrollIntoView({ block: 'center' }));
    await page.waitForSelector('factbox-delegation-bars > [data-factbox-notice]');
    assert.equal(
      await page.$eval('factbox-delegation-bars > [data-factbox-notice]', (n) => `${n.getAttribute('role')}: ${n.textContent}`),
      'alert: This chart could not be loaded. Try again',
    );
    network.allow();
    await page.click('factbox-delegation-bars > [data-factbox-notice] button');
    await waitForState(page, 'factbox-delegation-bars', 'ready');
    assert.equal(await page.$('factbox-delegation-bars > [data-factbox-notice]'), null);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

async function heightOf(page: Page, selector: string): Promise<number> {
  return page.$eval(selector, (f) => Math.round(f.getBoundingClientRect().height));
}

describe('the iframe route under attack', () => {
  it('ignores malformed messages and absurd heights, even from a real Factbox frame', async () => {
    const { page } = await openPage(browser, `${site.origin}/packages/embed/src/fixtures/blank.html`);
    await hostIframes(
      page,
      `<iframe id="f" src="${site.otherOrigin}/packages/embed/dist/frame.html?widget=trade-share-pie"></iframe>`,
      `${site.otherOrigin}/packages/embed/dist/resize.js`,
    );
    await waitForFrameSized(page, '#f');
    const [settled] = await settledHeights(page, '#f');
    const frame = page.frames().find((f) => f.url().includes('frame.html')) as Frame;
    await frame.evaluate(() => {
      const bad: unknown[] = [
        { type: 'factbox:frame-size', version: 1, height: 1e9 },
        { type: 'factbox:frame-size', version: 1, height: -50 },
        { type: 'factbox:frame-size', version: 1, height: Number.NaN },
        { type: 'factbox:frame-size', version: 1, height: '300' },
        { type: 'factbox:frame-size', version: 2, height: 300 },
        { type: 'factbox:frame-size', version: 1, height: 300, title: 'x'.repeat(5000) },
        { type: 'other', height: 300 },
        'factbox:frame-size 300',
        null,
        [300],
      ];
      for (const message of bad) window.parent.postMessage(message, '*');
    });
    await sleep(400);
    assert.equal(await heightOf(page, '#f'), settled);
    await page.close();
  });

  it('works in a frame sandboxed with the documented flags', async () => {
    const { page, pageErrors } = await openPage(browser, `${site.origin}/packages/embed/src/fixtures/blank.html`);
    await hostIframes(
      page,
      `<iframe id="f" sandbox="allow-scripts allow-same-origin allow-popups allow-downloads" src="${site.otherOrigin}/packages/embed/dist/frame.html?widget=exercises-map&lang=ar"></iframe>`,
      `${site.otherOrigin}/packages/embed/dist/resize.js`,
    );
    await waitForFrameSized(page, '#f');
    const frame = page.frames().find((f) => f.url().includes('frame.html')) as Frame;
    await frame.waitForFunction(() => document.querySelector('factbox-exercises-map')?.getAttribute('state') === 'ready', {
      timeout: 15000,
    });
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
});
