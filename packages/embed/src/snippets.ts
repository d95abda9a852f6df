/**
 * The HTML an editor or developer pastes to embed a widget — placeholder,
 * script tag, or iframe — built from options, with every value escaped for
 * an attribute. Used by the embed builder page and by the README's
 * generated snippets; exported as `@factbox/embed/snippets.js` for CMS
 * plugins that want to offer the same.
 */
import { WIDGET_TAGS, type WidgetName } from './widget-names.js';

export { WIDGET_NAMES, isWidgetName, type WidgetName } from './widget-names.js';

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
 * (no scheme). The same rule the widgets apply; checked here so the builder
 * never offers a snippet that will fail.
 */
export function isAcceptableDataUrl(src: string): boolean {
  const trimmed = src.trim();
  if (trimmed === '' || /[\u0000-\u001F\u007F]/.test(trimmed)) return false;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(trimmed)?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https';
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
  const data = attributes(options).map(([name, value]) => ` data-${name}="${escapeAttribute(value)}"`).join('');
  return `<div data-factbox="${options.widget}"${data}></div>`;
}

/** For pages that allow scripts: the script tag (once per page) and the element. */
export function scriptSnippet(options: EmbedOptions, release: Release): string {
  const base = release.base ?? cdnBase(release.version);
  const tag = WIDGET_TAGS[options.widget];
  const attrs = attributes(options).map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  return [
    // async: the loader runs as soon as it arrives, without waiting for the page to finish parsing.
    `<script type="module" src="${escapeAttribute(`${base}embed.js`)}" async`,
    `        integrity="${release.integrity['embed.js']}" crossorigin="anonymous"></script>`,
    `<${tag}${attrs}></${tag}>`,
  ].join('\n');
}

/** For hosts that allow no script in articles: the iframe, and the resizer once per page. */
export function iframeSnippet(options: EmbedOptions, release: Release, title: string): string {
  const base = release.base ?? cdnBase(release.version);
  const query = new URLSearchParams([['widget', options.widget], ...attributes(options)]).toString();
  return [
    `<iframe src="${escapeAttribute(`${base}frame.html?${query}`)}"`,
    `        title="${escapeAttribute(title)}" loading="lazy"></iframe>`,
    `<script src="${escapeAttribute(`${base}resize.js`)}" integrity="${release.integrity['resize.js']}" crossorigin="anonymous" async></script>`,
  ].join('\n');
}
