/**
 * CSS that reserves each widget's height before its code arrives, from the
 * widget catalogue, so that nothing on the page moves when it renders. One
 * function for every place that reserves space: embed.js (the elements not yet
 * defined) and the stylesheets generated for sites (the placeholders,
 * scripts/catalogue.mjs).
 */
import type { WidgetCatalogueEntry } from '@factbox/widgets';

/** One widget's CSS rule for one of its reserved heights (a CSS length). */
export type ReserveRule = (entry: WidgetCatalogueEntry, height: string) => string;

/**
 * Every widget's rule at its wide height, then, under `narrowScreen`, at its
 * narrow one. `lineBreak` '' gives compact CSS (embed.js); '\n' one rule per
 * line (files people read).
 */
export function reserveCss(
  catalogue: readonly WidgetCatalogueEntry[],
  narrowScreen: string,
  rule: ReserveRule,
  lineBreak: '' | '\n' = '',
): string {
  const indent = lineBreak ? '  ' : '';
  const rules = (size: 'wide' | 'narrow', prefix: string): string =>
    catalogue.map((entry) => `${prefix}${rule(entry, entry.height[size])}`).join(lineBreak);
  return `${rules('wide', '')}${lineBreak}@media ${narrowScreen}${lineBreak ? ' ' : ''}{${lineBreak}${rules('narrow', indent)}${lineBreak}}${lineBreak}`;
}

/**
 * For a site's stylesheet: a placeholder `<div data-factbox="…">` keeps its
 * widget's height while embed.js loads. A minimum, so that a taller widget
 * (an open panel) still fits; `--factbox-height`, set on the placeholder,
 * reaches the widget inside too.
 */
export const placeholderRule: ReserveRule = (entry, height) =>
  bySelection(entry, 'data-', `[data-factbox="${entry.name}"]`, (fallback) => `{min-height:var(--factbox-height,${fallback ?? height})}`);

/** For embed.js: a widget element not defined yet (its code not arrived) already takes its height. */
export const undefinedElementRule: ReserveRule = (entry, height) =>
  bySelection(
    entry,
    '',
    `${entry.tag}:not(:defined)`,
    (fallback) => `{display:block;block-size:var(--factbox-height,${fallback ?? height})}`,
  );

/**
 * A widget showing a selection of its rows (one of its own attributes set:
 * `from`, `topics`) has no height the catalogue knows: it reserves only the
 * `--factbox-height` a site sets for it. `declarations(null)` is the full
 * widget's rule, `declarations(fallback)` the selection's.
 */
function bySelection(
  entry: WidgetCatalogueEntry,
  prefix: '' | 'data-',
  selector: string,
  declarations: (fallback: string | null) => string,
): string {
  const attributes = (entry.attributes ?? []).map((attribute) => `[${prefix}${attribute}]`);
  if (attributes.length === 0) return `${selector}${declarations(null)}`;
  return `${selector}${attributes.map((a) => `:not(${a})`).join('')}${declarations(null)}${selector}:is(${attributes.join(',')})${declarations(prefix ? '0' : 'auto')}`;
}
