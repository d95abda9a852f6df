/**
 * The published files, fetched over HTTP and read in the browser the way a
 * widget's `src` reads them, give back the typed rows.
 */
import { expect } from '@open-wc/testing';
import { parseCsv, toCsv, tradeShare, tradeShareSchema, validateRows, sources, sourcesSchema } from '@factbox/datasets';

describe('@factbox/datasets in the browser', () => {
  it('reads the published trade-share CSV into the same typed rows', async () => {
    const response = await fetch(new URL('../data/trade-share.csv', import.meta.url));
    expect(response.ok).to.equal(true);
    const result = validateRows(tradeShareSchema, parseCsv(await response.text()));
    expect(result.errors).to.deep.equal([]);
    expect(result.rows).to.deep.equal(tradeShare);
  });

  it('keeps Arabic text intact through CSV and a Blob download', async () => {
    const csv = toCsv(sourcesSchema.fields, sources);
    const text = await new Blob([csv], { type: 'text/csv;charset=utf-8' }).text();
    const result = validateRows(sourcesSchema, parseCsv(text));
    expect(result.errors).to.deep.equal([]);
    expect(result.rows.map((r) => r['published_as_written'])).to.deep.equal(['20 نوفمبر، 2024', 'January 5, 2024']);
  });
});
