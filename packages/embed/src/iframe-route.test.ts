/**
 * The iframe route in a real headless Chromium: frame.html and
 * frame-locked.html on another origin, and resize.js on the host page sizing
 * them, trusting only real Factbox frames.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Frame, Page } from 'puppeteer-core';
import {
  hostIframes,
  waitForFrameSized,
  reservedHeightPx,
  settledHeights,
  openPage,
  serve,
  sleep,
  waitForState,
} from '../../../scripts/testing/chromium-session.js';
import { browser, EMBED, site, useChromium } from './test/chromium.js';

useChromium();

async function frameHeights(page: Page): Promise<number[]> {
  return page.$$eval('iframe.factbox', (frames) => frames.map((f) => Math.round(f.getBoundingClientRect().height)));
}

async function contentHeight(frame: Frame): Promise<number> {
  return frame.evaluate(() => Math.ceil((document.getElementById('factbox-frame') as HTMLElement).getBoundingClientRect().height));
}

describe('the iframe route', () => {
  it("sizes each cross-origin Factbox frame to its content and the article's width", async () => {
    const { page, pageErrors } = await openPage(browser, `${site.origin}/packages/embed/src/fixtures/blank.html`);
    await hostIframes(
      page,
      `<div style="width: 640px"><iframe class="factbox" src="${site.otherOrigin}/packages/embed/dist/frame.html?widget=trade-share-pie&lang=ar&theme=dark"></iframe><iframe class="factbox" src="${site.otherOrigin}/packages/embed/dist/frame.html?widget=exercises-map"></iframe></div>`,
      `${site.otherOrigin}/packages/embed/dist/resize.js`,
    );
    await waitForFrameSized(page, 'iframe.factbox');
    const frames = page.frames().filter((f) => f.url().includes('frame.html'));
    assert.equal(frames.length, 2);
    // The frames first render at the iframe's default 300px width (phone layout), then at the article's
    // width: wait until they lay out at that width and their heights follow the content.
    const frameWidths = (): Promise<number[]> =>
      page.$$eval('iframe.factbox', (f) => f.map((x) => Math.round(x.getBoundingClientRect().width)));
    let expected: number[] = [];
    for (let attempt = 0; attempt < 50; attempt++) {
      expected = (await Promise.all(frames.map(contentHeight))).map((h) => h + 4);
      const innerWidths = await Promise.all(frames.map((f) => f.evaluate(() => document.documentElement.clientWidth)));
      const settled = innerWidths.every((w) => w === 640) && JSON.stringify(await frameHeights(page)) === JSON.stringify(expected);
      if (settled) break;
      await sleep(100);
    }
    assert.deepEqual(await frameHeights(page), expected, "content height plus the iframe's 2px default borders");
    // At least the height the catalogue reserves (a widget grows with its content).
    assert.ok(expected[0] !== undefined && expected[0] >= reservedHeightPx('trade-share-pie', 'wide', 'ar') + 4, `${expected[0]}`);
    assert.ok(expected[1] !== undefined && expected[1] >= reservedHeightPx('exercises-map', 'wide') + 4, `${expected[1]}`);
    // 100% of the 640-px column (plus the default borders).
    assert.deepEqual(await frameWidths(), [644, 644]);
    // Each frame gives the host its widget's title, for the iframe's accessible name.
    await page.waitForFunction(() => [...document.querySelectorAll('iframe.factbox')].every((f) => (f as HTMLIFrameElement).title !== ''), {
      timeout: 15000,
    });
    const headings = await Promise.all(
      frames.map((f) =>
        f.evaluate(
          () => document.querySelector('[data-factbox] > *')?.shadowRoot?.querySelector('[part="heading"]')?.textContent?.trim() ?? '',
        ),
      ),
    );
    assert.ok(
      headings.every((heading) => heading !== ''),
      JSON.stringify(headings),
    );
    assert.deepEqual(await page.$$eval('iframe.factbox', (f) => f.map((x) => x.title)), headings);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  it('ignores messages from windows that are not Factbox frames, and from the page itself', async () => {
    const { page } = await openPage(browser, `${site.origin}/packages/embed/src/fixtures/blank.html`);
    await hostIframes(
      page,
      `<iframe class="factbox" src="${site.otherOrigin}/packages/embed/dist/frame.html?widget=delegation-bars"></iframe><iframe class="other" src="${site.otherOrigin}/packages/embed/src/fixtures/other-window.html"></iframe>`,
      `${site.otherOrigin}/packages/embed/dist/resize.js`,
    );
    await waitForFrameSized(page, 'iframe.factbox');
    const settled = await settledHeights(page, 'iframe.factbox');
    await page.evaluate(() => window.postMessage({ type: 'factbox:frame-size', version: 1, height: 999 }, '*'));
    await sleep(400);
    assert.deepEqual(await frameHeights(page), settled);
    assert.equal(
      await page.$eval('iframe.other', (f) => Math.round(f.getBoundingClientRect().height)),
      154,
      'the other frame keeps the default 150px + borders',
    );
    await page.close();
  });

  it('ignores a look-alike frame.html outside its own folder, and a Factbox frame that navigated to another origin', async () => {
    const { page } = await openPage(browser, `${site.origin}/packages/embed/src/fixtures/blank.html`);
    await hostIframes(
      page,
      `<iframe class="factbox" id="real" src="${site.otherOrigin}/packages/embed/dist/frame.html?widget=delegation-bars"></iframe><iframe class="factbox" id="lookalike" src="${site.otherOrigin}/packages/embed/src/fixtures/frame.html?widget=trade-share-pie"></iframe>`,
      `${site.otherOrigin}/packages/embed/dist/resize.js`,
    );
    await waitForFrameSized(page, '#real');
    await sleep(300);
    assert.equal(await page.$eval('#lookalike', (f) => Math.round(f.getBoundingClientRect().height)), 154);
    // The real frame goes elsewhere (another origin) and that page sends size messages: ignored.
    const [before] = await settledHeights(page, '#real');
    const frame = page.frames().find((f) => f.url().includes('/dist/frame.html')) as Frame;
    await frame.evaluate((url: string) => {
      location.href = url;
    }, `${site.origin}/packages/embed/src/fixtures/other-window.html`);
    await sleep(600);
    assert.equal(await page.$eval('#real', (f) => Math.round(f.getBoundingClientRect().height)), before);
    await page.close();
  });

  it('ignores a look-alike at a published-looking path (…/@factbox/embed@X/dist/frame.html) on another origin', async () => {
    // Anyone can publish a page at such a path (a package of their own on the same CDN, or any server).
    const root = mkdtempSync(join(tmpdir(), 'factbox-lookalike-'));
    const folder = join(root, '@factbox', 'embed@6.6.6', 'dist');
    cpSync(join(EMBED, 'src', 'fixtures', 'frame.html'), join(folder, 'frame.html'));
    cpSync(join(EMBED, 'src', 'fixtures', 'other-window.js'), join(folder, 'other-window.js'));
    const evil = await serve({ root });
    try {
      const { page } = await openPage(browser, `${site.origin}/packages/embed/src/fixtures/blank.html`);
      await hostIframes(
        page,
        `<iframe id="lookalike" src="${evil.otherOrigin}/@factbox/embed@6.6.6/dist/frame.html?widget=trade-share-pie"></iframe>`,
        `${site.otherOrigin}/packages/embed/dist/resize.js`,
      );
      await page.waitForFunction(() => (document.getElementById('lookalike') as HTMLIFrameElement).contentWindow !== null);
      await sleep(800);
      assert.deepEqual(
        await page.$eval('#lookalike', (f) => [Math.round(f.getBoundingClientRect().height), (f as HTMLIFrameElement).title]),
        [154, ''],
      );
      await page.close();
    } finally {
      await evil.close();
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('ignores a real Factbox frame once it has navigated to another page of its own origin', async () => {
    const { page } = await openPage(browser, `${site.origin}/packages/embed/src/fixtures/blank.html`);
    await hostIframes(
      page,
      `<iframe id="real" src="${site.otherOrigin}/packages/embed/dist/frame.html?widget=delegation-bars"></iframe>`,
      `${site.otherOrigin}/packages/embed/dist/resize.js`,
    );
    await waitForFrameSized(page, '#real');
    const [before] = await settledHeights(page, '#real');
    // On a public CDN, every package shares this origin: the frame's new page may be anyone's.
    const frame = page.frames().find((f) => f.url().includes('/dist/frame.html')) as Frame;
    await frame.evaluate((url: string) => {
      location.href = url;
    }, `${site.otherOrigin}/packages/embed/src/fixtures/other-window.html`);
    await sleep(800);
    assert.equal(await page.$eval('#real', (f) => Math.round(f.getBoundingClientRect().height)), before);
    assert.notEqual(await page.$eval('#real', (f) => (f as HTMLIFrameElement).title), 'spoofed');
    // Its first message sent the frame back to its Factbox address, with a new token.
    const frames = page.frames().filter((f) => f !== page.mainFrame());
    assert.deepEqual(
      frames.map((f) => f.url().replace(/#factbox-token=[0-9a-f]{32}$/, '#token')),
      [`${site.otherOrigin}/packages/embed/dist/frame.html?widget=delegation-bars#token`],
    );
    await page.close();
  });

  it('obeys frames of another folder or host only when the script lists it in data-factbox-frames', async () => {
    const { page } = await openPage(browser, `${site.origin}/packages/embed/src/fixtures/blank.html`);
    const host = (frames: string): Promise<void> =>
      page.evaluate(
        (html: string, src: string, listed: string) => {
          (document.getElementById('content') as HTMLElement).innerHTML = html;
          const script = document.createElement('script');
          script.src = src;
          if (listed) script.setAttribute('data-factbox-frames', listed);
          document.head.append(script);
        },
        `<iframe id="listed" src="${site.otherOrigin}/packages/embed/dist/frame.html?widget=trade-share-pie"></iframe>`,
        `${site.origin}/packages/embed/dist/resize.js`,
        frames,
      );
    // resize.js from this page's origin; the frames from the other one: not its own folder.
    await host('');
    await page.waitForFunction(() => (document.getElementById('listed') as HTMLIFrameElement).contentWindow !== null);
    await sleep(1500);
    assert.equal(await page.$eval('#listed', (f) => Math.round(f.getBoundingClientRect().height)), 154);
    await page.reload({ waitUntil: 'load' });
    await host(`https://cdn.example/other/ ${site.otherOrigin}/packages/embed/dist/`);
    await waitForFrameSized(page, '#listed');
    await page.close();
  });

  it('keeps a frame between 100 and 5,000 px tall, whatever its content says', async () => {
    const { page } = await openPage(browser, `${site.origin}/packages/embed/src/fixtures/blank.html`);
    await hostIframes(
      page,
      `<iframe class="factbox" src="${site.otherOrigin}/packages/embed/dist/frame.html?widget=trade-share-pie"></iframe>`,
      `${site.otherOrigin}/packages/embed/dist/resize.js`,
    );
    await waitForFrameSized(page, 'iframe.factbox');
    const frame = page.frames().find((f) => f.url().includes('frame.html')) as Frame;
    // The frame's content box (what frame.js measures), whatever the widget inside does.
    const resizeContent = (height: string): Promise<void> =>
      frame.evaluate((value: string) => {
        (document.getElementById('factbox-frame') as HTMLElement).style.height = value;
      }, height);
    await resizeContent('9000px');
    await page.waitForFunction(() => (document.querySelector('iframe.factbox') as HTMLElement).getBoundingClientRect().height > 1000, {
      timeout: 5000,
    });
    assert.deepEqual(await settledHeights(page, 'iframe.factbox'), [5000 + 4]);
    await resizeContent('20px');
    await page.waitForFunction(() => (document.querySelector('iframe.factbox') as HTMLElement).getBoundingClientRect().height < 1000, {
      timeout: 5000,
    });
    assert.deepEqual(await settledHeights(page, 'iframe.factbox'), [100 + 4]);
    await page.close();
  });

  it('sizes a frame that drew and said its size before resize.js arrived (async, or added late by a tag manager)', async () => {
    const { page } = await openPage(browser, `${site.origin}/packages/embed/src/fixtures/blank.html`);
    await page.evaluate((src: string) => {
      (document.getElementById('content') as HTMLElement).innerHTML = `<iframe class="factbox" src="${src}"></iframe>`;
    }, `${site.otherOrigin}/packages/embed/dist/frame.html?widget=delegation-bars`);
    const frame = await (await page.waitForSelector('iframe.factbox'))?.contentFrame();
    assert.ok(frame);
    await frame.waitForFunction(() => document.title !== '' && document.title !== 'Factbox', { timeout: 15000 });
    await sleep(300);
    assert.equal(await page.$eval('iframe.factbox', (f) => Math.round(f.getBoundingClientRect().height)), 154, 'no resize.js yet');
    await page.evaluate((src: string) => {
      const script = document.createElement('script');
      script.src = src;
      document.head.append(script);
    }, `${site.otherOrigin}/packages/embed/dist/resize.js`);
    await waitForFrameSized(page, 'iframe.factbox');
    const [height] = await settledHeights(page, 'iframe.factbox');
    assert.ok(height !== undefined && height >= reservedHeightPx('delegation-bars', 'wide') + 4, `${height}`);
    await page.close();
  });

  it('keeps a width the host page set in its stylesheet', async () => {
    const { page } = await openPage(browser, `${site.origin}/packages/embed/src/fixtures/blank.html`);
    await page.addStyleTag({ content: '#content { width: 800px } iframe.half { width: 50%; }' });
    await hostIframes(
      page,
      `<iframe class="factbox half" src="${site.otherOrigin}/packages/embed/dist/frame.html?widget=trade-share-pie"></iframe>`,
      `${site.otherOrigin}/packages/embed/dist/resize.js`,
    );
    await waitForFrameSized(page, 'iframe.half');
    assert.equal(await page.$eval('iframe.half', (f) => Math.round(f.getBoundingClientRect().width)), 400 + 4);
    await page.close();
  });

  it("takes only widget attributes from the frame URL, never the loader's own", async () => {
    const { page, pageErrors } = await openPage(
      browser,
      `${site.origin}/packages/embed/dist/frame.html?widget=trade-share-pie&factbox=delegation-bars&factbox-ready=1&lang=ar`,
    );
    await waitForState(page, 'factbox-trade-share-pie', 'ready');
    assert.equal(await page.$('factbox-delegation-bars'), null);
    assert.equal(await page.$eval('factbox-trade-share-pie', (e) => e.getAttribute('lang')), 'ar');
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  it('follows content that shrinks, without a resize loop', async () => {
    const { page } = await openPage(browser, `${site.origin}/packages/embed/src/fixtures/blank.html`);
    await hostIframes(
      page,
      `<iframe class="factbox" src="${site.otherOrigin}/packages/embed/dist/frame.html?widget=trade-share-pie"></iframe>`,
      `${site.otherOrigin}/packages/embed/dist/resize.js`,
    );
    await waitForFrameSized(page, 'iframe.factbox');
    const frame = page.frames().find((f) => f.url().includes('frame.html')) as Frame;
    // The frame's content box (what frame.js measures) shrinks, whatever the widget inside does.
    await frame.evaluate(() => {
      (document.getElementById('factbox-frame') as HTMLElement).style.height = '300px';
    });
    await page.waitForFunction(
      () => Math.round((document.querySelector('iframe.factbox') as HTMLElement).getBoundingClientRect().height) === 304,
      { timeout: 5000 },
    );
    const samples: number[] = [];
    for (let i = 0; i < 8; i++) {
      samples.push((await frameHeights(page))[0] ?? 0);
      await sleep(60);
    }
    assert.deepEqual(new Set(samples), new Set([304]), `steady at 300px + borders: ${samples.join(', ')}`);
    await page.close();
  });

  it('frame-locked.html, for self-hosting, takes no data address and no heading from its URL', async () => {
    // On a publisher's own domain, frame.html?heading=…&src=… would draw made-up numbers under any headline.
    const query = `widget=delegation-bars&lang=ar&theme=dark&heading=BREAKING&src=${encodeURIComponent('/made-up-rows.csv')}`;
    const { page, requests, warnings, pageErrors } = await openPage(
      browser,
      `${site.origin}/packages/embed/dist/frame-locked.html?${query}`,
    );
    await waitForState(page, 'factbox-delegation-bars', 'ready');
    const attributes = await page.$eval('factbox-delegation-bars', (e) => [
      e.getAttribute('lang'),
      e.getAttribute('theme'),
      e.getAttribute('heading'),
      e.getAttribute('src'),
    ]);
    assert.deepEqual(attributes, ['ar', 'dark', null, null]);
    assert.ok(!requests.some((url) => new URL(url).pathname.includes('made-up-rows')), requests.join('\n'));
    assert.ok(
      warnings.some((w) => /src/.test(w) && /heading/.test(w)),
      warnings.join('\n'),
    );
    assert.deepEqual(pageErrors, []);
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
