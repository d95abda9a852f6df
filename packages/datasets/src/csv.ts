/**
 * RFC 4180 CSV, written and read the same way everywhere (the dataset build,
 * the widgets' "Get the data" download and `src="….csv"`).
 */

import type { Cell, Field } from './table-schema.js';

export interface CsvOptions {
  /**
   * Prefix text cells that a spreadsheet would run as a formula (starting with
   * =, +, -, @, tab or carriage return) with an apostrophe. For files meant for
   * spreadsheets, made from rows anyone may have supplied; numbers are untouched.
   */
  readonly spreadsheetSafe?: boolean;
}

function csvCell(value: Cell, options: CsvOptions): string {
  if (value === null) return '';
  let text = String(value);
  if (options.spreadsheetSafe && typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes rows as CSV with a header line of field names, CRLF line ends and
 * every field in schema order. Nulls become empty cells.
 */
export function toCsv(fields: readonly Pick<Field, 'name'>[], rows: readonly Readonly<Record<string, Cell>>[], options: CsvOptions = {}): string {
  const lines = [fields.map((f) => csvCell(f.name, options)).join(',')];
  for (const row of rows) lines.push(fields.map((f) => csvCell(row[f.name] ?? null, options)).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export class CsvSyntaxError extends Error {
  override name = 'CsvSyntaxError';
}

/**
 * Reads CSV text into records keyed by the header line. Accepts CRLF or LF,
 * quoted fields with embedded commas, quotes and newlines, and a UTF-8 byte
 * order mark. Throws `CsvSyntaxError` on an unterminated quote or a row whose
 * length differs from the header's.
 */
export function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let quoted = false;
  let line = 1;
  let atCellStart = true;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      records.push(row);
      row = [];
      cell = '';
      atCellStart = true;
      line++;
    } else {
      cell += ch;
      atCellStart = false;
    }
  }
  if (quoted) throw new CsvSyntaxError(`unterminated quoted field (starting before line ${line})`);
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    records.push(row);
  }
  const [header, ...body] = records.filter((r) => !(r.length === 1 && r[0] === ''));
  if (!header) return [];
  return body.map((cells, index) => {
    if (cells.length !== header.length) {
      throw new CsvSyntaxError(`row ${index + 1} has ${cells.length} cells, the header has ${header.length}`);
    }
    return Object.fromEntries(header.map((name, j) => [name, cells[j] ?? '']));
  });
}
