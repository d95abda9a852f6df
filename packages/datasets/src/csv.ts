/**
 * RFC 4180 CSV, written and read the same way everywhere (the dataset build,
 * the widgets' "Get the data" download and `src="….csv"`).
 */

import type { Cell, Field } from './table-schema.js';

export interface CsvOptions {
  /**
   * For files meant for spreadsheets, made from rows anyone may have supplied:
   * no cell can run as a formula, whichever separator the spreadsheet splits
   * on (`,`, `;`, Tab or `|`, depending on its locale and import settings) and
   * whether or not it honours quotes. Every piece of text that starts a cell
   * or follows a separator or line break, and would start with `=`, `+`, `-`,
   * `@` (or their full-width forms), a NUL, Tab or carriage return, gets an
   * apostrophe in front; cells holding any separator are quoted. Numbers,
   * and text that is just a signed number, are untouched.
   */
  readonly spreadsheetSafe?: boolean;
}

/** Where a spreadsheet's CSV import may start a new cell: the usual separators, and line breaks. */
const SPREADSHEET_SEPARATOR = /[,;|\t\n\v\f\r\u0085\u2028\u2029]/;
const AROUND_SEPARATORS = new RegExp(`(${SPREADSHEET_SEPARATOR.source})`);
/**
 * What makes a spreadsheet read a cell as a formula: `=`, `+`, `-`, `@` (or
 * their full-width forms) or NUL, after any spaces and quote marks that an
 * import may strip first.
 */
const FORMULA_START = /^[\s"]*[=+\-@\0\uFF1D\uFF0B\uFF0D\uFF20]/;
/** A signed number alone, such as -3.5: a spreadsheet reads it as that number; nothing runs. */
const SIGNED_NUMBER = /^\s*[-+](\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

/**
 * Puts an apostrophe before every piece of `text` (its start, and what
 * follows each separator) that a spreadsheet splitting there would read as a
 * formula, or that starts with Tab or CR (OWASP's list). A blank piece needs
 * none: whatever formula follows it is in a later piece, which gets one.
 */
function neutraliseFormulas(text: string): string {
  const parts = text.split(AROUND_SEPARATORS); // [piece, separator, piece, …, piece]
  for (let i = 0; i < parts.length; i += 2) {
    const piece = parts[i] ?? '';
    const separatorAfter = parts[i + 1];
    const formula = FORMULA_START.test(piece) || (piece === '' && (separatorAfter === '\t' || separatorAfter === '\r'));
    const plainNumber = i === 0 && SIGNED_NUMBER.test(text);
    if (formula && !plainNumber) parts[i] = `'${piece}`;
  }
  return parts.join('');
}

function csvCell(value: Cell, options: CsvOptions): string {
  if (value === null) return '';
  let text = String(value);
  if (options.spreadsheetSafe && typeof value === 'string') text = neutraliseFormulas(text);
  const needsQuotes =
    /[",\r\n]/.test(text) || /^\s|\s$/.test(text) || (options.spreadsheetSafe === true && SPREADSHEET_SEPARATOR.test(text));
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes rows as CSV with a header line of field names, CRLF line ends and
 * every field in schema order. Nulls become empty cells.
 */
export function toCsv(
  fields: readonly Pick<Field, 'name'>[],
  rows: readonly Readonly<Record<string, Cell>>[],
  options: CsvOptions = {},
): string {
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
