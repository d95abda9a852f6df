/**
 * The example app builds the way a user's would (strict type check, then
 * Vite), carries only the widget it uses, and works in Chromium with its own
 * data.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { figures } from '@factbox/datasets';
import { launch, openPage, serve, waitForState, type Served } from '../../scripts/testing/chromium-session.js';

const APP = fileURLToPath(new URL('.', import.meta.url));

describe('examples/npm-app', () => {
  let site: Served;
  let browser: Browser;

  before(async () => {
    const build = spawnSync('npm', ['run', 'build'], { cwd: APP, encoding: 'utf8' });
    assert.equal(build.status, 0, `${build.stdout}\n${build.stderr}`);
    site = await serve({ root: `${APP}dist` });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  it('bundles only the widget it imports', () => {
    const assets = readdirSync(`${APP}dist/assets`);
    assert.ok(
      assets.some((f) => f.startsWith('bar-chart-')),
      assets.join(' '),
    );
    assert.ok(!assets.some((f) => /pie-chart|map-chart/.test(f)), assets.join(' '));
  });

  it('renders its own rows through the data property and lists typed figures', async () => {
    const { page, pageErrors } = await openPage(browser, `${site.origin}/index.html`);
    await waitForState(page, 'factbox-delegation-bars', 'ready');
    assert.equal(await page.$eval('#status', (e) => e.textContent), 'Chart ready: 1 row(s).');
    const shown = await page.$eval('factbox-delegation-bars', (e) => {
      const root = e.shadowRoot as ShadowRoot;
      return [root.querySelector('[part="heading"]')?.textContent?.trim(), root.querySelectorAll('tbody tr.values').length];
    });
    assert.deepEqual(shown, ['Delegations the source states', 1]);
    assert.equal(await page.$$eval('#figures li', (items) => items.length), figures.filter((f) => f.value !== null).length);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
});
