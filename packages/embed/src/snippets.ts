/**
 * The HTML an editor or developer pastes to embed a widget — placeholder,
 * script tag, or iframe — built from options, with every value escaped for
 * an attribute. Used by the embed builder page and by the README's
 * generated snippets; exported as `@factbox/embed/snippets.js` for CMS
 * plugins that want to offer the same.
 */
// The widgets' own rule for `src`, so that the builder never offers an address a widget refuses.
// (A deep import of the built file: @factbox/widgets does not export it by name.)
import { resolveDataUrl } from '@factbox/widgets';
import { NARROW_SCREEN, WIDGET_CATALOGUE, type WidgetName } from '@factbox/widgets';
import { inlineReserve } from './reserve.js';
import { WIDGET_NAMES, isWidgetName } from './widget-names.js';
import { fallbackHtml, fallbackLang, fallbackId } from './fallback.js';

export { WIDGET_NAMES, isWidgetName, type WidgetName } from './widget-names.js';
/** The widgets, with their titles and reserved heights: for a plugin's own list of choices. */
export { WIDGET_CATALOGUE, type WidgetCatalogueEntry } from '@factbox/widgets';

export interface EmbedOptions {
  readonly widget: WidgetName;
  readonly lang?: 'en' | 'ar' | '';
  readonly theme?: 'auto' | 'light' | 'dark' | '';
  /** http(s) or relative URL of rows in the dataset's schema. */
  readonly src?: string;
  readonly heading?: string;
  /**
   * The article's first chart, in its first screen: the script snippet also
   * lists its code as `<link rel="modulepreload">`, so that the browser
   * fetches it with the page rather than after embed.js has run (one round
   * trip sooner). One widget per page: embed.js fetches the others' code
   * after the first's, so that the first has the bandwidth; and a widget
   * further down should not make readers who never scroll to it pay for its
   * code. Needs `release.preload`.
   */
  readonly preload?: boolean;
  /**
   * The facts hold the widget's reserved height with an inline style (default),
   * so that the page does not move when embed.js arrives. `false` for sites
   * whose Content-Security-Policy refuses inline styles (`style-src` without
   * 'unsafe-inline'): their stylesheet reserves the heights instead (the
   * generated examples/wordpress/factbox.css).
   */
  readonly reserveInline?: boolean;
}

/** Where the files are: a versioned, immutable folder, and the integrity of its entry files. */
export interface Release {
  readonly version: string;
  readonly integrity: { readonly 'embed.js': string; readonly 'resize.js': string };
  /** Folder holding embed.js, resize.js and frame.html; default: jsDelivr's copy of the npm package. */
  readonly base?: string;
  /** The chunks each widget needs, relative to that folder (the release's dist/integrity.json `preload`). */
  readonly preload?: Readonly<Partial<Record<WidgetName, readonly string[]>>>;
}

