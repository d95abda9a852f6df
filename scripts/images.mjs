/**
 * `npm run images`: every widget of the catalogue (@factbox/widgets'
 * WIDGET_CATALOGUE) × en/ar × light/dark as a PNG, for places that take
 * images and no scripts (social cards, newsletters, print). They are written
 * to packages/embed/dist/images/ and published with the package, so each has
 * a versioned CDN address:
 *
 *   <widget>.<lang>.<theme>.png    the widget alone, in a 640 px column of a page of its theme
 *   images.json                    [{ file, widget, lang, theme, width, height, alt }, …]
 *
 * Each picture is the widget as embed.js places it (examples/gallery/shot.html),
 * in a column 640 CSS px wide with 16 px of the page's background around the
 * widget's box, at device scale factor 1 (SCALE): a PNG is 640 pixels wide,
 * and `width` and `height` in images.json are both its CSS px (what an
 * `<img>` takes) and its pixels. What works only on a screen (the buttons,
 * the hint to hover or tab, "About the source") is left out. `alt` is, in
 * the widget's language, its title as drawn, then what the picture shows in
 * words: the sentence with its numbers as written and the source line that
 * the snippets carry for readers without JavaScript (@factbox/embed's
 * fallbacks, from the datasets). Not the live chart's aria-label: that one
 * also tells a screen-reader user how to use the widget ("each event is a
 * button"), which is wrong for a picture.
 *
 *   node scripts/images.mjs [--only <widget,...>] [--out <dir>]
 *
 * The script does not build: it reads packages/*\/dist (the npm script builds
 * first; the build cleans packages/embed/dist, images included). With
 * `--only`, images.json keeps the entries of the other widgets already there.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from './browser.mjs';
import { REPO_ROOT, createStaticServer } from './serve.mjs';

const { WIDGET_CATALOGUE } = await import('../packages/widgets/dist/catalogue.js');
const { FALLBACKS } = await import('../packages/embed/build/generated/fallbacks.js');

/** A fallback's paragraphs of HTML as plain text (they hold only p, strong, small, span and escaped text). */
const plainText = (paragraphs) =>
  paragraphs
    .map((html) =>
      html
        .replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&'),
    )
    .join(' ');

const LANGUAGES = ['en', 'ar'];
const THEMES = ['light', 'dark'];
/** The picture's width in CSS px: the column, the widget and the padding around it. */
const WIDTH = 640;
/** The page's background around the widget's box, in CSS px. */
const PADDING = 16;
/**
 * Pixels per CSS px. 1, not 2: at 2 the 20 PNGs weigh 7.2 MB (nearly half of it the key figures), too much
 * to publish in every version of the package; at 1 they weigh 2.8 MB.
 */
const SCALE = 1;
const TIMEOUT = 15000;

let options;
try {
  ({ values: options } = parseArgs({ options: { only: { type: 'string' }, out: { type: 'string' } }, strict: true }));
} catch (error) {
  console.error(`images: ${error.message}\nusage: node scripts/images.mjs [--only <widget,...>] [--out <dir>]`);
  process.exit(2);
}
const out = resolve(options.out ?? join(REPO_ROOT, 'packages', 'embed', 'dist', 'images'));
const names = WIDGET_CATALOGUE.map((entry) => entry.name);
const only = options.only
  ?.split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const unknown = (only ?? []).filter((name) => !names.includes(name));
if (unknown.length > 0) {
  console.error(`images: no widget named ${unknown.join(', ')}; the widgets are ${names.join(', ')}`);
  process.exit(2);
}
if (!existsSync(join(REPO_ROOT, 'packages', 'embed', 'dist', 'embed.js'))) {
  console.error('images: packages/embed/dist/embed.js is missing: run `npm run build` first (or `npm run images`, which does)');
  process.exit(2);
}
const widgets = only ? WIDGET_CATALOGUE.filter((entry) => only.includes(entry.name)) : WIDGET_CATALOGUE;

/** Page styles for the picture: a column exactly WIDTH wide at the top left, PADDING around the widget. */
const PAGE_CSS = `
  .shot article { box-sizing: border-box; width: ${WIDTH}px; max-width: none; margin: 0; padding: ${PADDING}px; }
`;
/**
 * What works only on a screen, left out of the pictures: the buttons under the widget ("Show table",
 * "Get the data"), the hint to hover over or tab to an item, and the "About the source" disclosure.
 */
const SCREEN_ONLY_CSS = '.actions, .hint, .source details { display: none !important; }';

/** Style, layout, fonts, images and a few frames: what the reader would see has been painted. */
async function settle(page) {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
    for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  });
}

