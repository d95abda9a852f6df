import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Papa from 'papaparse';
import { CsvSyntaxError, parseCsv, toCsv } from './csv.js';

const fields = [{ name: 'id' }, { name: 'text' }, { name: 'n' }];
const hostile = [
  { id: 'a', text: 'comma, "quotes" and\nnewline\r\nCRLF', n: 1 },
  { id: 'b', text: 'كوريا الشمالية، ٩٠٪', n: null },
  { id: 'c', text: '  padded  ', n: -2.5 },
  { id: 'd', text: '=HYPERLINK("x")', n: 0 },
];

describe('CSV', () => {
  it('survives a round trip through a real CSV parser (papaparse)', () => {
    const parsed = Papa.parse<Record<string, string>>(toCsv(fields, hostile), { header: true, skipEmptyLines: true });
    assert.deepEqual(parsed.errors, []);
    assert.deepEqual(parsed.data, hostile.map((r) => ({ id: r.id, text: r.text, n: r.n === null ? '' : String(r.n) })));
  });

  it('reads back what it writes', () => {
    assert.deepEqual(parseCsv(toCsv(fields, hostile)), hostile.map((r) => ({ id: r.id, text: r.text, n: r.n === null ? '' : String(r.n) })));
  });

  it('reads what papaparse writes, with a byte order mark and LF line ends', () => {
    const text = `\ufeff${Papa.unparse(hostile.map((r) => ({ ...r, n: String(r.n ?? '') })), { newline: '\n' })}`;
    assert.deepEqual(parseCsv(text), hostile.map((r) => ({ id: r.id, text: r.text, n: r.n === null ? '' : String(r.n) })));
  });

  it('for spreadsheets, neutralises text cells that would run as formulas, and leaves numbers alone', () => {
    const csv = toCsv(fields, [{ id: '=1+1', text: '@SUM(A1)', n: -2 }, { id: '+cmd', text: '-x', n: 3 }], { spreadsheetSafe: true });
    assert.deepEqual(parseCsv(csv), [{ id: "'=1+1", text: "'@SUM(A1)", n: '-2' }, { id: "'+cmd", text: "'-x", n: '3' }]);
    assert.deepEqual(parseCsv(toCsv(fields, [{ id: '=1+1', text: 'x', n: 1 }])), [{ id: '=1+1', text: 'x', n: '1' }]);
  });

  it('rejects an unterminated quote and ragged rows', () => {
    assert.throws(() => parseCsv('a,b\n"x,1\n'), CsvSyntaxError);
    assert.throws(() => parseCsv('a,b\n1,2,3\n'), /row 1 has 3 cells, the header has 2/);
  });
});
