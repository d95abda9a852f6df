/**
 * The widgets the embed files know by name (`data-factbox="…"`,
 * `frame.html?widget=…`), the module that registers each, and how a
 * placeholder's `data-*` attributes map to the widget's attributes.
 */
export const WIDGETS = {
  'trade-share-pie': { tag: 'factbox-trade-share-pie', load: () => import('@factbox/widgets/trade-share-pie.js') },
  'delegation-bars': { tag: 'factbox-delegation-bars', load: () => import('@factbox/widgets/delegation-bars.js') },
  'exercises-map': { tag: 'factbox-exercises-map', load: () => import('@factbox/widgets/exercises-map.js') },
} as const;

export type WidgetName = keyof typeof WIDGETS;
export type WidgetTag = (typeof WIDGETS)[WidgetName]['tag'];

/** Widget attributes that placeholders and frame URLs may set, and nothing else. */
export const PASSED_ATTRIBUTES = ['lang', 'theme', 'src', 'heading', 'heading-level'] as const;

/** Longest attribute value passed on; longer ones are cut, so a pasted essay cannot bloat the page. */
const MAX_VALUE_LENGTH = 2000;

export function isWidgetName(name: string | null | undefined): name is WidgetName {
  return typeof name === 'string' && Object.hasOwn(WIDGETS, name);
}

export function widgetNameOf(tag: string): WidgetName | null {
  for (const [name, widget] of Object.entries(WIDGETS)) if (widget.tag === tag) return name as WidgetName;
  return null;
}

/**
 * Creates the widget element for `name` with the allowed attributes from
 * `read` (e.g. a placeholder's dataset or a URL's search parameters). The
 * widget validates the values itself (unknown lang/theme fall back, a `src`
 * that is not http(s) or relative shows an error in the widget).
 */
export function createWidget(name: WidgetName, read: (attribute: string) => string | null | undefined): HTMLElement {
  const element = document.createElement(WIDGETS[name].tag);
  for (const attribute of PASSED_ATTRIBUTES) {
    const value = read(attribute);
    if (typeof value === 'string' && value !== '') element.setAttribute(attribute, value.slice(0, MAX_VALUE_LENGTH));
  }
  return element;
}
