/**
 * resize.js — a classic script the host page adds once:
 *
 *   <script src="…/@factbox/embed@VERSION/dist/resize.js" async></script>
 *
 * Sizes every Factbox iframe (`<iframe src="…/frame.html?widget=…">`, no
 * extra attributes needed) to its content, between 100 and 5,000 px. It
 * obeys a message only when all of these hold:
 *
 * - it comes from the window of an iframe on this page whose address is a
 *   Factbox frame page in this script's own folder (same origin, same path),
 *   or in a folder the script's `data-factbox-frames` attribute lists
 *   (space-separated folder URLs, for frames of another version or host);
 * - it comes from that address's origin, in the expected shape;
 * - it carries the frame's token. On a frame's first message, this script
 *   gives it a random token in the fragment of its own address
 *   (`#factbox-token=…`, a same-document navigation: the page does not
 *   reload). frame.html echoes it; a page the frame navigated to — on a
 *   public CDN its origin is shared with every package — never learns it, and
 *   its first message sends the frame back to its Factbox address.
 *
 * Anything else is ignored.
 */
import { MAX_FRAME_HEIGHT, MIN_FRAME_HEIGHT, TOKEN_PARAMETER, isFrameSizeMessage, type FrameSizeMessage } from './protocol.js';

const INSTALLED = Symbol.for('factbox.resize');
const globals = globalThis as typeof globalThis & { [INSTALLED]?: true };

/** The pages of a frame folder that are Factbox frames. */
const FRAME_PAGES = ['frame.html', 'frame-locked.html'];

/** Folders whose frame pages this script obeys: its own, and those its `data-factbox-frames` lists. */
const FRAME_FOLDERS: readonly URL[] = (() => {
  const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
  const folders: URL[] = [];
  const add = (address: string, base: string): void => {
    try {
      const folder = new URL('./', new URL(address, base));
      if (folder.protocol === 'https:' || folder.protocol === 'http:') folders.push(folder);
    } catch {
      // Not an address: ignored (and so are its frames).
    }
  };
  if (script?.src) add(script.src, document.baseURI);
  for (const address of (script?.getAttribute('data-factbox-frames') ?? '').split(/\s+/)) if (address) add(address, document.baseURI);
  return folders;
})();

function isFactboxAddress(url: URL): boolean {
  return (
    url.searchParams.has('widget') &&
    FRAME_FOLDERS.some((folder) => url.origin === folder.origin && FRAME_PAGES.some((page) => url.pathname === `${folder.pathname}${page}`))
  );
}

/**
 * The token each frame was given, for the address it was given for (a new
 * `src` gets a new token), and whether the frame is on its way to that
 * address: until its next document has loaded it is not sent again, or a
 * page that floods messages could restart the navigation forever.
 */
interface GivenToken {
  readonly src: string;
  readonly token: string;
  travelling: boolean;
}
const tokens = new WeakMap<HTMLIFrameElement, GivenToken>();

function newToken(): string {
  // getRandomValues, not randomUUID: the host page may not be a secure context.
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Gives `frame` a new token by sending it to its own Factbox address with the token in the fragment. */
function giveToken(frame: HTMLIFrameElement, address: URL): void {
  const given: GivenToken = { src: frame.src, token: newToken(), travelling: true };
  tokens.set(frame, given);
  // A full navigation ends with a load event; a fragment-only one has none, and needs none (the frame is there).
  frame.addEventListener(
    'load',
    () => {
      given.travelling = false;
    },
    { once: true },
  );
  const withToken = new URL(address);
  withToken.hash = `${TOKEN_PARAMETER}=${given.token}`;
  // replace(): no entry in the reader's history. Allowed on a cross-origin frame's location.
  frame.contentWindow?.location.replace(withToken.href);
}

function resize(frame: HTMLIFrameElement, message: FrameSizeMessage): void {
  const height = `${Math.min(MAX_FRAME_HEIGHT, Math.max(MIN_FRAME_HEIGHT, Math.ceil(message.height)))}px`;
  if (frame.style.height !== height) frame.style.height = height;
  // A plain <iframe> is 300 px wide; a chart should follow the article's width unless the host says
  // otherwise (a width attribute, inline style, or a stylesheet that changed the default).
  if (!frame.hasAttribute('width') && !frame.style.width && getComputedStyle(frame).width === '300px') frame.style.width = '100%';
  if (!frame.title && message.title) frame.title = message.title;
}

/** The Factbox frame page `frame` shows, by its `src`, or null when it is not one. */
function factboxAddress(frame: HTMLIFrameElement): URL | null {
  try {
    const address = new URL(frame.src, document.baseURI);
    return isFactboxAddress(address) ? address : null;
  } catch {
    return null;
  }
}

if (!globals[INSTALLED]) {
  globals[INSTALLED] = true;
  window.addEventListener('message', (event: MessageEvent) => {
    if (!event.source || !isFrameSizeMessage(event.data)) return;
    const frame = Array.from(document.getElementsByTagName('iframe')).find((candidate) => candidate.contentWindow === event.source);
    if (!frame) return;
    const address = factboxAddress(frame);
    if (!address || address.origin !== event.origin) return;
    const given = tokens.get(frame);
    if (!given || given.src !== frame.src) giveToken(frame, address);
    else if (event.data.token === given.token) resize(frame, event.data);
    // Not frame.html with its token: a reload, or another page in the frame.
    else if (!given.travelling) giveToken(frame, address);
  });
  // This script may arrive after a frame has drawn and said its size for the last time (it is async, or
  // added late by a tag manager): that frame would stay 150 px tall. Give each Factbox frame already on
  // the page its token now; frame.html says its size again when the token arrives.
  for (const frame of Array.from(document.getElementsByTagName('iframe'))) {
    const address = factboxAddress(frame);
    if (address && !tokens.has(frame)) giveToken(frame, address);
  }
}
