/**
 * The facts in the snippets (fallback.ts), as readers see them in a real
 * Chromium: without JavaScript at all; while the widget's code is on its way
 * (in the reserved height); after the widget has taken their place; when the
 * code cannot arrive; and in frame.html when its scripts do not run.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { HTTPRequest, Page } from 'puppeteer-core';
import { reservedHeightPx, waitForState } from '../../../scripts/testing/chromium-session.js';
import { iframeSnippet, placeholderSnippet, scriptSnippet, type Release } from './snippets.js';
import { browser, EMBED, site, useChromium } from './test/chromium.js';

useChromium();

const DIST = '/packages/embed/dist/';
const PAGE = '/fallback-test-page.html';

function release(): Release {
  const integrity = JSON.parse(readFileSync(join(EMBED, 'dist', 'integrity.json'), 'utf8')) as Release['integrity'] & {
    version: string;
    preload: Release['preload'];
  };
  return { version: integrity.version, integrity, preload: integrity.preload, base: `${site.origin}${DIST}` };
}

/**
 * A host page of `body` (with the site's placeholder CSS, examples/wordpress/factbox.css), served at
 * PAGE; every other request goes to the repository, through `hold` when given (return false to let it
 * go on, 'abort' to fail it, or a promise to wait for first).
 */
