/**
 * The CMS placeholders through WordPress's own kses: what an Author (no
 * `unfiltered_html`) saves is filtered by `wp_kses_post`, and every
 * placeholder must come back the same — elements, attributes, text — so that
 * the widget and its fallback survive. Real kses.php under php-cli
 * (scripts/testing/kses.mjs); cms.test.ts only imitates it in a browser.
 *
 * Without php or kses.php the test fails and says how to get them, unless
 * FACTBOX_SKIP_KSES=1.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WIDGET_CATALOGUE } from '@factbox/widgets';
import { findKses, ksesPost } from '../../../scripts/testing/kses.mjs';
import { placeholderSnippet, type EmbedOptions } from './snippets.js';

type Token =
  | { readonly kind: 'open'; readonly name: string; readonly attributes: Readonly<Record<string, string>> }
  | { readonly kind: 'close'; readonly name: string }
  | { readonly kind: 'text'; readonly text: string };

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Character references decoded (kses rewrites some: `&#39;` → `&#039;`); other named ones left as written. */
function decode(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z][a-z0-9]*));/gi, (reference, decimal?: string, hex?: string, name?: string) => {
    if (decimal !== undefined) return String.fromCodePoint(Number.parseInt(decimal, 10));
    if (hex !== undefined) return String.fromCodePoint(Number.parseInt(hex, 16));
    return NAMED[name?.toLowerCase() ?? ''] ?? reference;
  });
}

const TOKEN =
  /<\/([a-z][a-z0-9-]*)\s*>|<([a-z][a-z0-9-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>=`]+))?)*)\s*\/?>|([^<]+)/giy;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>=`]+)))?/g;

/**
 * The substance of a fragment: its tags (lower-case names, attributes decoded
 * and in name order, `<br>` and `<br />` alike) and its text (decoded,
 * whitespace collapsed), in document order. Throws on what it cannot read
 * (a stray `<`), so that nothing passes by being unreadable.
 */
function structure(html: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < html.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(html);
    if (!match) throw new Error(`Cannot read the HTML at ${at}: ${JSON.stringify(html.slice(at, at + 60))}`);
    const [, closing, opening, attributeText, text] = match;
    if (closing !== undefined) tokens.push({ kind: 'close', name: closing.toLowerCase() });
    else if (opening !== undefined) {
      const attributes = [...(attributeText ?? '').matchAll(ATTRIBUTE)]
        .map(([, name = '', double, single, bare]): [string, string] => [name.toLowerCase(), decode(double ?? single ?? bare ?? '')])
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      tokens.push({ kind: 'open', name: opening.toLowerCase(), attributes: Object.fromEntries(attributes) });
    } else {
      const collapsed = decode(text ?? '').replace(/\s+/g, ' ');
      const previous = tokens.at(-1);
      if (previous?.kind === 'text') tokens[tokens.length - 1] = { kind: 'text', text: (previous.text + collapsed).replace(/\s+/g, ' ') };
      else tokens.push({ kind: 'text', text: collapsed });
    }
  }
  return tokens;
}

const texts = (tokens: Token[]): string[] =>
  tokens.flatMap((token) => (token.kind === 'text' && token.text.trim() ? [token.text.trim()] : []));

/** `html` through kses, with its substance asserted unchanged and its data-* options kept; returns what kses wrote. */
function assertSurvives(html: string, options: EmbedOptions): string {
  const filtered = ksesPost(html);
  const before = structure(html);
  const after = structure(filtered);
  assert.deepEqual(after, before, `kses changed the placeholder:\n  in:  ${html}\n  out: ${filtered}`);
  const root = after[0];
  assert.ok(root?.kind === 'open' && root.name === 'div', filtered);
  assert.equal(root.attributes['data-factbox'], options.widget, filtered);
  if (options.lang) assert.equal(root.attributes['data-lang'], options.lang, filtered);
  if (options.theme) assert.equal(root.attributes['data-theme'], options.theme, filtered);
  if (options.heading) assert.equal(root.attributes['data-heading'], options.heading.trim(), filtered);
  if (options.src) assert.equal(root.attributes['data-src'], options.src.trim(), filtered);
  const kept = texts(after).join('\n');
  for (const text of texts(before)) assert.ok(kept.includes(text), `kses dropped the text ${JSON.stringify(text)}:\n  ${filtered}`);
  return filtered;
}

