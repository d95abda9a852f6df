/**
 * The CMS path, as an editor walks it: choose options in the embed builder,
 * copy, paste into an article that a WordPress-like sanitiser filters, on a
 * site that has the Factbox script once — and see the widget.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { WIDGET_CATALOGUE } from '@factbox/widgets';
import type { Browser, Page } from 'puppeteer-core';
import { launch, openPage, serve, sleep, waitForState, type Served, type WatchedPage } from '../../../scripts/testing/chromium-session.js';

let browser: Browser;
let site: Served;

before(async () => {
  site = await serve();
  browser = await launch();
  await browser
    .defaultBrowserContext()
    .overridePermissions(site.origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/**
 * Sanitises `html` in the page the way WordPress does for Authors and
 * Contributors (no `unfiltered_html`): ordinary post markup and `data-*`
 * attributes survive; <script>, <iframe>, <style> and unknown elements go.
 */
async function sanitiseLikeWordPress(page: Page, html: string): Promise<string> {
  await page.addScriptTag({ url: `${site.origin}/node_modules/dompurify/dist/purify.js` });
  return page.evaluate((dirty: string) => {
    const purify = (window as unknown as { DOMPurify: { sanitize(html: string, config: object): string } }).DOMPurify;
    return purify.sanitize(dirty, {
      ALLOWED_TAGS: [
        'a',
        'abbr',
        'b',
        'blockquote',
        'br',
        'cite',
        'code',
        'div',
        'em',
        'figcaption',
        'figure',
        'h2',
        'h3',
        'h4',
        'i',
        'img',
        'li',
        'ol',
        'p',
        'pre',
        'small',
        'span',
        'strong',
        'table',
        'tbody',
        'td',
        'th',
        'thead',
        'tr',
        'ul',
      ],
      // kses's global attributes include lang, dir and style (filtered by its CSS rules; it keeps the facts'
      // min-height with var() and clamp()); kses.test.ts runs the real one.
      ALLOWED_ATTR: ['alt', 'class', 'dir', 'height', 'href', 'id', 'lang', 'src', 'style', 'title', 'width'],
      ALLOW_DATA_ATTR: true,
      FORBID_TAGS: ['script', 'iframe', 'style', 'object', 'embed'],
    });
  }, html);
}

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ url: `${site.origin}/node_modules/axe-core/axe.min.js` });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run();
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

/**
 * Opens the builder and waits until it has started: it reads the release's
 * integrity first, and only then writes the code and listens to the form
 * (the copy buttons are enabled at that moment).
 */
async function openBuilder(query = ''): Promise<WatchedPage> {
  const opened = await openPage(browser, `${site.origin}/examples/builder/${query}`);
  await opened.page.waitForSelector('button.copy:not([disabled])');
  return opened;
}

async function choose(page: Page): Promise<void> {
  await page.click('input[name="widget"][value="delegation-bars"]');
  await page.select('#lang', 'ar');
  await page.select('#theme', 'dark');
  await page.type('#heading', 'وفود "2024" <b>');
}