export function cdnBase(version: string): string {
  return `https://cdn.jsdelivr.net/npm/@factbox/embed@${version}/dist/`;
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** A value safe inside a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

/**
 * Whether `src` may be used as a data address: http(s) absolute, or relative
 * — exactly the widgets' rule, so the builder never offers a snippet that
 * will fail. Relative addresses are judged against an http(s) page, as the
 * widget will see them.
 */
export function isAcceptableDataUrl(src: string): boolean {
  return resolveDataUrl(src, 'https://host.invalid/article/') !== null;
}

/**
 * The widget's catalogue entry. Callers may be plain JavaScript (CMS plugins),
 * so the name is checked here, not only by the type.
 */
function widgetOf(options: EmbedOptions): (typeof WIDGET_CATALOGUE)[number] {
  const name: unknown = options?.widget;
  const entry = isWidgetName(name) ? WIDGET_CATALOGUE.find((widget) => widget.name === name) : undefined;
  if (!entry)
    throw new TypeError(
      `Factbox: there is no widget called ${JSON.stringify(String(name)).slice(0, 80)}; use one of: ${WIDGET_NAMES.join(', ')}.`,
    );
  return entry;
}

/** The options that are set, as [attribute, value] pairs, in a stable order. */
function attributes(options: EmbedOptions): [string, string][] {
  const pairs: [string, string | undefined][] = [
    ['lang', options.lang],
    ['theme', options.theme],
    ['src', options.src?.trim()],
    ['heading', options.heading?.trim()],
  ];
  return pairs.filter((pair): pair is [string, string] => typeof pair[1] === 'string' && pair[1] !== '');
}

/**
 * The widget's facts for readers whose browser runs no script: title, one
 * sentence with its numbers, source line (see fallback.ts). With data of the
 * host's own (`src`), the built-in facts would be wrong: only the title, and
 * where the data is.
 */
function fallbackOf(options: EmbedOptions, name: WidgetName, { attributes = '', reserve = options.reserveInline !== false } = {}): string {
  const lang = fallbackLang(options.lang);
  const src = options.src?.trim();
  const data = lang === 'ar' ? 'البيانات' : 'The data';
  const own = src && isAcceptableDataUrl(src) ? [`<p><a href="${escapeAttribute(src)}">${data}</a></p>`] : [];
  // The widget's reserved height, from the first paint of the HTML (see inlineReserve).
  const style = reserve ? inlineReserve(widgetOf(options).height[lang], NARROW_SCREEN) : '';
  return fallbackHtml(name, lang, { heading: options.heading, style, attributes, ...(src ? { facts: own } : {}) });
}

/**
 * The facts alone (a `div` that holds the widget's reserved height), for sites
 * that write their own element or placeholder and put them inside it.
 */
export function fallbackSnippet(options: EmbedOptions): string {
  return fallbackOf(options, widgetOf(options).name);
}

/**
 * For sanitising CMSs (WordPress for Authors): a <div> with data-*
 * attributes, holding the widget's facts as plain HTML that kses keeps.
 */
export function placeholderSnippet(options: EmbedOptions): string {
  const { name } = widgetOf(options);
  const data = attributes(options)
    .map(([attribute, value]) => ` data-${attribute}="${escapeAttribute(value)}"`)
    .join('');
  return `<div data-factbox="${escapeAttribute(name)}"${data}>\n${fallbackOf(options, name)}\n</div>`;
}

/**
 * For pages that allow scripts: the script tag (once per page), the
 * widget's code as modulepreload links when it is in the first screen
 * (`preload`), and the element, holding the widget's facts as plain HTML.
 */
export function scriptSnippet(options: EmbedOptions, release: Release): string {
  const { name, tag } = widgetOf(options);
  const base = release.base ?? cdnBase(release.version);
  const attrs = attributes(options)
    .map(([attribute, value]) => ` ${attribute}="${escapeAttribute(value)}"`)
    .join('');
  // Same credentials as the script's own requests (crossorigin="anonymous"), so the browser uses what it preloaded.
  const preloads = options.preload
    ? (release.preload?.[name] ?? []).map(
        (file) => `<link rel="modulepreload" href="${escapeAttribute(`${base}${file}`)}" crossorigin="anonymous">`,
      )
    : [];
  return [
    // async: the loader runs as soon as it arrives, without waiting for the page to finish parsing.
    `<script type="module" src="${escapeAttribute(`${base}embed.js`)}" async`,
    `        integrity="${escapeAttribute(release.integrity['embed.js'])}" crossorigin="anonymous"></script>`,
    ...preloads,
    `<${tag}${attrs}>`,
    fallbackOf(options, name),
    `</${tag}>`,
  ].join('\n');
}

/** What both iframe snippets show: the frame's address, its language, and its title in that language. */
function frame(
  options: EmbedOptions,
  release: Release,
): { readonly src: string; readonly lang: 'en' | 'ar'; readonly title: string; readonly height: string } {
  const { name, title, height } = widgetOf(options);
  const base = release.base ?? cdnBase(release.version);
  // A frame without a language shows the widget in English.
  const lang = fallbackLang(options.lang);
  const query = new URLSearchParams([['widget', name], ...attributes(options)]).toString();
  // The fragment shows the widget's facts when the frame runs no script (frame.html, CSS :target); not for rows of the host's own.
  const fragment = options.src?.trim() ? '' : `#${fallbackId(name, lang)}`;
  return { src: `${base}frame.html?${query}${fragment}`, lang, title: options.heading?.trim() || title[lang], height: height[lang].wide };
}

/**
 * For hosts that allow no script in articles: the iframe, and the resizer once
 * per page. The iframe's title is the heading, or the widget's title from the
 * catalogue, in the frame's language, and `lang` says which. No border, the
 * article's full width, the widget's reserved height until resize.js sets
 * the height of its content (without scripts, the frame shows the facts in
 * that height).
 */
export function iframeSnippet(options: EmbedOptions, release: Release): string {
  const { src, lang, title, height } = frame(options, release);
  const base = release.base ?? cdnBase(release.version);
  return [
    `<iframe src="${escapeAttribute(src)}" lang="${lang}"`,
    `        title="${escapeAttribute(title)}" style="border:0;width:100%;height:${escapeAttribute(height)}" loading="lazy"></iframe>`,
    `<script src="${escapeAttribute(`${base}resize.js`)}" integrity="${escapeAttribute(release.integrity['resize.js'])}" crossorigin="anonymous" async></script>`,
  ].join('\n');
}

/** The width AMP scales the frame from (layout="responsive" keeps the ratio until the frame says its height). */
const AMP_WIDTH = 640;
const PIXELS_PER_REM = 16;

/**
 * For AMP pages, which allow only their own iframe component: a resizable
 * `amp-iframe` (Factbox frames send AMP's `embed-size` message), borderless,
 * first sized at the widget's reserved height for a 640-px column, with the
 * widget's facts as its placeholder until the frame has loaded.
 */
export function ampIframeSnippet(options: EmbedOptions, release: Release): string {
  const { src, lang, title, height } = frame(options, release);
  const length = /^(\d+(?:\.\d+)?)(rem|px)$/.exec(height);
  if (!length) throw new Error(`Factbox: cannot size an amp-iframe from a reserved height of ${height}`);
  const pixels = Math.round(Number(length[1]) * (length[2] === 'rem' ? PIXELS_PER_REM : 1));
  return [
    `<amp-iframe src="${escapeAttribute(src)}" lang="${lang}" title="${escapeAttribute(title)}"`,
    `            width="${AMP_WIDTH}" height="${pixels}" layout="responsive" resizable frameborder="0"`,
    '            sandbox="allow-scripts allow-same-origin allow-popups allow-downloads">',
    // AMP shows an element marked `placeholder` until the frame has loaded.
    // AMP sizes it to the frame's box: no reserve of its own.
    fallbackOf(options, widgetOf(options).name, { attributes: ' placeholder', reserve: false }),
    `  <button overflow type="button">${lang === 'ar' ? 'اعرض الرسم كاملًا' : 'Show the whole chart'}</button>`,
    '</amp-iframe>',
  ].join('\n');
}
