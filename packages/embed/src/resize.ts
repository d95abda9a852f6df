/**
 * resize.js — a classic script the host page adds once:
 *
 *   <script src="…/@factbox/embed@VERSION/dist/resize.js" async></script>
 *
 * Sizes every Factbox iframe (an <iframe src="…/frame.html?widget=…">, no
 * extra attributes needed) to its content. It accepts a message only when it
 * comes from the window of such an iframe, from that iframe's own origin, in
 * the expected shape, with a sensible height. Anything else is ignored.
 */
import { isFrameSizeMessage } from './protocol.js';

const INSTALLED = Symbol.for('factbox.resize');
const globals = globalThis as typeof globalThis & { [INSTALLED]?: true };

/** frame.html next to this script (any origin), or in a published copy of @factbox/embed. */
const OWN_FRAME = (() => {
  const script = document.currentScript as HTMLScriptElement | null;
  try {
    return script?.src ? new URL('frame.html', script.src).pathname : null;
  } catch {
    return null;
  }
})();
const PUBLISHED_FRAME = /\/@factbox\/embed@[^/]+\/dist\/frame\.html$/;

/** The Factbox iframe whose window sent a message from `origin`, or null. */
function managedFrame(source: MessageEventSource | null, origin: string): HTMLIFrameElement | null {
  if (!source) return null;
  for (const frame of Array.from(document.getElementsByTagName('iframe'))) {
    if (frame.contentWindow !== source) continue;
    let url: URL;
    try {
      url = new URL(frame.src, document.baseURI);
    } catch {
      return null;
    }
    const isFactbox = (url.pathname === OWN_FRAME || PUBLISHED_FRAME.test(url.pathname)) && url.searchParams.has('widget');
    // The sender must still be at the frame's own address: a frame that navigated elsewhere is not Factbox.
    return isFactbox && url.origin === origin ? frame : null;
  }
  return null;
}

if (!globals[INSTALLED]) {
  globals[INSTALLED] = true;
  window.addEventListener('message', (event: MessageEvent) => {
    if (!isFrameSizeMessage(event.data)) return;
    const frame = managedFrame(event.source, event.origin);
    if (!frame) return;
    const height = `${Math.ceil(event.data.height)}px`;
    if (frame.style.height !== height) frame.style.height = height;
    // A plain <iframe> is 300 px wide; a chart should follow the article's width unless the host says
    // otherwise (a width attribute, inline style, or a stylesheet that changed the default).
    if (!frame.hasAttribute('width') && !frame.style.width && getComputedStyle(frame).width === '300px') frame.style.width = '100%';
    if (!frame.title && event.data.title) frame.title = event.data.title;
  });
}
