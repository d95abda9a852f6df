/**
 * The widgets the embed files know, from the widget catalogue of
 * @factbox/widgets: the names editors use (`data-factbox="…"`,
 * `frame.html?widget=…`) and their tags; and the widget attributes a
 * placeholder or frame URL may set.
 */
import { WIDGET_CATALOGUE, WIDGET_TAGS, type WidgetName } from '@factbox/widgets';

export { WIDGET_TAGS, type WidgetName };

export const WIDGET_NAMES: readonly WidgetName[] = WIDGET_CATALOGUE.map((entry) => entry.name);

export function isWidgetName(name: unknown): name is WidgetName {
  return typeof name === 'string' && Object.hasOwn(WIDGET_TAGS, name);
}

/** Widget attributes a placeholder (as `data-*`) or a frame URL may set, and nothing else. */
export const PASSED_ATTRIBUTES = ['lang', 'theme', 'src', 'heading', 'heading-level'] as const;