async function hostPage(
  body: string,
  { javascript = true, hold }: { javascript?: boolean; hold?: (request: HTTPRequest) => false | 'abort' | Promise<void> } = {},
): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 800, height: 900, deviceScaleFactor: 1 });
  await page.setJavaScriptEnabled(javascript);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url() === `${site.origin}${PAGE}`) {
      void request.respond({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<link rel="stylesheet" href="/examples/wordpress/factbox.css"></head><body style="margin:0;font:16px/1.5 serif">${body}</body></html>`,
      });
      return;
    }
    const held = hold?.(request) ?? false;
    if (held === 'abort') void request.abort();
    else if (held === false) void request.continue();
    else void held.then(() => request.continue());
  });
  await page.goto(`${site.origin}${PAGE}`, { waitUntil: 'load' });
  return page;
}

/** The text a reader sees in `selector` (innerText: rendered text only). */
const seen = (page: Page, selector: string): Promise<string> =>
  page.$eval(selector, (element) => (element as HTMLElement).innerText.replace(/\s+/g, ' ').trim());

describe('the facts in the snippets', () => {
  it('without JavaScript, the placeholder, the element and the iframe each show their widget’s title, numbers and source', async () => {
    const body = [
      placeholderSnippet({ widget: 'trade-share-pie' }),
      scriptSnippet({ widget: 'delegation-bars', lang: 'ar' }, release()).replace(/<script[\s\S]*?<\/script>\n/, ''),
      iframeSnippet({ widget: 'exercises-map' }, release()).replace(/\n<script[\s\S]*$/, ''),
    ].join('\n');
    const page = await hostPage(body, { javascript: false });
    try {
      const pie = await seen(page, '[data-factbox="trade-share-pie"]');
      assert.match(
        pie,
        /^Shares of North Korea’s trade North Korea’s total trade volume, by partner: China, over 90%; Rest of the world, under 10% \(derived/,
      );
      assert.match(pie, /Source: FUTURE for Advanced Research and Studies \(publisher inferred\), 20 November 2024\.$/);
      // No script will replace them: the facts take their own height, not the widget's reserve (factbox.css, scripting: none).
      const height = await page.$eval('[data-factbox="trade-share-pie"]', (e) => e.getBoundingClientRect().height);
      assert.ok(height > 80 && height < reservedHeightPx('trade-share-pie', 'wide') - 100, `placeholder ${height}px`);
      const bars = await seen(page, 'factbox-delegation-bars');
      assert.match(bars, /كوريا الشمالية–روسيا، ٤٠؛ كوريا الشمالية–الصين، لا يذكر النص عددًا/);
      assert.equal(await page.$eval('factbox-delegation-bars .factbox-fallback', (e) => getComputedStyle(e).direction), 'rtl');

      const frame = page.frames().find((f) => f.url().includes('frame.html'));
      assert.ok(frame, 'the iframe loaded frame.html');
      await frame.waitForSelector('.factbox-fallback:target', { timeout: 5000 });
      const inFrame = await frame.$eval('body', (e) => (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim());
      assert.match(
        inFrame,
        /^Military exercises and deployments Military exercises and deployments: Ocean 2024 \(China and Russia\): September 2024/,
      );
      // Only this widget's facts, in English, and not the note for frames that name none.
      assert.doesNotMatch(inFrame, /over 90%|المناورات|needs JavaScript/);
    } finally {
      await page.close();
    }
  });

  it('with JavaScript, the facts are painted in the reserved height while the code is on its way; then the widget takes their place', async () => {
    let release_: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (release_ = resolve));
    const page = await hostPage(scriptSnippet({ widget: 'trade-share-pie', lang: 'en' }, release()), {
      hold: (request) => (request.url().includes('/chunks/') ? arrived : false),
    });
    try {
      await page.waitForFunction(() => document.adoptedStyleSheets.length > 0, { timeout: 10000 });
      assert.match(await seen(page, 'factbox-trade-share-pie'), /China, over 90%/);
      const box = await page.$eval('factbox-trade-share-pie', (e) => e.getBoundingClientRect().height);
      assert.equal(Math.round(box), reservedHeightPx('trade-share-pie', 'wide'));
      release_();
      await waitForState(page, 'factbox-trade-share-pie', 'ready');
      // The fallback is still in the element (for crawlers) but neither painted nor in the accessibility tree.
      assert.equal(await page.$eval('factbox-trade-share-pie .factbox-fallback', (e) => e.checkVisibility()), false);
      const tree = JSON.stringify(await page.accessibility.snapshot({ interestingOnly: false }));
      assert.equal((tree.match(/Shares of North Korea’s trade/g) ?? []).length, 0, 'the fallback title is not read out');
      assert.match(tree, /over 90%/, 'the widget itself is');
    } finally {
      await page.close();
    }
  });

  it('the facts hold the widget’s reserved height from the first paint of the HTML, before embed.js or any stylesheet (no shift when it arrives)', async () => {
    // No site stylesheet, and embed.js never arrives: only the snippet's own markup sizes the boxes.
    const body = [placeholderSnippet({ widget: 'trade-share-pie' }), placeholderSnippet({ widget: 'delegation-bars', lang: 'ar' })].join(
      '\n',
    );
    const page = await hostPage(body, { hold: (request) => (request.url().endsWith('factbox.css') ? 'abort' : false) });
    try {
      for (const [width, size] of [
        [800, 'wide'],
        [375, 'narrow'],
      ] as const) {
        await page.setViewport({ width, height: 900 });
        const heights = await page.$$eval('[data-factbox]', (all) => all.map((e) => Math.round(e.getBoundingClientRect().height)));
        assert.deepEqual(
          heights,
          [reservedHeightPx('trade-share-pie', size), reservedHeightPx('delegation-bars', size, 'ar')],
          `${width}px`,
        );
      }
    } finally {
      await page.close();
    }
  });

  it('a placeholder’s facts move into its widget, and stay on screen with a notice when the code cannot arrive', async () => {
    const page = await hostPage(
      placeholderSnippet({ widget: 'delegation-bars' }) + `<script type="module" src="${DIST}embed.js"></script>`,
      {
        hold: (request) => (request.url().includes('/chunks/') ? 'abort' : false),
      },
    );
    try {
      await page.waitForSelector('factbox-delegation-bars > [data-factbox-notice]', { timeout: 10000 });
      const text = await seen(page, '[data-factbox="delegation-bars"]');
      assert.match(
        text,
        /^This chart could not be loaded\. Try again Delegations exchanged with North Korea Delegations exchanged in 2024 alone: North Korea–Russia, 40;/,
      );
      assert.equal(
        await page.$$eval('[data-factbox="delegation-bars"] > factbox-delegation-bars > .factbox-fallback', (all) => all.length),
        1,
      );
    } finally {
      await page.close();
    }
  });

  it('frame.html whose embed.js cannot run shows the facts of the widget its address names', async () => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => void (request.url().endsWith('/embed.js') ? request.abort() : request.continue()));
    try {
      await page.goto(`${site.origin}${DIST}frame.html?widget=events-timeline&lang=ar`, { waitUntil: 'load' });
      await page.waitForSelector('[data-factbox="events-timeline"] .factbox-fallback', { timeout: 5000 });
      const text = await seen(page, 'body');
      assert.match(text, /^كوريا الشمالية وروسيا والصين: خط زمني أحداث مؤرخة \(٢٢\)/);
      assert.doesNotMatch(text, /Shares of North Korea|needs JavaScript/);
    } finally {
      await page.close();
    }
  });
});