const kses = await findKses();
const missing = 'reason' in kses ? kses.reason : null;
const skip = missing !== null && process.env['FACTBOX_SKIP_KSES'] === '1' ? `FACTBOX_SKIP_KSES=1: ${missing.split('\n')[0]}` : false;
if (skip) console.log(`# WordPress kses test skipped, ${skip}`);

describe('CMS placeholders through WordPress kses (wp_kses_post, as for Authors)', () => {
  if (missing !== null) {
    // Like a missing Chromium (scripts/browser.mjs): a failure that says what to install, never a silent pass.
    it('has php and WordPress kses to run', { skip }, () => {
      throw new Error(missing);
    });
    return;
  }

  it(`runs WordPress ${'wordpress' in kses ? kses.wordpress : ''}'s kses, which removes what Authors may not post (so the other checks cannot pass by filtering nothing)`, () => {
    const dirty =
      '<div data-factbox="trade-share-pie" data-lang="en" onclick="alert(1)"><script>alert(1)</script>' +
      '<factbox-trade-share-pie lang="en"></factbox-trade-share-pie><iframe src="https://example.org/"></iframe>' +
      '<p style="position:fixed;color:red">Text</p><a href="javascript:alert(1)">link</a></div>';
    const filtered = ksesPost(dirty);
    assert.equal(
      filtered,
      '<div data-factbox="trade-share-pie" data-lang="en">alert(1)<p style="color:red">Text</p><a href="alert(1)">link</a></div>',
    );
    assert.notDeepEqual(structure(filtered), structure(dirty));
  });

  for (const { name } of WIDGET_CATALOGUE) {
    for (const lang of ['en', 'ar'] as const) {
      for (const theme of ['auto', 'light', 'dark'] as const) {
        it(`${name}, ${lang}, ${theme}: the placeholder comes back unchanged`, () => {
          const options: EmbedOptions = { widget: name, lang, theme };
          assertSurvives(placeholderSnippet(options), options);
        });
      }
    }

    it(`${name}: a heading and a data address with quotes, ampersands and angle brackets come back the same`, () => {
      for (const options of [
        { widget: name, lang: 'en', heading: 'Trade & "share" <2024>', src: 'https://example.org/rows.csv?from=2020&to=2024' },
        { widget: name, lang: 'ar', heading: "حصة التجارة 'الصين' & روسيا", src: '/data/rows.json?lang=ar&v=2' },
      ] as const)
        assertSurvives(placeholderSnippet(options), options);
    });
  }

  it("keeps the fallback's planned markup: title, a sentence with the numbers, the source line", () => {
    const options = { widget: 'trade-share-pie', lang: 'en' } as const;
    const fallback =
      '<div class="factbox-fallback" lang="en" dir="ltr" data-fallback="1">' +
      '<p class="factbox-fallback-title"><strong>China&#39;s share of trade</strong></p>' +
      '<p>China took <span dir="ltr">42.1%</span> of the trade in 2023 &amp; <b>more</b> in <em>2024</em>.</p>' +
      '<ul><li><span>China</span> <i>42.1%</i></li><li>Russia<br>12%</li></ul>' +
      '<p><small>Source: <cite>UN Comtrade</cite>, <abbr title="International Monetary Fund">IMF</abbr></small></p></div>';
    const html = placeholderSnippet(options).replace('></div>', `>${fallback}</div>`);
    assertSurvives(html, options);
  });
});
