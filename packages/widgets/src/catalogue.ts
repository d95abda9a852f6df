/**
 * The widget catalogue: the one list of what Factbox offers. Everything that
 * needs a widget's facts — the embed loader's reserved space and names, the
 * iframe page, the embed builder, the WordPress plugin, the example pages'
 * CSS and the README's table — reads them here or is generated from here.
 * Adding a widget is one entry here and one folder in `src/`.
 *
 * This module has no dependencies and no side effects, so the embed loader
 * can import it without pulling in Lit or a widget.
 */

/**
 * Reserved heights in one language, whole CSS pixels above the tallest first
 * render (a widget 600–680 px wide; 320–343 px for `narrow`). `narrow` applies
 * when the widget is at most `NARROW_WIDGET` wide; before the widget's code
 * arrives, the loader guesses that from the screen (`NARROW_SCREEN`). The
 * widget grows afterwards when a reader opens a panel.
 */
export interface ReservedHeights {
  readonly wide: string;
  readonly narrow: string;
}

/** One widget of the catalogue. */
export interface WidgetCatalogueEntry {
  /** The name editors use: `data-factbox="…"`, `frame.html?widget=…`, and the module `@factbox/widgets/<name>.js`. */
  readonly name: string;
  /** The custom element's tag. */
  readonly tag: `factbox-${string}`;
  /** The `@factbox/datasets` resource it draws. */
  readonly resource: 'trade-share' | 'delegations' | 'exercises' | 'figures' | 'events';
  /** Its default title, for iframe titles and the builder (the widget may derive a more specific one from its rows). */
  readonly title: { readonly en: string; readonly ar: string };
  /**
   * The block size reserved before the widget renders, as CSS lengths: its
   * tallest first render with its built-in rows, measured in each language
   * (Arabic sets shorter than English: one reserve for both would leave a
   * hole under every Arabic widget), so that nothing on the page moves when
   * it arrives. English's applies to every language but Arabic.
   */
  readonly height: { readonly en: ReservedHeights; readonly ar: ReservedHeights };
  /**
   * The widget's own attributes, besides those every widget has (`lang`,
   * `theme`, `src`, `heading`, `heading-level`): a placeholder may set them as
   * `data-*` and a frame URL by name. Each selects some of the rows, so a
   * widget with one set has a height the catalogue cannot know: no space is
   * reserved for it, and it is as tall as what it shows.
   */
  readonly attributes?: readonly string[];
}

/** Widgets at most this wide take their narrow layout and height (a container query on the widget). */
export const NARROW_WIDGET = '30rem';

/**
 * Screens on which the loader reserves the narrow height before a widget's
 * code arrives: phones, where an article column is the screen less its
 * margins, so a widget there is at most `NARROW_WIDGET` wide.
 */
export const NARROW_SCREEN = '(max-width: 32rem)';

export const WIDGET_CATALOGUE = [
  {
    name: 'trade-share-pie',
    tag: 'factbox-trade-share-pie',
    resource: 'trade-share',
    title: { en: 'Shares of North Korea’s trade', ar: 'حصص تجارة كوريا الشمالية' },
    height: { en: { wide: '28.6875rem', narrow: '43.625rem' }, ar: { wide: '27.5rem', narrow: '40.9375rem' } },
  },
  {
    name: 'delegation-bars',
    tag: 'factbox-delegation-bars',
    resource: 'delegations',
    title: { en: 'Delegations exchanged with North Korea', ar: 'الوفود المتبادلة مع كوريا الشمالية' },
    height: { en: { wide: '24.4375rem', narrow: '38.125rem' }, ar: { wide: '21.8125rem', narrow: '34.25rem' } },
  },
  {
    name: 'exercises-map',
    tag: 'factbox-exercises-map',
    resource: 'exercises',
    title: { en: 'Military exercises and deployments', ar: 'المناورات العسكرية ونشر القوات' },
    height: { en: { wide: '42.4375rem', narrow: '58rem' }, ar: { wide: '40.25rem', narrow: '54.3125rem' } },
  },
  {
    name: 'events-timeline',
    tag: 'factbox-events-timeline',
    resource: 'events',
    title: { en: 'North Korea, Russia and China: a timeline', ar: 'كوريا الشمالية وروسيا والصين: خط زمني' },
    height: { en: { wide: '86.5625rem', narrow: '135rem' }, ar: { wide: '75.125rem', narrow: '122.25rem' } },
    attributes: ['from', 'to'],
  },
  {
    name: 'key-figures',
    tag: 'factbox-key-figures',
    resource: 'figures',
    title: { en: 'Key figures: China, North Korea and Russia', ar: 'أرقام رئيسية: الصين وكوريا الشمالية وروسيا' },
    height: { en: { wide: '159.3125rem', narrow: '276.25rem' }, ar: { wide: '153.5625rem', narrow: '271.875rem' } },
    attributes: ['topics'],
  },
] as const satisfies readonly WidgetCatalogueEntry[];

export type WidgetCatalogue = typeof WIDGET_CATALOGUE;
/** A widget's name, as editors write it (`trade-share-pie`). */
export type WidgetName = WidgetCatalogue[number]['name'];
/** A widget's tag (`factbox-trade-share-pie`). */
export type WidgetTag = WidgetCatalogue[number]['tag'];
/** The catalogue entry of widget `N`. */
export type WidgetEntry<N extends WidgetName = WidgetName> = Extract<WidgetCatalogue[number], { name: N }>;

/** The catalogue entry of a widget name. */
export function widgetEntry<N extends WidgetName>(name: N): WidgetEntry<N> {
  return WIDGET_CATALOGUE.find((entry) => entry.name === name) as WidgetEntry<N>;
}

/** Tag name of each widget, by its name. */
// Pure: a module that imports only NARROW_WIDGET (every widget) must not carry the catalogue.
export const WIDGET_TAGS = /* @__PURE__ */ Object.fromEntries(/* @__PURE__ */ WIDGET_CATALOGUE.map((entry) => [entry.name, entry.tag])) as {
  readonly [N in WidgetName]: WidgetEntry<N>['tag'];
};
