/**
 * The widgets the embed files know, by the name editors use
 * (`data-factbox="…"`, `frame.html?widget=…`), with their tags; and the
 * widget attributes a placeholder or frame URL may set.
 */
import { WIDGET_TAGS, type WidgetName } from '@factbox/widgets';

export { WIDGET_TAGS, type WidgetName };

export const WIDGET_NAMES = Object.keys(WIDGET_TAGS) as WidgetName[];

export function isWidgetName(name: string | null | undefined): name is WidgetName {
  return typeof name === 'string' && Object.hasOwn(WIDGET_TAGS, name);
}

/**
 * Widget attributes a placeholder (as `data-*`) or a frame URL may set, and nothing else.
 * `topics` is the key figures' own (`data-topics="trade,energy"`); other widgets ignore it.
 */
export const PASSED_ATTRIBUTES = ['lang', 'theme', 'src', 'heading', 'heading-level', 'topics'] as const;
export type PassedAttribute = (typeof PASSED_ATTRIBUTES)[number];
