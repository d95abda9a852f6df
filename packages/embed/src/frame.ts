/**
 * The script of frame.html: one widget alone in a page, for hosts that allow
 * only iframes. `frame.html?widget=trade-share-pie&lang=ar&theme=dark`
 * (also `src`, `heading`, `heading-level`). It tells its parent its height
 * whenever that changes, for resize.js on the host page.
 */
import { showNotice, unknownWidgetMessage } from './notice.js';
import { FRAME_MESSAGE, PROTOCOL_VERSION, type FrameSizeMessage } from './protocol.js';
import { WIDGETS, createWidget, isWidgetName } from './widgets.js';

const params = new URLSearchParams(location.search);
const root = document.getElementById('factbox-frame') ?? document.body;

const sheet = new CSSStyleSheet();
sheet.replaceSync('html,body{margin:0;padding:0;background:transparent}#factbox-frame{display:block;overflow:hidden}');
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const lang = params.get('lang');
if (lang && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/.test(lang)) {
  document.documentElement.lang = lang;
  if (/^ar\b/i.test(lang)) document.documentElement.dir = 'rtl';
}

const name = params.get('widget');
let widget: HTMLElement | null = null;
if (isWidgetName(name)) {
  widget = createWidget(name, (attribute) => params.get(attribute));
  root.replaceChildren(widget);
  WIDGETS[name].load().catch((error: unknown) => console.warn(`[factbox] could not load the ${name} widget:`, error));
} else {
  showNotice(root, unknownWidgetMessage(name ?? '', Object.keys(WIDGETS)));
}

/** The widget's title, for the host's iframe title and this document's. */
function title(): string | undefined {
  const heading = widget?.shadowRoot?.querySelector('[part="heading"]')?.textContent?.trim();
  return heading ? heading.slice(0, 300) : undefined;
}

let sent = '';
function report(): void {
  // The height of the content itself, not of the document: it does not depend on the
  // iframe's own height, so shrinking content shrinks the frame and nothing loops.
  const height = Math.ceil(root.getBoundingClientRect().height);
  const heading = title();
  if (heading) document.title = heading;
  const key = `${height}|${heading ?? ''}`;
  if (height < 1 || key === sent || window.parent === window) return;
  sent = key;
  const message: FrameSizeMessage = { type: FRAME_MESSAGE, version: PROTOCOL_VERSION, height, ...(heading ? { title: heading } : {}) };
  // The message holds only a height and a title, so any host may read it; the host checks the sender.
  window.parent.postMessage(message, '*');
}

new ResizeObserver(report).observe(root);
root.addEventListener('factbox-ready', report);
root.addEventListener('factbox-error', report);
