/**
 * The widgets the embed files know, from the widget catalogue of
 * @factbox/widgets: the names editors use (`data-factbox="…"`,
 * `frame.html?widget=…`) and their tags; and the widget attributes a
 * placeholder or frame URL may set.
 */
import { WIDGET_CATALOGUE, WIDGET_TAGS, type WidgetCatalogueEntry, type WidgetName } from '@factbox/widgets';

export { WIDGET_TAGS, type WidgetName };

export const WIDGET_NAMES: readonly WidgetName[] = WIDGET_CATALOGUE.map((entry) => entry.name);

export function isWidgetName(name: unknown): name is WidgetName {
  return typeof name === 'string' && Object.hasOwn(WIDGET_TAGS, name);
}

import { PASSED_ATTRIBUTES } from './attributes.js';

export { PASSED_ATTRIBUTES };

/** What a placeholder or frame URL may set on widget `name`: every widget's attributes and its own (the catalogue's), nothing else. */
export function passedAttributes(name: WidgetName): readonly string[] {
  const entries: readonly WidgetCatalogueEntry[] = WIDGET_CATALOGUE;
  const own = entries.find((entry) => entry.name === name)?.attributes ?? [];
  return [...PASSED_ATTRIBUTES, ...own];
}
