/**
 * The script of frame.html: one widget alone in a page, for hosts that allow
 * only iframes. `frame.html?widget=trade-share-pie&lang=ar&theme=dark`
 * (also `src`, `heading`, `heading-level`, and the timeline's `from` and `to`) becomes a placeholder
 * `<div data-factbox="trade-share-pie" data-lang="ar" data-theme="dark">`,
 * which embed.js (the next script in frame.html) turns into the widget, with
 * the same checks as on any page. This script then tells the parent window
 * its height whenever it changes, for resize.js on the host page.
 *
 * frame-locked.html (`<html data-factbox-frame="locked">`) is the same page
 * for publishers who host the files on their own domain: it takes no `src` and
 * no `heading` from its address, so that nobody can link to the publisher's
 * domain showing made-up rows under a headline of their choosing.
 */
import type { WidgetName } from '@factbox/widgets';
import { fallbackId, fallbackLang } from './fallback-markup.js';
import { FRAME_MESSAGE, PROTOCOL_VERSION, TOKEN_PARAMETER, TOKEN_PATTERN, type FrameSizeMessage } from './protocol.js';

const params = new URLSearchParams(location.search);
const root = document.getElementById('factbox-frame') ?? document.body;
const LOCKED = document.documentElement.getAttribute('data-factbox-frame') === 'locked';
/** What a locked frame refuses from its address: the data and the title. */
const LOCKED_PARAMETERS = new Set(['src', 'heading']);

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
const refused: string[] = [];
for (const [name, value] of params) {
  if (LOCKED && LOCKED_PARAMETERS.has(name)) {
    refused.push(name);
    continue;
  }
  // Plausible attribute names only, and never the loader's own (data-factbox, data-factbox-ready);
  // embed.js passes on only those a widget knows.
  if (name !== 'widget' && !name.startsWith('factbox') && /^[a-z][a-z0-9-]{0,30}$/.test(name)) {
    placeholder.setAttribute(`data-${name}`, value);
  }
}
if (refused.length > 0)
  console.warn(
    `[factbox] this frame is locked: it ignores ${[...LOCKED_PARAMETERS].join(' and ')} in its address (given: ${refused.join(', ')}).`,
  );
// frame.html holds every widget's facts, for readers whose browser runs no script (fallback.ts). This
// widget's move into the placeholder, so they stay if embed.js cannot run; the rest go. Not for rows of the host's own.
const widget = params.get('widget') ?? '';
const facts = placeholder.hasAttribute('data-src') ? null : document.getElementById(fallbackId(widget as WidgetName, fallbackLang(lang)));
if (facts) placeholder.append(facts);
root.replaceChildren(placeholder);

/** The widget's title, for the host's iframe title and this document's. */
function title(): string | undefined {
  const heading = root.querySelector('[data-factbox] > *')?.shadowRoot?.querySelector('[part="heading"]')?.textContent?.trim();
  return heading ? heading.slice(0, 300) : undefined;
}

/** The token resize.js gave this frame, in the fragment of its address (see resize.ts). */
function token(): string | undefined {
  const value = new URLSearchParams(location.hash.slice(1)).get(TOKEN_PARAMETER);
  return value && TOKEN_PATTERN.test(value) ? value : undefined;
}

let sent = '';
function report(): void {
  // The height of the content itself, not of the document: it does not depend on the
  // iframe's own height, so shrinking content shrinks the frame and nothing loops.
  const height = Math.ceil(root.getBoundingClientRect().height);
  const heading = title();
  if (heading) document.title = heading;
  const given = token();
  const key = `${height}|${heading ?? ''}|${given ?? ''}`;
  if (height < 1 || key === sent || window.parent === window) return;
  sent = key;
  const message: FrameSizeMessage = {
    type: FRAME_MESSAGE,
    version: PROTOCOL_VERSION,
    height,
    ...(heading ? { title: heading } : {}),
    ...(given ? { token: given } : {}),
  };
  // The message holds a height, a title and the token the host gave, so any host may read it; the host checks the sender.
  window.parent.postMessage(message, '*');
  // AMP pages size an <amp-iframe resizable> from this message; other hosts ignore it.
  window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
}

new ResizeObserver(report).observe(root);
root.addEventListener('factbox-ready', report);
root.addEventListener('factbox-error', report);
// resize.js gives the token by changing only the fragment: the page stays, and says its size again.
window.addEventListener('hashchange', report);
