/**
 * The one message a Factbox frame sends its host page: its content height
 * (and its title), so that resize.js can size the iframe. Both sides check
 * the shape; the host also checks who sent it (resize.ts).
 */
export const FRAME_MESSAGE = 'factbox:frame-size';
export const PROTOCOL_VERSION = 1;
/** A frame is kept between these heights (px), whatever it says: no chart needs 10,000 px, none fits in 20. */
export const MIN_FRAME_HEIGHT = 100;
export const MAX_FRAME_HEIGHT = 5000;
const MAX_TITLE = 300;

/**
 * The fragment parameter in which resize.js gives each frame a token
 * (`frame.html?widget=…#factbox-token=…`). frame.html echoes it in every
 * message; a page the frame navigates to never learns it.
 */
export const TOKEN_PARAMETER = 'factbox-token';
export const TOKEN_PATTERN = /^[0-9a-f]{32}$/;

export interface FrameSizeMessage {
  readonly type: typeof FRAME_MESSAGE;
  readonly version: typeof PROTOCOL_VERSION;
  readonly height: number;
  readonly title?: string;
  /** The token from the frame's address, once resize.js has given it one. */
  readonly token?: string;
}

export function isFrameSizeMessage(data: unknown): data is FrameSizeMessage {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const message = data as Record<string, unknown>;
  return (
    message['type'] === FRAME_MESSAGE &&
    message['version'] === PROTOCOL_VERSION &&
    typeof message['height'] === 'number' &&
    Number.isFinite(message['height']) &&
    message['height'] >= 0 &&
    (message['title'] === undefined || (typeof message['title'] === 'string' && message['title'].length <= MAX_TITLE)) &&
    (message['token'] === undefined || (typeof message['token'] === 'string' && TOKEN_PATTERN.test(message['token'])))
  );
}
