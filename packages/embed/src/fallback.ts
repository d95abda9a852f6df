/**
 * The facts of a widget as plain HTML, for readers whose browser runs no
 * script (feed readers, email, AMP caches, a blocked CDN, a crawler): its
 * title, one sentence with the numbers as the sources write them, and the
 * source line. Written from the datasets at build time
 * (scripts/fallbacks.ts → generated/fallbacks.ts). The snippets put it inside
 * every placeholder and element, frame.html holds every widget's, and
 * `dist/fallbacks/<widget>.<lang>.html` has each alone. When the widget
 * upgrades, its shadow root (which has no slot) takes the place of this
 * content, within the same reserved height.
 */
import type { WidgetName } from '@factbox/widgets';
import { FALLBACK_CLASS, escapeText, type FallbackLang } from './fallback-markup.js';
import { FALLBACKS } from './generated/fallbacks.js';

export { FALLBACK_CLASS, fallbackId, fallbackLang, type FallbackLang } from './fallback-markup.js';

/**
 * One widget's fallback: a `div` in its language and direction holding the
 * title (`heading` when given, else the catalogue's) and the facts (other
 * paragraphs of HTML when given, already escaped).
 * `attributes` are added to the div as they are (already escaped), and
 * `style` (declarations without quotes) as its inline style; `indent`
 * starts each line. One element a line, none indented, in the snippets:
 * WordPress's wpautop (classic editor) leaves that alone, but adds stray
 * paragraphs to indented markup.
 */
export function fallbackHtml(
  name: WidgetName,
  lang: FallbackLang,
  {
    heading,
    facts = FALLBACKS[name][lang].facts,
    attributes = '',
    style = '',
    indent = '',
  }: {
    readonly heading?: string;
    readonly facts?: readonly string[];
    readonly attributes?: string;
    readonly style?: string;
    readonly indent?: string;
  } = {},
): string {
  const paragraphs = [`<p><strong>${escapeText(heading?.trim() || FALLBACKS[name][lang].title)}</strong></p>`, ...facts];
  return [
    `${indent}<div class="${FALLBACK_CLASS}" lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"${style ? ` style="${style}"` : ''}${attributes}>`,
    ...paragraphs.map((paragraph) => `${indent}${paragraph}`),
    `${indent}</div>`,
  ].join('\n');
}
