/**
 * The one script tag a site adds:
 *
 *   <script type="module" src="…/@factbox/embed@VERSION/dist/embed.js"></script>
 *
 * It reserves each widget's space at once, turns every `<div data-factbox>`
 * placeholder (present now or added later) into its widget, and loads each
 * widget's code only when that widget comes near the viewport. Chunks are
 * imported relative to this file, so it works from any CDN path. Loaded
 * twice, or next to another version, it never throws: the first copy works,
 * a second copy of another version says so in the console and does nothing.
 */
import { LOADERS, LOADER_WIDGETS, RESERVE_CSS } from './generated/loaders.js';
import { VERSION } from './generated/version.js';
import type { WidgetName } from '@factbox/widgets';
import { PASSED_ATTRIBUTES } from './attributes.js';

// What the loader knows of the widgets, generated from the catalogue at build time (nothing it does not use).
const WIDGET_NAMES = Object.keys(LOADER_WIDGETS) as WidgetName[];
const isWidgetName = (name: string | null): name is WidgetName => name !== null && Object.hasOwn(LOADER_WIDGETS, name);
const tagOf = (name: WidgetName): string => LOADER_WIDGETS[name].tag;

/**
 * Every chunk each widget needs, filled in by the build (scripts/rollup-outputs.mjs).
 * When a widget's turn comes, they are all imported at once, rather than one
 * round trip after another as each module discovers its imports (chunks the
 * page preloads itself, from the first chart's snippet, come from there).
 */
type PreloadMap = Partial<Record<WidgetName, readonly string[]>>;
const PRELOAD: Readonly<PreloadMap> = (() => {
  try {
    return JSON.parse('__FACTBOX_PRELOAD_MAP__') as PreloadMap;
  } catch {
    return {}; // Not bundled: no map, modules load as they are discovered.
  }
})();

/**
 * The first Intl formatter a page creates costs about 12 ms of CPU (ICU
 * starting up; ~50 ms on a slow phone), and every widget formats numbers and
 * dates in its first render. Paid in the task after a widget's chunks are
 * requested, it runs while they download instead of after they arrive.
 */
let intlWarmed = false;
function warmIntl(): void {
  if (intlWarmed) return;
  intlWarmed = true;
  setTimeout(() => {
    try {
      new Intl.NumberFormat().format(1);
      new Intl.DateTimeFormat(undefined, { timeZone: 'UTC' }).format(0);
    } catch {
      // No Intl, or a broken one: the widget reports it when it renders.
    }
  }, 0);
}

/** Longest attribute value passed on; longer ones are cut, so a pasted essay cannot bloat the page. */
const MAX_VALUE_LENGTH = 2000;

function widgetNameOf(tag: string): WidgetName | null {
  return WIDGET_NAMES.find((name) => tagOf(name) === tag) ?? null;
}

/**
 * The widget for a placeholder, with its allowed `data-*` attributes. The
 * widget validates the values itself: an unknown lang or theme falls back
 * with a warning, a `src` that is not http(s) or relative shows an error in
 * the widget and is never fetched.
 */
function createWidget(name: WidgetName, placeholder: Element): HTMLElement {
  const element = document.createElement(tagOf(name));
  for (const attribute of [...PASSED_ATTRIBUTES, ...LOADER_WIDGETS[name].attributes]) {
    const value = placeholder.getAttribute(`data-${attribute}`);
    if (value) element.setAttribute(attribute, value.slice(0, MAX_VALUE_LENGTH));
  }
  return element;
}

/** A visible, accessible notice in place of a widget that cannot be made: text only, never markup. */
function showNotice(container: Element, name: string): void {
  const shown = name.length > 60 ? `${name.slice(0, 60)}…` : name;
  const message = `Factbox: there is no widget called "${shown}". Use one of: ${WIDGET_NAMES.join(', ')}.`;
  const notice = document.createElement('p');
  notice.setAttribute('role', 'note');
  notice.setAttribute('data-factbox-notice', '');
  notice.textContent = message;
  container.replaceChildren(notice);
  console.warn(`[factbox] ${message}`);
}

interface Registry {
  readonly version: string;
  readonly url: string;
}

const REGISTRY = Symbol.for('factbox.embed');
const globals = globalThis as typeof globalThis & { [REGISTRY]?: Registry };

const TAGS = WIDGET_NAMES.map(tagOf);
const PLACEHOLDERS = 'div[data-factbox]:not([data-factbox-ready])';
const UNDEFINED_WIDGETS = TAGS.map((tag) => `${tag}:not(:defined)`).join(',');

/**
 * Space reserved for a widget before its code arrives, equal to its height at
 * first render (the catalogue's), so that nothing on the page moves (no layout shift).
 */
