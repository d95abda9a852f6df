/**
 * The example article, in English and in Arabic, checked with axe-core the
 * way a reader meets it: every widget scrolled into view and rendered, then
 * every rule of WCAG 2.0–2.2 A and AA plus axe's best practices, inside the
 * widgets' shadow roots too — first with the data tables closed, then with
 * every "Show table" pressed. Any violation fails, whatever its impact
 * (minor and moderate ones included): a newsroom pastes these widgets into
 * pages it is accountable for.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { launch, serve, type Served } from '../../scripts/testing/chromium-session.js';
import { WIDGET_CATALOGUE } from '../../packages/widgets/src/catalogue.js';
import { messagesFor } from '../../packages/widgets/src/shared/i18n.js';

/** Every A and AA rule of WCAG 2.0, 2.1 and 2.2, and axe's best practices (AAA and experimental rules are left out). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type AxeTarget = readonly (string | readonly string[])[];
interface AxeCheck {
  readonly relatedNodes?: readonly { readonly target: AxeTarget }[];
}
interface AxeNode {
  readonly target: AxeTarget;
  readonly any: readonly AxeCheck[];
  readonly all: readonly AxeCheck[];
  readonly none: readonly AxeCheck[];
}
interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly AxeNode[];
}
interface AxeWindow {
  axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> };
}

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

/**
 * Opens the article and brings every widget on it to `ready`: scrolled into
 * view one after the other (charts are only built near the viewport), the
 * placeholders of the Arabic page turned into widgets by the loader.
 */
async function openArticle(path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
  await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
  const tags = WIDGET_CATALOGUE.map((entry) => entry.tag);
  // A widget written as its element, or a CMS placeholder (before or after the loader put the widget in it).
  const slots = [
    ...tags.map((tag) => `${tag}:not([data-factbox] > *)`),
    ...WIDGET_CATALOGUE.map((entry) => `[data-factbox="${entry.name}"]`),
  ].join(',');
  const count = await page.evaluate((selector: string) => document.querySelectorAll(selector).length, slots);
  assert.ok(count > 0, `${path} holds no widget`);
  for (let index = 0; index < count; index++) {
    const ready = await page.evaluate(
      async (selector: string, widgetTags: string[], i: number) => {
        const slot = document.querySelectorAll(selector)[i];
        if (!slot) return `widget ${i + 1} is gone`;
        slot.scrollIntoView({ block: 'center' });
        const start = performance.now();
        for (;;) {
          const widget = widgetTags.includes(slot.localName) ? slot : slot.querySelector(widgetTags.join(','));
          const state = widget?.getAttribute('state');
          if (state === 'ready') return null;
          if (state === 'error' || performance.now() - start > 15000)
            return `<${widget?.localName ?? slot.getAttribute('data-factbox')}> stayed "${state ?? 'absent'}"`;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      },
      slots,
      tags,
      index,
    );
    assert.equal(ready, null, ready ?? '');
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return page;
}

/** Presses "Show table" in every widget, in the page's language, and waits for the tables to be drawn. */
async function showEveryTable(page: Page, lang: 'en' | 'ar'): Promise<void> {
  const label = messagesFor(lang).showTable;
  const pressed = await page.evaluate(
    async (tags: string[], text: string) => {
      let clicks = 0;
      for (const widget of document.querySelectorAll(tags.join(','))) {
        const button = [...(widget.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === text);
        if (!button) continue;
        button.click();
        clicks += 1;
      }
      for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
      return { clicks, widgets: document.querySelectorAll(tags.join(',')).length };
    },
    WIDGET_CATALOGUE.map((e) => e.tag),
    label,
  );
  assert.equal(pressed.clicks, pressed.widgets, `"${label}" pressed in ${pressed.clicks} of ${pressed.widgets} widgets`);
}

/** Every violation, readable: rule, impact, what it asks, and where (shadow roots as `host >> inner`). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ url: `${site.origin}/node_modules/axe-core/axe.min.js` });
  const violations = await page.evaluate(async (tags: string[]) => {
    const result = await (window as unknown as AxeWindow).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    // Only what the report needs crosses back from the page (axe results hold DOM references).
    // (No named helper functions in here: tsx would wrap them in a `__name` call the page does not have.)
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target,
        related: [...n.any, ...n.all, ...n.none].flatMap((c) => (c.relatedNodes ?? []).map((r) => r.target)),
      })),
    }));
  }, AXE_TAGS);
  const selector = (target: AxeTarget): string => target.map((t) => (typeof t === 'string' ? t : t.join(' >> '))).join(' >> ');
  return violations.map((v) => {
    const where = v.nodes
      .slice(0, 40)
      .map((n) => `${selector(n.target)}${n.related.length ? ` (with ${n.related.map(selector).join(', ')})` : ''}`);
    const more = v.nodes.length > where.length ? `; and ${v.nodes.length - where.length} more` : '';
    return `${v.id} (${v.impact ?? 'no impact'}): ${v.help} — ${v.nodes.length} element${v.nodes.length === 1 ? '' : 's'}: ${where.join('; ')}${more}`;
  });
}

function report(title: string, violations: readonly string[]): string {
  return `${title}: ${violations.length} axe violation${violations.length === 1 ? '' : 's'}\n  ${violations.join('\n  ')}`;
}

const ARTICLES = [
  { path: '/examples/article/index.html', lang: 'en' },
  { path: '/examples/article/ar.html', lang: 'ar' },
] as const;

for (const { path, lang } of ARTICLES) {
  describe(`${path}: axe, every rule of WCAG 2.2 A/AA and best practice, any impact`, () => {
    it('has no violation with every widget rendered and the tables closed', async () => {
      const page = await openArticle(path);
      const violations = await axeViolations(page);
      await page.close();
      assert.deepEqual(violations, [], report(`${path}, tables closed`, violations));
    });

    it('has no violation with "Show table" pressed in every widget', async () => {
      const page = await openArticle(path);
      await showEveryTable(page, lang);
      const violations = await axeViolations(page);
      await page.close();
      assert.deepEqual(violations, [], report(`${path}, every table shown`, violations));
    });
  });
}
