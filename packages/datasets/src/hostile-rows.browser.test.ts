/**
 * The same hostile rows in the browser, where the widgets validate `src` and
 * `data` and write "Get the data": the messages, the tidying and the
 * spreadsheet guard do not depend on Node.
 */
import { expect } from '@open-wc/testing';
import { exercises, exercisesSchema, parseCsv, toCsv, tradeShare, tradeShareSchema, validateRows } from '@factbox/datasets';

describe('hostile rows in the browser', () => {
  it('names the row and field of a 9,000-character name, and of an impossible date', () => {
    const rows = exercises.map((row, i) => (i === 2 ? { ...row, name: 'x'.repeat(9000), date_start: '2024-00' } : row));
    expect(validateRows(exercisesSchema, rows).errors).to.deep.equal([
      'row 3: "name" has 9,000 characters; at most 200',
      'row 3: "date_start" must be a real date (YYYY, YYYY-MM or YYYY-MM-DD), got "2024-00": there is no month 00',
    ]);
  });

  it('tidies padded and stacked text, and reads -0 as 0', () => {
    const [first] = tradeShare;
    const result = validateRows(tradeShareSchema, [
      { ...first, source_id: `${first?.source_id}${'\u00A0'.repeat(400)}`, partner: `Chi${'\u0301'.repeat(50)}na`, share_percent: -0 },
    ]);
    expect(result.errors).to.deep.equal([]);
    expect(result.rows[0]?.source_id).to.equal(first?.source_id);
    expect(result.rows[0]?.partner).to.equal('Chi\u0301\u0301na');
    expect(Object.is(result.rows[0]?.share_percent, 0)).to.equal(true);
  });

  it('writes a download in which no ;-separated piece starts a formula', async () => {
    const csv = toCsv(tradeShareSchema.fields, [{ ...tradeShare[0], partner: 'China;=1+1;', partner_ar: 'x\t=2+2\t' }], {
      spreadsheetSafe: true,
    });
    const text = await new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }).text();
    const pieces = text.split(/\r\n|\r|\n/).flatMap((line) => line.split(/[;\t]/));
    expect(pieces.filter((piece) => /^[\s"]*[=+@]/.test(piece))).to.deep.equal([]);
    expect(parseCsv(text)[0]?.['partner']).to.equal("China;'=1+1;");
  });
});
