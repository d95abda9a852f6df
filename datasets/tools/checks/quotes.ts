/**
 * Quotes verbatim at their offsets: every row's quote, and every source's
 * date line, is the exact text of the document between its start and end
 * (in code points). When it is not there, the message says where it is.
 */
import type { Row } from '@factbox/datasets/schema';
import type { SourceDocument } from '../load.js';
import { monthNumber } from '../numbers.js';
import { findAll, sliceCodePoints } from '../text.js';
import { text } from './fields.js';

/** The row's quote is at quote_start–quote_end in its document. */
export function checkQuote(where: string, row: Row, document: SourceDocument): string[] {
  const quote = text(row, 'quote') ?? '';
  const start = Number(row['quote_start']);
  const end = Number(row['quote_end']);
  if (sliceCodePoints(document.text, start, end) === quote) return [];
  const found = findAll(document.text, quote);
  if (found.length === 0) {
    return [
      `${where}: quote not found verbatim in ${document.file} (check every character, including curly quotes and dashes): "${quote.slice(0, 80)}"`,
    ];
  }
  const places = found.map(([s, e]) => `${s}–${e}`).join(', ');
  return [`${where}: quote is not at ${start}–${end} in ${document.file}; it is at ${places} (set quote_start/quote_end)`];
}

/** A source's date line is at its offsets, and `published` is the date it writes. */
export function checkSource(where: string, row: Row, document: SourceDocument | undefined): string[] {
  if (!document) return [`${where}: file not read`];
  const errors: string[] = [];
  const written = text(row, 'published_as_written') ?? '';
  const start = Number(row['published_start']);
  const end = Number(row['published_end']);
  if (sliceCodePoints(document.text, start, end) !== written) {
    const found = findAll(document.text, written).map(([s, e]) => `${s}–${e}`);
    errors.push(
      `${where}: published_as_written "${written}" is not at ${start}–${end}${found.length ? `; it is at ${found.join(', ')}` : ' and not found in the file'}`,
    );
  }
  const published = text(row, 'published') ?? '';
  const [year, month, day] = published.split('-').map(Number);
  const monthWord = written.match(/[A-Za-z]+|[\u0621-\u064A]+/)?.[0] ?? '';
  const numbers = (written.match(/\d+/g) ?? []).map(Number);
  if (monthNumber(monthWord) !== month || !numbers.includes(year ?? NaN) || !numbers.includes(day ?? NaN)) {
    errors.push(`${where}: published ${published} disagrees with the date line "${written}"`);
  }
  return errors;
}
