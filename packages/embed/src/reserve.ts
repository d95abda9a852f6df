/**
 * CSS that reserves each widget's height before its code arrives, from the
 * widget catalogue, so that nothing on the page moves when it renders. One
 * function for every place that reserves space: embed.js (the elements not yet
 * defined) and the stylesheets generated for sites (the placeholders,
 * scripts/catalogue.mjs).
 */
import type { ReservedHeights, WidgetCatalogueEntry } from '@factbox/widgets';

/** One widget's CSS rule for one of its reserved heights (a CSS length), in English (and every other language) or in Arabic. */
export type ReserveRule = (entry: WidgetCatalogueEntry, height: string, lang: 'en' | 'ar') => string;

/**
 * Every widget's rules at its wide heights, then, under `narrowScreen`, at
 * its narrow ones; each English's, then Arabic's (the later rule, more
 * specific, wins for an Arabic widget). `lineBreak` '' gives compact CSS
 * (embed.js); '\n' one rule per line (files people read).
 */
export function reserveCss(
  catalogue: readonly WidgetCatalogueEntry[],
  narrowScreen: string,
  rule: ReserveRule,
  lineBreak: '' | '\n' = '',
): string {
  const indent = lineBreak ? '  ' : '';
  const rules = (size: 'wide' | 'narrow', prefix: string): string =>
    catalogue
      .flatMap((entry) => (['en', 'ar'] as const).map((lang) => `${prefix}${rule(entry, entry.height[lang][size], lang)}`))
      .join(lineBreak);
  return `${rules('wide', '')}${lineBreak}@media ${narrowScreen}${lineBreak ? ' ' : ''}{${lineBreak}${rules('narrow', indent)}${lineBreak}}${lineBreak}`;
}

/**
 * For a site's stylesheet: a placeholder `<div data-factbox="…">` keeps its
 * widget's height while embed.js loads. A minimum, so that a taller widget
 * (an open panel) still fits; `--factbox-height`, set on the placeholder,
 * reaches the widget inside too. The widget is in Arabic when the
 * placeholder says so (`data-lang="ar"`) or says nothing on an Arabic page.
 */
export const placeholderRule: ReserveRule = (entry, height, lang) =>
  bySelection(
    entry,
    'data-',
    `[data-factbox="${entry.name}"]${lang === 'ar' ? ':is([data-lang|="ar"],:lang(ar):not([data-lang]))' : ''}`,
    lang,
    (fallback) => `{min-height:var(--factbox-height,${fallback ?? height})}`,
  );

/**
 * For embed.js: a widget element not defined yet (its code not arrived) already
 * takes its height. Each widget's rule only names its height (`--_fb-loading-height`);
 * one rule for all the undefined widgets (`undefinedElementsCss`) applies it.
 * A widget showing a selection gets no height: it takes the site's
 * `--factbox-height`, or none.
 */
export const undefinedElementRule: ReserveRule = (entry, height, lang) => {
  const full = (entry.attributes ?? []).map((attribute) => `:not([${attribute}])`).join('');
  return `${entry.tag}${lang === 'ar' ? ':lang(ar)' : ''}${full}{--_fb-loading-height:${height}}`;
};

/** embed.js's reserving CSS: the undefined widgets take the height their rule names, wide or on a phone, in their language. */
export function undefinedElementsCss(catalogue: readonly WidgetCatalogueEntry[], narrowScreen: string): string {
  const undefinedWidgets = catalogue.map((entry) => `${entry.tag}:not(:defined)`).join(',');
  return `${undefinedWidgets}{display:block;block-size:var(--factbox-height,var(--_fb-loading-height))}${reserveCss(catalogue, narrowScreen, undefinedElementRule)}`;
}

/**
 * A widget showing a selection of its rows (one of its own attributes set:
 * `from`, `topics`) has no height the catalogue knows: it reserves only the
 * `--factbox-height` a site sets for it (one rule, English's, for every
 * language). `declarations(null)` is the full widget's rule,
 * `declarations(fallback)` the selection's.
 */
function bySelection(
  entry: WidgetCatalogueEntry,
  prefix: '' | 'data-',
  selector: string,
  lang: 'en' | 'ar',
  declarations: (fallback: string | null) => string,
): string {
  const attributes = (entry.attributes ?? []).map((attribute) => `[${prefix}${attribute}]`);
  if (attributes.length === 0) return `${selector}${declarations(null)}`;
  const full = `${selector}${attributes.map((a) => `:not(${a})`).join('')}${declarations(null)}`;
  return lang === 'ar' ? full : `${full}${selector}:is(${attributes.join(',')})${declarations(prefix ? '0' : 'auto')}`;
}

/**
 * For the facts inside a snippet (fallback.ts): the widget's reserved height
 * as one inline declaration, so that it holds from the first paint of the
 * HTML, before embed.js or any stylesheet arrives — the facts are painted
 * at once, and the page must not move when the loader's reserve replaces
 * them. An inline style takes no media query: `clamp()` gives the wide
 * height on screens wider than `narrowScreen`'s max-width and the narrow
 * one (always the taller) on screens at most that wide, as the loader's
 * rules do. A site's `--factbox-height` wins, as it does there.
 */
export function inlineReserve(height: ReservedHeights, narrowScreen: string): string {
  const limit = /max-width:\s*([\d.]+)(rem|px)/.exec(narrowScreen);
  if (!limit) throw new Error(`Factbox: cannot read a max-width from ${narrowScreen}`);
  // In px: a media query's rem is the browser's initial font size (16 px unless the reader changed it), while
  // in a property it is the page's own root size (62.5% on some sites), which would move the switch.
  const pixels = Number(limit[1]) * (limit[2] === 'rem' ? 16 : 1);
  // (limit + 0.5px − 100vw) is positive, multiplied far past any height, exactly when the screen is at most `limit`.
  return `min-height:var(--factbox-height,clamp(${height.wide},(${pixels + 0.5}px - 100vw) * 100000,${height.narrow}))`;
}
