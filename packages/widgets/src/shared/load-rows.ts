/**
 * Fetching rows for a widget's `src`: JSON or CSV, from http(s) or a relative
 * URL only, with a time limit, a size limit, no cookies, and a failure
 * described in words instead of an exception.
 */
import { CsvSyntaxError, parseCsv } from '@factbox/datasets';

export const FETCH_TIMEOUT_MS = 10_000;
export const MAX_BYTES = 2 * 1024 * 1024;

export type LoadFailure =
  | { readonly kind: 'scheme' }
  | { readonly kind: 'http'; readonly status: string }
  | { readonly kind: 'network' }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'too-large' }
  | { readonly kind: 'unreadable'; readonly format: 'JSON' | 'CSV'; readonly detail: string }
  | { readonly kind: 'aborted' };

export type LoadResult = { readonly ok: true; readonly records: unknown } | { readonly ok: false; readonly failure: LoadFailure };

/**
 * The absolute URL for `src`, or null when it is not http(s) after resolving
 * against the page (javascript:, data:, blob:, file:, and anything else).
 */
export function resolveDataUrl(src: string, base: string): URL | null {
  const trimmed = src.trim();
  // Control characters are never part of a real address; browsers strip some of them silently.
  if (trimmed === '' || /\p{Cc}/u.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return null;
  }
  // A host name with a space or another character a host cannot hold: browsers percent-encode it
  // ("exa mple.org" becomes "exa%20mple.org") rather than refuse it; no real host has one.
  if (url.hostname.includes('%')) return null;
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
}

async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) return null;
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function looksLikeJson(url: URL, contentType: string, text: string): boolean {
  if (/json/i.test(contentType)) return true;
  if (/csv/i.test(contentType) || /\.csv$/i.test(url.pathname)) return false;
  if (/\.json$/i.test(url.pathname)) return true;
  return /^\s*[[{]/.test(text);
}

/** Fetches and parses `src`. Never throws. */
export async function loadRecords(
  src: string,
  base: string,
  signal: AbortSignal,
  { timeoutMs = FETCH_TIMEOUT_MS, maxBytes = MAX_BYTES } = {},
): Promise<LoadResult> {
  const url = resolveDataUrl(src, base);
  if (!url) return { ok: false, failure: { kind: 'scheme' } };
  const timeout = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      mode: 'cors',
      redirect: 'follow',
      signal: AbortSignal.any([signal, timeout]),
    });
    // The status code only: a reason phrase is the server's own words ("404 Your subscription has expired – call …"),
    // and the widget must not speak them as its own.
    if (!response.ok) return { ok: false, failure: { kind: 'http', status: String(response.status) } };
    const bytes = await readLimited(response, maxBytes);
    if (!bytes) return { ok: false, failure: { kind: 'too-large' } };
    const text = new TextDecoder('utf-8').decode(bytes);
    if (looksLikeJson(url, response.headers.get('content-type') ?? '', text)) {
      try {
        return { ok: true, records: JSON.parse(text) as unknown };
      } catch (error) {
        return { ok: false, failure: { kind: 'unreadable', format: 'JSON', detail: (error as Error).message } };
      }
    }
    try {
      return { ok: true, records: parseCsv(text) };
    } catch (error) {
      const detail = error instanceof CsvSyntaxError ? error.message : String(error);
      return { ok: false, failure: { kind: 'unreadable', format: 'CSV', detail } };
    }
  } catch {
    if (signal.aborted) return { ok: false, failure: { kind: 'aborted' } };
    return { ok: false, failure: timeout.aborted ? { kind: 'timeout' } : { kind: 'network' } };
  }
}
