import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tradeShare, tradeShareSchema } from './generated/trade-share.js';
import { validateRows, type TableSchema } from './table-schema.js';

const good = tradeShare.map((row) => ({ ...row }));

describe('validateRows', () => {
  it('accepts the published rows unchanged', () => {
    const result = validateRows(tradeShareSchema, good);
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.rows, good);
  });

  it('reads CSV strings into numbers, booleans and nulls', () => {
    const csvLike = good.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? '' : String(v)])));
    const result = validateRows(tradeShareSchema, csvLike);
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.rows, good);
  });

  const broken: [string, (row: Record<string, unknown>) => void, RegExp][] = [
    [
      'NaN',
      (r) => {
        r['share_percent'] = 'NaN';
      },
      /"share_percent" must be a number/,
    ],
    [
      'Infinity',
      (r) => {
        r['share_percent'] = Number.POSITIVE_INFINITY;
      },
      /must be a finite number/,
    ],
    [
      'a negative share',
      (r) => {
        r['share_percent'] = -5;
      },
      /must be at least 0/,
    ],
    [
      'a share over 100',
      (r) => {
        r['share_percent'] = 150;
      },
      /must be at most 100/,
    ],
    [
      'a missing required field',
      (r) => {
        delete r['partner'];
      },
      /"partner" is required/,
    ],
    [
      'an unknown qualifier',
      (r) => {
        r['qualifier'] = 'roughly';
      },
      /"qualifier" must be one of/,
    ],
    [
      'a bad date',
      (r) => {
        r['reference_date'] = '2024-02-30';
      },
      /must be a date/,
    ],
    [
      'an object where text belongs',
      (r) => {
        r['partner'] = { toString: 'x' };
      },
      /"partner" must be text/,
    ],
  ];
  for (const [what, change, message] of broken) {
    it(`rejects ${what} with a sentence naming row and field`, () => {
      const rows = good.map((row) => ({ ...row })) as Record<string, unknown>[];
      change(rows[0] as Record<string, unknown>);
      const result = validateRows(tradeShareSchema, rows);
      assert.equal(result.errors.length, 1, result.errors.join('\n'));
      assert.match(result.errors[0] ?? '', /^row 1: /);
      assert.match(result.errors[0] ?? '', message);
    });
  }

  it('ignores unknown fields with a warning', () => {
    const result = validateRows(
      tradeShareSchema,
      good.map((row) => ({ ...row, colour: 'red' })),
    );
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.warnings, ['ignored unknown field(s): "colour"']);
    assert.ok(result.rows.every((row) => !('colour' in row)));
  });

  it('rejects duplicate ids, empty lists and things that are not lists', () => {
    assert.match(validateRows(tradeShareSchema, [good[0], good[0]]).errors[0] ?? '', /row 2: "id" repeats/);
    assert.deepEqual(validateRows(tradeShareSchema, []).errors, ['the list of rows is empty']);
    assert.match(validateRows(tradeShareSchema, { rows: [] }).errors[0] ?? '', /expected a list of rows/);
    assert.match(validateRows(tradeShareSchema, [null]).errors[0] ?? '', /row 1: expected an object/);
  });

  it('stops listing after a few errors', () => {
    const many = Array.from({ length: 50 }, () => ({}));
    const result = validateRows(tradeShareSchema, many);
    assert.ok(result.errors.length <= 11);
    assert.equal(result.errors.at(-1), '(further problems not listed)');
  });

  const labels: TableSchema = {
    fields: [{ name: 'label', type: 'string', constraints: { required: true, maxLength: 5, pattern: '[^<]*' } }],
  };

  it('lists ten problems, each naming its row and field, and says "further problems" only when there are more', () => {
    const ten = validateRows(
      labels,
      Array.from({ length: 10 }, () => ({ label: 'too long' })),
    );
    assert.equal(ten.errors.length, 10);
    assert.ok(
      ten.errors.every((e, i) => e === `row ${i + 1}: "label" has 8 characters; at most 5`),
      ten.errors.join('\n'),
    );
    const eleven = validateRows(
      labels,
      Array.from({ length: 11 }, () => ({ label: 'too long' })),
    );
    assert.deepEqual(eleven.errors.slice(9), ['row 10: "label" has 8 characters; at most 5', '(further problems not listed)']);
  });

  it('counts characters as a reader does: an emoji or a rare CJK character is one', () => {
    assert.deepEqual(validateRows(labels, [{ label: '𠀀😀😀😀👍' }]).errors, []);
    assert.deepEqual(validateRows(labels, [{ label: '😀'.repeat(6) }]).errors, ['row 1: "label" has 6 characters; at most 5']);
  });

  it('quotes a bad value briefly, with invisible characters written out', () => {
    const [message] = validateRows(labels, [{ label: '<\u202E\u200B' }]).errors;
    assert.equal(message, 'row 1: "label" does not have the expected form ([^<]*), got "<\\u202e\\u200b"');
    const [long] = validateRows({ fields: [{ name: 'n', type: 'number' }] }, [{ n: `${'😀'.repeat(100_000)}` }]).errors;
    assert.equal(long, `row 1: "n" must be a number, got "${'😀'.repeat(40)}…"`);
  });
});
