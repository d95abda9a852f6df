/**
 * Offsets in Factbox are Unicode code points, so that a quote's offsets mean
 * the same in JavaScript, Python (`doc[start:end]`) and any other language.
 * JavaScript strings index UTF-16 code units; these helpers convert.
 */

/** The code-point offset of UTF-16 index `index` in `text`. */
export function codePointOffset(text: string, index: number): number {
  let offset = 0;
  for (let i = 0; i < index; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < index) i++;
    offset++;
  }
  return offset;
}

/** `text` from code point `start` (inclusive) to `end` (exclusive). */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

/** Code-point offsets [start, end) of every occurrence of `needle` in `text`. */
export function findAll(text: string, needle: string): [number, number][] {
  const found: [number, number][] = [];
  if (needle === '') return found;
  const length = Array.from(needle).length;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) {
    const start = codePointOffset(text, i);
    found.push([start, start + length]);
  }
  return found;
}

/** A short excerpt around code points [start, end), on one line, for reports. */
export function excerpt(text: string, start: number, end: number, context = 40): string {
  const points = Array.from(text);
  const before = points.slice(Math.max(0, start - context), start).join('');
  const after = points.slice(end, end + context).join('');
  return `${before}[${points.slice(start, end).join('')}]${after}`.replace(/\s+/g, ' ').trim();
}
