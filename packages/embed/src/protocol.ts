/**
 * The one message a Factbox frame sends its host page: its content height
 * (and its title), so that resize.js can size the iframe. Both sides check
 * the shape; the host also checks who sent it.
 */
export const FRAME_MESSAGE = 'factbox:frame-size';
export const PROTOCOL_VERSION = 1;
/** Heights outside 1…MAX_HEIGHT px are ignored: no page needs a 10,000-px chart. */
export const MAX_HEIGHT = 10_000;
const MAX_TITLE = 300;

export interface FrameSizeMessage {
  readonly type: typeof FRAME_MESSAGE;
  readonly version: typeof PROTOCOL_VERSION;
  readonly height: number;
  readonly title?: string;
}

export function isFrameSizeMessage(data: unknown): data is FrameSizeMessage {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const message = data as Record<string, unknown>;
  return (
    message['type'] === FRAME_MESSAGE &&
    message['version'] === PROTOCOL_VERSION &&
    typeof message['height'] === 'number' &&
    Number.isFinite(message['height']) &&
    message['height'] >= 1 &&
    message['height'] <= MAX_HEIGHT &&
    (message['title'] === undefined || (typeof message['title'] === 'string' && message['title'].length <= MAX_TITLE))
  );
}
