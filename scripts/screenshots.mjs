/**
 * `npm run screenshots`: photographs every widget of examples/gallery/ in
 * English and Arabic, light and dark, plus a narrow (phone-width) view, into
 * examples/screenshots/. The npm script builds first; look at the results
 * before committing them.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from './browser.mjs';
import { REPO_ROOT, createStaticServer } from './serve.mjs';

const OUT = join(REPO_ROOT, 'examples', 'screenshots');
mkdirSync(OUT, { recursive: true });

const server = createStaticServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs(), headless: true });
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  const shots = [];
  for (const [width, suffix] of [[720, ''], [360, '-narrow']]) {
    await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
    await page.goto(`${base}/examples/gallery/`, { waitUntil: 'load' });
    const ids = await page.$$eval('main [id]', (elements) => elements.map((e) => e.id));
    for (const id of ids) {
      if (suffix && !id.endsWith('-light')) continue;
      const handle = await page.$(`#${id}`);
      await handle.scrollIntoView();
      await page.waitForFunction((el) => el.getAttribute('state') === 'ready', { timeout: 15000 }, handle);
      await new Promise((resolve) => setTimeout(resolve, 150));
      const file = `${id}${suffix}.png`;
      await handle.screenshot({ path: join(OUT, file) });
      shots.push(file);
    }
  }
  console.log(`screenshots: wrote ${shots.length} files to examples/screenshots/`);
} finally {
  await browser.close();
  server.close();
}