describe('the embed builder', () => {
  it('previews the chosen widget live, as the placeholder will render', async () => {
    const { page, pageErrors } = await openBuilder();
    await choose(page);
    // The typed title reaches the preview once the editor pauses.
    await waitForState(page, '#preview factbox-delegation-bars[heading]', 'ready');
    const widget = await page.$eval('#preview factbox-delegation-bars', (e) => [
      e.getAttribute('lang'),
      e.getAttribute('theme'),
      e.getAttribute('heading'),
    ]);
    assert.deepEqual(widget, ['ar', 'dark', 'وفود "2024" <b>']);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  it("offers every widget of the catalogue, under its title in the builder's language", async () => {
    for (const locale of ['en', 'ar'] as const) {
      const { page } = await openBuilder(`?lang=${locale}`);
      const offered = await page.$$eval('input[name="widget"]', (inputs) =>
        inputs.map((input) => [(input as HTMLInputElement).value, input.closest('label')?.textContent?.trim()]),
      );
      assert.deepEqual(
        offered,
        WIDGET_CATALOGUE.map((entry) => [entry.name, entry.title[locale]]),
      );
      await page.close();
    }
  });

  it('refuses a data address that is not http(s) or relative, visibly and accessibly', async () => {
    const { page } = await openBuilder();
    await page.type('#src', 'javascript:alert(1)');
    await page.waitForFunction(() => document.getElementById('src')?.getAttribute('aria-invalid') === 'true', { timeout: 3000 });
    assert.equal(await page.$eval('#src-error', (e) => (e as HTMLElement).hidden), false);
    assert.deepEqual(await page.$eval('#src', (e) => e.getAttribute('aria-describedby')?.split(' ')), ['src-help', 'src-error']);
    assert.doesNotMatch(await page.$eval('#placeholder-code', (e) => e.textContent ?? ''), /javascript/);
    await page.$eval('#src', (e) => {
      (e as HTMLInputElement).value = '';
    });
    await page.type('#src', 'https://example.org/rows.csv');
    await page.waitForFunction(() => document.getElementById('src')?.getAttribute('aria-invalid') === 'false', { timeout: 3000 });
    assert.match(await page.$eval('#placeholder-code', (e) => e.textContent ?? ''), /data-src="https:\/\/example\.org\/rows\.csv"/);
    await page.close();
  });

  it('refuses an address the widgets would refuse (same rule), beside the field, and disables Copy until it is fixed', async () => {
    const { page } = await openBuilder();
    // A host name with a space: Chromium's URL parser encodes it rather than refuse it; the widgets' rule refuses it.
    await page.type('#src', 'https://exa mple.org/rows.csv');
    await page.waitForFunction(() => document.getElementById('src')?.getAttribute('aria-invalid') === 'true', { timeout: 3000 });
    assert.equal(await page.$eval('#src-error', (e) => (e as HTMLElement).hidden), false);
    assert.deepEqual(await page.$$eval('button.copy', (buttons) => buttons.map((b) => (b as HTMLButtonElement).disabled)), [
      true,
      true,
      true,
    ]);
    await page.$eval('#src', (e) => {
      (e as HTMLInputElement).value = '';
    });
    await page.type('#src', 'https://example.org/rows.csv');
    await page.waitForFunction(() => document.getElementById('src')?.getAttribute('aria-invalid') === 'false', { timeout: 3000 });
    assert.deepEqual(await page.$$eval('button.copy', (buttons) => buttons.map((b) => (b as HTMLButtonElement).disabled)), [
      false,
      false,
      false,
    ]);
    await page.close();
  });

  it('previews a typed data address once the editor pauses, not at every keystroke', async () => {
    const { page, requests } = await openBuilder();
    await page.click('input[name="widget"][value="delegation-bars"]');
    await waitForState(page, '#preview factbox-delegation-bars', 'ready');
    const typedFrom = requests.length;
    const address = `${site.origin}/packages/datasets/data/delegations.csv`;
    await page.type('#src', address, { delay: 20 });
    await waitForState(page, `#preview factbox-delegation-bars[src="${address}"]`, 'ready');
    await sleep(500);
    // Everything the preview fetched while the address was typed: data, not the page's own code.
    const fetched = requests.slice(typedFrom).filter((url) => !/\/(dist|node_modules)\//.test(url));
    assert.deepEqual(fetched, [address]);
    await page.close();
  });

  it('gives the iframe code a border-less full width, and the language of its title', async () => {
    const { page } = await openBuilder('?lang=ar');
    await page.select('#lang', 'ar');
    await page.waitForFunction(() => document.getElementById('iframe-code')?.textContent?.includes('lang=ar'), { timeout: 3000 });
    const iframe = await page.$eval('#iframe-code', (e) => e.textContent ?? '');
    assert.match(iframe, /<iframe [^>]*\blang="ar"/);
    assert.match(iframe, /<iframe [^>]*\bstyle="border:0;width:100%;height:\d+(\.\d+)?rem"/);
    await page.select('#lang', '');
    await page.waitForFunction(() => !document.getElementById('iframe-code')?.textContent?.includes('lang=ar'), { timeout: 3000 });
    // A frame without a language shows the widget in English, under an English title.
    assert.match(await page.$eval('#iframe-code', (e) => e.textContent ?? ''), /<iframe [^>]*\blang="en"/);
    await page.close();
  });

  it('says "Copied" on the button itself, and announces every copy politely, the same code twice too', async () => {
    const { page } = await openBuilder();
    // Every text the live region takes, in order: a screen reader speaks a change, not the same text set again.
    await page.evaluate(() => {
      const region = document.getElementById('status') as HTMLElement;
      const said: string[] = [];
      (window as unknown as { __said: string[] }).__said = said;
      new MutationObserver(() => {
        if (said[said.length - 1] !== region.textContent) said.push(region.textContent ?? '');
      }).observe(region, { childList: true, characterData: true, subtree: true });
    });
    const button = 'button[data-copy="script-code"]';
    await page.click(button);
    await page.waitForFunction(
      (selector: string) => /Copied/.test(document.querySelector(selector)?.textContent ?? ''),
      { timeout: 3000 },
      button,
    );
    const announced = (times: number): Promise<unknown> =>
      page.waitForFunction(
        (count: number) =>
          (window as unknown as { __said: string[] }).__said.filter((text) => /^Copied the script code/.test(text)).length === count,
        { timeout: 3000 },
        times,
      );
    await announced(1);
    await page.click(button);
    await announced(2);
    assert.equal(await page.$eval('#status', (e) => e.getAttribute('role')), 'status');
    await page.close();
  });

  for (const lang of ['en', 'ar']) {
    it(`is accessible (axe, no violations) in ${lang === 'en' ? 'English' : 'Arabic, right to left'}`, async () => {
      const { page } = await openBuilder(`?lang=${lang}`);
      await waitForState(page, '#preview factbox-trade-share-pie', 'ready');
      assert.equal(await page.evaluate(() => document.documentElement.dir), lang === 'ar' ? 'rtl' : 'ltr');
      assert.deepEqual(await axe(page), []);
      await page.close();
    });
  }

  it('copies the CMS code; pasted through a WordPress-like filter on a site with the script, it renders the widget', async () => {
    const { page: builder } = await openBuilder();
    await choose(builder);
    await builder.click('button[data-copy="placeholder-code"]');
    await builder.waitForFunction(() => document.getElementById('status')?.textContent?.includes('Copied'));
    const copied = await builder.evaluate(() => navigator.clipboard.readText());
    assert.ok(
      copied.startsWith(
        '<div data-factbox="delegation-bars" data-lang="ar" data-theme="dark" data-heading="وفود &quot;2024&quot; &lt;b&gt;">\n' +
          '<div class="factbox-fallback" lang="ar" dir="rtl" style="min-height:var(--factbox-height,clamp(21.8125rem,(512.5px - 100vw) * 100000,34.25rem))">\n' +
          '<p><strong>وفود "2024" &lt;b&gt;</strong></p>\n<p>الوفود المتبادلة',
      ),
      copied,
    );
    await builder.close();

    // The article: the site's template has the script; the editor's HTML goes through the filter.
    const { page: article, pageErrors } = await openPage(browser, `${site.origin}/packages/embed/src/fixtures/blank.html`);
    const pasted = `<p>Paragraph before.</p>${copied}<p>Paragraph after.</p>`;
    const survived = await sanitiseLikeWordPress(article, pasted);
    assert.equal(survived, pasted, 'the placeholder survives the filter unchanged');
    await article.evaluate((html: string) => {
      (document.getElementById('content') as HTMLElement).innerHTML = html;
    }, survived);
    // Before the script has run, and for readers without JavaScript, the facts are there, as plain text.
    assert.match(await article.$eval('[data-factbox]', (e) => (e as HTMLElement).innerText), /كوريا الشمالية–روسيا، ٤٠/);
    await article.evaluate((src: string) => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = src;
      document.head.append(script);
    }, `${site.origin}/packages/embed/dist/embed.js`);
    await waitForState(article, '[data-factbox] factbox-delegation-bars', 'ready');
    const shown = await article.$eval('factbox-delegation-bars', (e) => [
      e.getAttribute('lang'),
      e.getAttribute('theme'),
      (e.shadowRoot as ShadowRoot).querySelector('[part="heading"]')?.textContent?.trim(),
    ]);
    assert.deepEqual(shown, ['ar', 'dark', 'وفود "2024" <b>']);
    assert.deepEqual(pageErrors, []);
    await article.close();
  });

  it('shows why the placeholder is the CMS route: the filter removes the script, the element and the iframe', async () => {
    const { page } = await openBuilder();
    const script = await page.$eval('#script-code', (e) => e.textContent ?? '');
    const iframe = await page.$eval('#iframe-code', (e) => e.textContent ?? '');
    assert.match(
      script,
      /<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/@factbox\/embed@\d+\.\d+\.\d+[^"]*\/dist\/embed\.js" async\n\s+integrity="sha384-/,
    );
    assert.match(
      iframe,
      /<iframe src="https:\/\/cdn\.jsdelivr\.net\/npm\/@factbox\/embed@[^"]+\/dist\/frame\.html\?widget=trade-share-pie#factbox-fallback-trade-share-pie-en"/,
    );
    // Of the script code, only the facts inside the element survive: no script, no element, so no chart.
    const scriptSurvived = await sanitiseLikeWordPress(page, script);
    assert.doesNotMatch(scriptSurvived, /<script|<factbox-/);
    assert.match(
      scriptSurvived.trim(),
      /^<div class="factbox-fallback" lang="en" dir="ltr" style="[^"]+">\n<p><strong>Shares of North Korea’s trade<\/strong><\/p>/,
    );
    assert.equal((await sanitiseLikeWordPress(page, iframe)).trim(), '');
    await page.close();
  });

  it('falls back to selecting the code when the clipboard is not available', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/examples/builder/`, { waitUntil: 'load' });
    // A string, not a function: the test's compiler would name the inner function with a helper the page lacks.
    await page.evaluate(
      "Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } })",
    );
    // The copy buttons are enabled once the builder has started (it reads the release's integrity first).
    await page.waitForSelector('button[data-copy="iframe-code"]:not([disabled])');
    await page.click('button[data-copy="iframe-code"]');
    await page.waitForFunction(() => document.getElementById('status')?.textContent !== '', { timeout: 5000 }).catch(() => undefined);
    assert.match(await page.$eval('#status', (e) => e.textContent ?? ''), /The code is selected: press Ctrl\+C/);
    assert.equal(await page.evaluate(() => getSelection()?.toString()), await page.$eval('#iframe-code', (e) => e.textContent));
    await context.close();
  });
});
