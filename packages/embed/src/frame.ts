/**
 * The script of frame.html: one widget alone in a page, for hosts that allow
 * only iframes. `frame.html?widget=trade-share-pie&lang=ar&theme=dark`
 * (also `src`, `heading`, `heading-level`, and the timeline's `from` and `to`) becomes a placeholder
 * `<div data-factbox="trade-share-pie" data-lang="ar" data-theme="dark">`,
 * which embed.js (the next script in frame.html) turns into the widget, with
 * the same checks as on any page. This script then tells the parent window
 * its height whenever it changes, for resize.js on the host page.
 */
import { FRAME_MESSAGE, PROTOCOL_VERSION, type FrameSizeMessage } from './protocol.js';

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

const placeholder = document.createElement('div');
placeholder.setAttribute('data-factbox', params.get('widget') ?? '');
for (const [name, value] of params) {
  // Plausible attribute names only, and never the loader's own (data-factbox, data-factbox-ready);
  // embed.js passes on only those a widget knows.
  if (name !== 'widget' && !name.startsWith('factbox') && /^[a-z][a-z0-9-]{0,30}$/.test(name)) {
    placeholder.setAttribute(`data-${name}`, value);
  }
}
root.replaceChildren(placeholder);

/** The widget's title, for the host's iframe title and this document's. */
function title(): string | undefined {
  const heading = root.querySelector('[data-factbox] > *')?.shadowRoot?.querySelector('[part="heading"]')?.textContent?.trim();
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
  // AMP pages size an <amp-iframe resizable> from this message; other hosts ignore it.
  window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
}

new ResizeObserver(report).observe(root);
root.addEventListener('factbox-ready', report);
root.addEventListener('factbox-error', report);
