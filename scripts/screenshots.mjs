/**
 * `npm run screenshots`: photographs every widget of the catalogue
 * (@factbox/widgets' WIDGET_CATALOGUE) as readers see it, in the article
 * column of examples/article/ (examples/gallery/shot.html), into
 * examples/screenshots/:
 *
 *   <widget>-<lang>-<theme>-<width>.png          every widget × en/ar × light/dark × 1280/375 px viewport
 *   <widget>-<lang>-light-<width>-about.png      "About the source" open
 *   <widget>-<lang>-light-<width>-table.png      "Show table" pressed
 *   <widget>-<lang>-light-<width>-focus.png      the first item focused with the keyboard (its quote shown)
 *
 * The column is 672 px wide at 1280 and 343 px at 375 (the article's 42rem,
 * less its padding). Each picture is the column around the widget, so that
 * anything painted outside the widget shows too. PNGs the script no longer
 * writes are deleted. The npm script builds first; look at the results
 * before committing them.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from './browser.mjs';
import { REPO_ROOT, createStaticServer } from './serve.mjs';

const OUT = join(REPO_ROOT, 'examples', 'screenshots');
const { WIDGET_CATALOGUE } = await import('../packages/widgets/dist/catalogue.js');
const { messagesFor } = await import('../packages/widgets/dist/shared/i18n.js');

const LANGUAGES = ['en', 'ar'];
const THEMES = ['light', 'dark'];
/** A desktop browser and a phone (the widgets' styles switch at 480 px). */
const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 375, height: 812 },
];

mkdirSync(OUT, { recursive: true });
const server = createStaticServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs(), headless: true });
const written = new Set();
const problems = [];

/** Style, layout, fonts and a couple of frames: what the reader sees has been painted. */
async function settle(page) {
  await page.evaluate(async () => {
    await document.fonts.ready;
    for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  });
}

async function shoot(page, file) {
  await settle(page);
  const column = await page.$('#column');
  await column.screenshot({ path: join(OUT, file) });
  written.add(file);
}

/** Runs `action` on the widget's shadow root in the page. */
function inWidget(page, tag, action, ...args) {
  return page.$eval(tag, action, ...args);
}

try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  for (const entry of WIDGET_CATALOGUE) {
    for (const lang of LANGUAGES) {
      const words = messagesFor(lang);
      for (const theme of THEMES) {
        for (const viewport of VIEWPORTS) {
          const name = `${entry.name}-${lang}-${theme}-${viewport.width}`;
          await page.setViewport({ ...viewport, deviceScaleFactor: 1 });
          await page.emulateMediaFeatures([
            { name: 'prefers-color-scheme', value: theme },
            { name: 'prefers-reduced-motion', value: 'reduce' },
          ]);
          await page.goto(`${base}/examples/gallery/shot.html?widget=${entry.name}&lang=${lang}&theme=${theme}`, { waitUntil: 'load' });
          const widget = await page.waitForSelector(entry.tag, { timeout: 15000 });
          await widget.scrollIntoView();
          await page.waitForFunction((el) => el.getAttribute('state') === 'ready', { timeout: 15000 }, widget);
          await shoot(page, `${name}.png`);
          if (theme !== 'light') continue;

          // "About the source" open, the way a reader opens it: a click on its summary.
          await inWidget(page, entry.tag, (el) => el.shadowRoot.querySelectorAll('details summary').forEach((summary) => summary.click()));
          await shoot(page, `${name}-about.png`);
          await inWidget(page, entry.tag, (el) =>
            el.shadowRoot.querySelectorAll('details[open] summary').forEach((summary) => summary.click()),
          );

          // The table shown ("Show table"), then back to the chart.
          const toggle = (el, labels) => {
            const button = [...el.shadowRoot.querySelectorAll('button')].find((b) => labels.includes(b.textContent.trim()));
            if (!button) return false;
            button.click();
            return true;
          };
          if (await inWidget(page, entry.tag, toggle, [words.showTable])) {
            await shoot(page, `${name}-table.png`);
            await inWidget(page, entry.tag, toggle, [words.showChart]);
          } else {
            problems.push(`${name}: no "${words.showTable}" button`);
          }
          await page.evaluate(() => window.scrollTo(0, 0));

          // The first item focused from the keyboard: Tab from the top of the page until focus enters the widget.
          await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
          let inside = false;
          for (let press = 0; press < 10 && !inside; press++) {
            await page.keyboard.press('Tab');
            inside = await page.evaluate((tag) => document.activeElement?.localName === tag, entry.tag);
          }
          if (inside) await shoot(page, `${name}-focus.png`);
          else problems.push(`${name}: Tab never reached the widget`);
        }
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}

// What earlier versions of this script wrote, under names it no longer uses.
const obsolete = readdirSync(OUT).filter((file) => file.endsWith('.png') && !written.has(file));
for (const file of obsolete) rmSync(join(OUT, file));
console.log(
  `screenshots: wrote ${written.size} files to examples/screenshots/${obsolete.length ? `; deleted ${obsolete.length} obsolete: ${obsolete.join(', ')}` : ''}`,
);
if (problems.length > 0) {
  console.error(`screenshots: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
}
