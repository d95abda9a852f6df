/**
 * @factbox/widgets — the widget classes, without side effects: importing this
 * module registers nothing. To register an element, import its module:
 *
 * ```ts
 * import '@factbox/widgets/trade-share-pie.js'; // defines <factbox-trade-share-pie>
 * ```
 *
 * or define a class under a tag of your own with `customElements.define`.
 */
export { FactboxTradeSharePie } from './trade-share-pie/trade-share-pie.js';
export { FactboxDelegationBars } from './delegation-bars/delegation-bars.js';
export { FactboxExercisesMap } from './exercises-map/exercises-map.js';
export { FactboxEventsTimeline } from './events-timeline/events-timeline.js';
export { FactboxKeyFigures } from './key-figures/key-figures.js';
export type { ChartItem, FactboxErrorDetail, FactboxReadyDetail, TableColumn, Theme, WidgetState } from './shared/types.js';
export { defineElement, type VersionedElement } from './shared/define.js';
export { LOCALES, type Locale } from './shared/i18n.js';
/** Whether and how a widget reads a `src` address: http(s) or relative, resolved against a base; null when refused. */
export { resolveDataUrl } from './shared/load-rows.js';
export { THEME_TOKENS, type ThemeTokens } from './shared/theme.js';
export { VERSION } from './generated/version.js';

export {
  NARROW_SCREEN,
  NARROW_WIDGET,
  WIDGET_CATALOGUE,
  WIDGET_TAGS,
  widgetEntry,
  type ReservedHeights,
  type WidgetCatalogue,
  type WidgetCatalogueEntry,
  type WidgetEntry,
  type WidgetName,
  type WidgetTag,
} from './catalogue.js';
