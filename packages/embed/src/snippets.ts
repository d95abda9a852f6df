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
import { WIDGET_CATALOGUE, type WidgetName } from '@factbox/widgets';
import { WIDGET_NAMES, isWidgetName } from './widget-names.js';

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
}

/** Where the files are: a versioned, immutable folder, and the integrity of its entry files. */
export interface Release {
  readonly version: string;
  readonly integrity: { readonly 'embed.js': string; readonly 'resize.js': string };
  /** Folder holding embed.js, resize.js and frame.html; default: jsDelivr's copy of the npm package. */
  readonly base?: string;
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

/** For sanitising CMSs (WordPress for Authors): a <div> with data-* attributes. */
export function placeholderSnippet(options: EmbedOptions): string {
  const { name } = widgetOf(options);
  const data = attributes(options)
    .map(([attribute, value]) => ` data-${attribute}="${escapeAttribute(value)}"`)
    .join('');
  return `<div data-factbox="${escapeAttribute(name)}"${data}></div>`;
}

/** For pages that allow scripts: the script tag (once per page) and the element. */
export function scriptSnippet(options: EmbedOptions, release: Release): string {
  const { tag } = widgetOf(options);
  const base = release.base ?? cdnBase(release.version);
  const attrs = attributes(options)
    .map(([attribute, value]) => ` ${attribute}="${escapeAttribute(value)}"`)
    .join('');
  return [
    // async: the loader runs as soon as it arrives, without waiting for the page to finish parsing.
    `<script type="module" src="${escapeAttribute(`${base}embed.js`)}" async`,
    `        integrity="${escapeAttribute(release.integrity['embed.js'])}" crossorigin="anonymous"></script>`,
    `<${tag}${attrs}></${tag}>`,
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
  const lang = /^ar(-|$)/i.test(options.lang ?? '') ? 'ar' : 'en';
  const query = new URLSearchParams([['widget', name], ...attributes(options)]).toString();
  return { src: `${base}frame.html?${query}`, lang, title: options.heading?.trim() || title[lang], height: height[lang].wide };
}

/**
 * For hosts that allow no script in articles: the iframe, and the resizer once
 * per page. The iframe's title is the heading, or the widget's title from the
 * catalogue, in the frame's language, and `lang` says which. No border, the
 * article's full width; resize.js sets the height.
 */
export function iframeSnippet(options: EmbedOptions, release: Release): string {
  const { src, lang, title } = frame(options, release);
  const base = release.base ?? cdnBase(release.version);
  return [
    `<iframe src="${escapeAttribute(src)}" lang="${lang}"`,
    `        title="${escapeAttribute(title)}" style="border:0;width:100%" loading="lazy"></iframe>`,
    `<script src="${escapeAttribute(`${base}resize.js`)}" integrity="${escapeAttribute(release.integrity['resize.js'])}" crossorigin="anonymous" async></script>`,
  ].join('\n');
}

/** The width AMP scales the frame from (layout="responsive" keeps the ratio until the frame says its height). */
const AMP_WIDTH = 640;
const PIXELS_PER_REM = 16;

/**
 * For AMP pages, which allow only their own iframe component: a resizable
 * `amp-iframe` (Factbox frames send AMP's `embed-size` message), borderless,
 * first sized at the widget's reserved height for a 640-px column.
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
    `  <button overflow type="button">${lang === 'ar' ? 'اعرض الرسم كاملًا' : 'Show the whole chart'}</button>`,
    '</amp-iframe>',
  ].join('\n');
}