/** The widget's box (its `frame` part) and text alternative, read from its shadow root. */
function readWidget(page, tag) {
  return page.$eval(tag, (element) => {
    const root = element.shadowRoot;
    const frame = root?.querySelector('[part="frame"]')?.getBoundingClientRect();
    const column = element.closest('article')?.getBoundingClientRect();
    return {
      state: element.getAttribute('state'),
      title: root?.querySelector('[part="heading"]')?.textContent?.trim() ?? '',
      frame: frame && { top: frame.top + window.scrollY, bottom: frame.bottom + window.scrollY },
      column: column && { left: column.left + window.scrollX, width: column.width },
      pageHeight: document.documentElement.scrollHeight,
    };
  });
}

const started = performance.now();
mkdirSync(out, { recursive: true });
const server = createStaticServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs(), headless: true });
const entries = [];
const problems = [];

try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    const url = message.location().url ?? '';
    if (url.endsWith('/favicon.ico')) return;
    if (message.type() === 'error' || message.type() === 'warn') {
      problems.push(`console ${message.type()}: ${message.text()} ${url}`.trim());
    }
  });
  for (const entry of widgets) {
    for (const lang of LANGUAGES) {
      for (const theme of THEMES) {
        const file = `${entry.name}.${lang}.${theme}.png`;
        await page.setViewport({ width: WIDTH, height: 900, deviceScaleFactor: SCALE });
        await page.emulateMediaFeatures([
          { name: 'prefers-color-scheme', value: theme },
          { name: 'prefers-reduced-motion', value: 'reduce' },
        ]);
        await page.goto(`${base}/examples/gallery/shot.html?widget=${entry.name}&lang=${lang}&theme=${theme}`, { waitUntil: 'load' });
        await page.addStyleTag({ content: PAGE_CSS });
        const widget = await page.waitForSelector(entry.tag, { timeout: TIMEOUT });
        await page.waitForFunction((el) => el.getAttribute('state') === 'ready', { timeout: TIMEOUT }, widget);
        await widget.evaluate((el, css) => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(css);
          el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, sheet];
        }, SCREEN_ONLY_CSS);
        // The whole page in the viewport, so that nothing tall (the key figures) waits to be scrolled to.
        const { pageHeight } = await readWidget(page, entry.tag);
        await page.setViewport({ width: WIDTH, height: Math.max(900, Math.ceil(pageHeight)), deviceScaleFactor: SCALE });
        await page.waitForFunction((el) => el.getAttribute('state') === 'ready', { timeout: TIMEOUT }, widget);
        await settle(page);
        const seen = await readWidget(page, entry.tag);
        if (seen.state !== 'ready' || !seen.frame || !seen.column || !seen.title) {
          problems.push(`${file}: the widget is not ready, or has no box or title (${JSON.stringify(seen)})`);
          continue;
        }
        const top = Math.max(0, Math.floor(seen.frame.top - PADDING));
        const bottom = Math.ceil(seen.frame.bottom + PADDING);
        const clip = { x: Math.round(seen.column.left), y: top, width: Math.round(seen.column.width), height: bottom - top };
        await page.screenshot({ path: join(out, file), clip, captureBeyondViewport: true });
        entries.push({
          file,
          widget: entry.name,
          lang,
          theme,
          width: clip.width,
          height: clip.height,
          alt: `${seen.title}${/[.!?؟:]$/.test(seen.title) ? '' : '.'} ${plainText(FALLBACKS[entry.name][lang].facts)}`,
        });
      }
    }
  }
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
}

// images.json: this run's images, with those of the widgets not rendered this time (--only) that are still there.
const index = join(out, 'images.json');
const rendered = new Set(widgets.map((entry) => entry.name));
const kept = only && existsSync(index) ? JSON.parse(readFileSync(index, 'utf8')) : [];
const all = [...kept.filter((e) => !rendered.has(e.widget) && existsSync(join(out, e.file))), ...entries].sort(
  (a, b) =>
    names.indexOf(a.widget) - names.indexOf(b.widget) ||
    LANGUAGES.indexOf(a.lang) - LANGUAGES.indexOf(b.lang) ||
    THEMES.indexOf(a.theme) - THEMES.indexOf(b.theme),
);
writeFileSync(index, `${JSON.stringify(all, null, 2)}\n`);

// PNGs of a full run that it no longer writes (a widget renamed or removed).
const listed = new Set(all.map((e) => e.file));
const obsolete = only ? [] : readdirSync(out).filter((file) => file.endsWith('.png') && !listed.has(file));
for (const file of obsolete) rmSync(join(out, file));

const bytes = entries.reduce((sum, e) => sum + statSync(join(out, e.file)).size, 0);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `images: wrote ${entries.length} PNGs (${(bytes / 1e6).toFixed(2)} MB, scale ${SCALE}) and images.json to ${relative(process.cwd(), out) || '.'} in ${seconds} s` +
    (obsolete.length ? `; deleted ${obsolete.length} obsolete: ${obsolete.join(', ')}` : ''),
);
if (problems.length > 0) {
  console.error(`images: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
}
