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
import { VERSION } from './generated/version.js';
import { showNotice, unknownWidgetMessage } from './notice.js';
import { WIDGETS, createWidget, isWidgetName, widgetNameOf, type WidgetName } from './widgets.js';

interface Registry {
  readonly version: string;
  readonly url: string;
}

const REGISTRY = Symbol.for('factbox.embed');
const globals = globalThis as typeof globalThis & { [REGISTRY]?: Registry };

const TAGS = Object.values(WIDGETS).map((w) => w.tag);
const PLACEHOLDERS = 'div[data-factbox]:not([data-factbox-ready])';
const UNDEFINED_WIDGETS = TAGS.map((tag) => `${tag}:not(:defined)`).join(',');

/**
 * Space reserved for a widget before its code arrives, equal to its final
 * size, so that nothing on the page moves (no layout shift).
 */
const RESERVE = `
factbox-trade-share-pie:not(:defined),factbox-delegation-bars:not(:defined){display:block;block-size:var(--factbox-height,34rem)}
factbox-exercises-map:not(:defined){display:block;block-size:var(--factbox-height,40rem)}
[data-factbox-notice]{margin:0;padding:.5rem .75rem;border:1px solid currentColor;border-radius:4px;font:inherit}
`;

function start(): void {
  const loading = new Map<WidgetName, Promise<unknown>>();

  const load = (name: WidgetName): void => {
    if (loading.has(name)) return;
    loading.set(name, WIDGETS[name].load().catch((error: unknown) => {
      // Leave the element undefined with its reserved space; a later sighting tries again.
      loading.delete(name);
      console.warn(`[factbox] could not load the ${name} widget:`, error);
    }));
  };

  const nearViewport = typeof IntersectionObserver === 'function'
    ? new IntersectionObserver((entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          nearViewport?.unobserve(entry.target);
          const name = widgetNameOf(entry.target.localName);
          if (name) load(name);
        }
      }, { rootMargin: '100% 0px' })
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
      showNotice(placeholder, unknownWidgetMessage(name ?? '', Object.keys(WIDGETS)));
      return;
    }
    const widget = createWidget(name, (attribute) => placeholder.getAttribute(`data-${attribute}`));
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
    console.warn(`[factbox] @factbox/embed ${existing.version} is already running (${existing.url}); this copy, ${VERSION} (${import.meta.url}), does nothing.`);
  }
} else {
  globals[REGISTRY] = Object.freeze({ version: VERSION, url: import.meta.url });
  reserveSpace();
  start();
}