const RESERVE = `${RESERVE_CSS}
[data-factbox-notice]{margin:0;padding:.5rem .75rem;border:1px solid currentColor;border-radius:4px;font:inherit}`;

/** The longest a widget's code waits for the widget before it to arrive. */
const TURN_LIMIT_MS = 3000;

function start(): void {
  const loading = new Map<WidgetName, Promise<unknown>>();
  /**
   * Widgets' code is fetched one widget after another, in the order they come near the viewport:
   * on a slow connection, the first chart's chunks get all the bandwidth and it is drawn as soon as
   * they are in (on the bench's slow 4G, ~100 ms sooner than when a second widget's chunks share
   * the line); the next widget, whose shared chunks (Lit, Chart.js) are then there, follows.
   */
  let previous: Promise<unknown> = Promise.resolve();

  const load = (name: WidgetName): void => {
    if (loading.has(name)) return;
    const tag = tagOf(name);
    warmIntl();
    // With the widget's module, every chunk it will need, all requested at once (its chart's too, which the
    // widget imports later); the next widget waits for them all, so that it does not share the line with them.
    const turn = previous.then(
      () =>
        [LOADERS[name](), ...(PRELOAD[name] ?? []).map((file): Promise<unknown> => import(new URL(file, import.meta.url).href))] as const,
    );
    const arrived = turn.then(([widget]) => widget);
    // …but not forever: a chunk that never arrives (a stalled connection) must not hold back every widget after it.
    previous = turn.then((all) => Promise.race([Promise.allSettled(all), new Promise((resolve) => setTimeout(resolve, TURN_LIMIT_MS))]));
    loading.set(
      name,
      arrived.then(
        () => document.querySelectorAll(`${tag} > [data-factbox-notice]`).forEach((notice) => notice.remove()),
        (error: unknown) => {
          // The widget's code did not arrive (offline, blocked): say so where each widget stands, with a way to retry.
          loading.delete(name);
          console.warn(`[factbox] could not load the ${name} widget: ${String(error)}`);
          // The facts it holds (the snippet's fallback) stay: the notice goes first, once.
          document.querySelectorAll(`${tag}:not(:defined)`).forEach((element) => {
            const button = document.createElement('button');
            button.type = 'button';
            button.textContent = 'Try again';
            button.addEventListener('click', () => load(name));
            const notice = document.createElement('p');
            notice.setAttribute('role', 'alert');
            notice.setAttribute('data-factbox-notice', '');
            notice.append('This chart could not be loaded. ', button);
            element.querySelector(':scope > [data-factbox-notice]')?.remove();
            element.prepend(notice);
          });
        },
      ),
    );
  };

  const nearViewport =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(
          (entries) => {
            for (const entry of entries) {
              if (!entry.isIntersecting) continue;
              nearViewport?.unobserve(entry.target);
              const name = widgetNameOf(entry.target.localName);
              if (name) load(name);
            }
          },
          { rootMargin: '100% 0px' },
        )
      : null;

  const watch = (element: Element): void => {
    const name = widgetNameOf(element.localName);
    if (!name) return;
    if (nearViewport) nearViewport.observe(element);
    else load(name);
  };

  const upgrade = (placeholder: Element): void => {
    placeholder.setAttribute('data-factbox-ready', '');
    const name = placeholder.getAttribute('data-factbox');
    if (!isWidgetName(name)) {
      showNotice(placeholder, name ?? '');
      return;
    }
    const widget = createWidget(name, placeholder);
    // The placeholder's content (the snippet's facts as plain HTML) moves into the widget: shown there, in
    // the reserved height, until the widget's code arrives; its shadow root (no slot) then takes its place.
    widget.append(...placeholder.childNodes);
    placeholder.replaceChildren(widget);
    watch(widget);
  };

  const scan = (root: ParentNode): void => {
    if (root instanceof Element && root.matches(PLACEHOLDERS)) upgrade(root);
    root.querySelectorAll(PLACEHOLDERS).forEach(upgrade);
    if (root instanceof Element && root.matches(UNDEFINED_WIDGETS)) watch(root);
    root.querySelectorAll(UNDEFINED_WIDGETS).forEach(watch);
  };

  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        scan(record.target as Element);
        continue;
      }
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  }).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-factbox'] });
  scan(document);
}

function reserveSpace(): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(RESERVE);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // Very old browsers: widgets still work, they just may shift the page when they arrive.
  }
}

const existing = globals[REGISTRY];
if (existing) {
  if (existing.version !== VERSION) {
    console.warn(
      `[factbox] @factbox/embed ${existing.version} is already running (${existing.url}); this copy, ${VERSION} (${import.meta.url}), does nothing.`,
    );
  }
} else {
  globals[REGISTRY] = Object.freeze({ version: VERSION, url: import.meta.url });
  reserveSpace();
  start();
}
