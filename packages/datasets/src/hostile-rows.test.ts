/**
 * Rows that passed the schemas before and broke the page that shows them: a
 * 9,000-character name, a month 00, a count that cannot be kept exactly, -0,
 * a source id padded with no-break spaces, a name under a stack of accents.
 * Each case is checked through the published schemas, the way a widget
 * validates rows from `src` or `data`.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toCsv, parseCsv } from './csv.js';
import { delegations, delegationsSchema } from './generated/delegations.js';
import { events, eventsSchema } from './generated/events.js';
import { exercises, exercisesSchema } from './generated/exercises.js';
import { figures, figuresSchema } from './generated/figures.js';
import { sources, sourcesSchema } from './generated/sources.js';
import { tradeShare, tradeShareSchema } from './generated/trade-share.js';
import { validateRows, type Row, type TableSchema } from './table-schema.js';

const RESOURCES: readonly [string, TableSchema, readonly Row[]][] = [
  ['trade-share', tradeShareSchema, tradeShare],
  ['delegations', delegationsSchema, delegations],
  ['exercises', exercisesSchema, exercises],
  ['events', eventsSchema, events],
  ['figures', figuresSchema, figures],
  ['sources', sourcesSchema, sources],
];

/** Copies of `rows`, with `change` applied to row `index` (from 0). */
function withRow(rows: readonly Row[], index: number, change: (row: Record<string, unknown>) => void): Record<string, unknown>[] {
  return rows.map((row, i) => {
    const copy: Record<string, unknown> = { ...row };
    if (i === index) change(copy);
    return copy;
  });
}

/** The rows as CSV text cells, the way `src="….csv"` gives them. */
function asCsvRecords(schema: TableSchema, rows: readonly Row[]): Record<string, string>[] {
  return parseCsv(toCsv(schema.fields, rows));
}

describe('the built-in rows', () => {
  for (const [name, schema, rows] of RESOURCES) {
    it(`${name}: pass unchanged, from JSON and from CSV`, () => {
      const fromJson = validateRows(schema, rows);
      assert.deepEqual(fromJson.errors, []);
      assert.deepEqual(fromJson.rows, rows);
      const fromCsv = validateRows(schema, asCsvRecords(schema, rows));
      assert.deepEqual(fromCsv.errors, []);
      assert.deepEqual(fromCsv.rows, rows);
    });
  }
});

describe('text length', () => {
  it('refuses a 9,000-character map name, saying how long it is and how long it may be', () => {
    const result = validateRows(
      exercisesSchema,
      withRow(exercises, 2, (r) => {
        r['name'] = 'x'.repeat(9000);
      }),
    );
    assert.deepEqual(result.errors, ['row 3: "name" has 9,000 characters; at most 200']);
    assert.equal(result.rows.length, exercises.length - 1);
  });

  it('refuses 200 such rows after ten problems, without reading on', () => {
    const template = exercises[0] as Row;
    const rows = Array.from({ length: 200 }, (_, i) => ({ ...template, id: `row-${i}`, name: `${i} ${'x'.repeat(9000)}` }));
    const result = validateRows(exercisesSchema, rows);
    assert.equal(result.errors.length, 11);
    assert.match(result.errors[9] ?? '', /^row 10: "name" has 9,00\d characters; at most 200$/);
    assert.equal(result.errors[10], '(further problems not listed)');
  });

  it('limits every free-text field of every resource (an enum or a pattern limits the others)', () => {
    const unlimited = RESOURCES.flatMap(([name, schema]) =>
      schema.fields
        .filter(
          (f) =>
            f.type === 'string' &&
            f.constraints?.enum === undefined &&
            f.constraints?.pattern === undefined &&
            f.constraints?.maxLength === undefined,
        )
        .map((f) => `${name}.${f.name}`),
    );
    assert.deepEqual(unlimited, []);
  });

  it('gives quotes, notes and explanations room (2,000 characters) and labels less (200)', () => {
    const limit = (schema: TableSchema, field: string): number | undefined =>
      schema.fields.find((f) => f.name === field)?.constraints?.maxLength;
    assert.equal(limit(tradeShareSchema, 'quote'), 2000);
    assert.equal(limit(tradeShareSchema, 'note'), 2000);
    assert.equal(limit(eventsSchema, 'date_resolution'), 2000);
    assert.equal(limit(tradeShareSchema, 'partner'), 200);
    assert.equal(limit(figuresSchema, 'value_as_written'), 300);
    assert.equal(limit(tradeShareSchema, 'source_id'), 100);
  });
});

describe('dates', () => {
  // Every field holding YYYY, YYYY-MM or YYYY-MM-DD, in every resource.
  const DATE_FIELDS = RESOURCES.flatMap(([name, schema, rows]) =>
    schema.fields
      .filter((f) => f.type === 'string' && /^(date|date_start|date_end|period_start|period_end)$/.test(f.name))
      .map((f) => [name, schema, rows, f.name] as const),
  );

  it('are found in every resource that has them', () => {
    const found = DATE_FIELDS.map(([name, , , field]) => `${name}.${field}`);
    for (const known of [
      'delegations.period_start',
      'delegations.period_end',
      'exercises.date_start',
      'exercises.date_end',
      'events.date',
      'figures.period_start',
      'figures.period_end',
    ]) {
      assert.ok(found.includes(known), known);
    }
  });

  for (const [name, schema, rows, field] of DATE_FIELDS) {
    it(`${name}.${field}: refuses days and months that do not exist`, () => {
      for (const impossible of [
        '2024-00',
        '2024-13',
        '2024-99-99',
        '2024-04-31',
        '2023-02-29',
        '1900-02-29',
        '2024-01-00',
        '2024-1',
        'x2024',
        '2024-01-01T00:00',
      ]) {
        const result = validateRows(
          schema,
          withRow(rows, 0, (r) => {
            r[field] = impossible;
          }),
        );
        assert.equal(result.errors.length, 1, `${impossible}: ${result.errors.join('; ')}`);
        assert.match(
          result.errors[0] ?? '',
          new RegExp(`^row 1: "${field}" must be a real date \\(YYYY, YYYY-MM or YYYY-MM-DD\\), got "${impossible}": `),
        );
      }
    });

    it(`${name}.${field}: accepts leap days, months and years`, () => {
      for (const real of ['2024-02-29', '2000-02-29', '2024-12-31', '2024-12', '2024']) {
        const result = validateRows(
          schema,
          withRow(rows, 0, (r) => {
            r[field] = real;
          }),
        );
        assert.deepEqual(result.errors, [], real);
        assert.equal(result.rows[0]?.[field], real);
      }
    });
  }

  it('say what is wrong with the date', () => {
    const problem = (date: string): string | undefined =>
      validateRows(
        exercisesSchema,
        withRow(exercises, 0, (r) => {
          r['date_start'] = date;
        }),
      )
        .errors[0]?.split(': ')
        .slice(2)
        .join(': ');
    assert.equal(problem('2024-00'), 'there is no month 00');
    assert.equal(problem('2024-99-99'), 'there is no month 99');
    assert.equal(problem('2023-02-29'), 'February 2023 has 28 days');
    assert.equal(problem('2024-04-31'), 'April 2024 has 30 days');
  });
});

describe('numbers', () => {
  it('refuses a count beyond what can be kept exactly, from JSON and from CSV text', () => {
    const fromJson = validateRows(
      delegationsSchema,
      withRow(delegations, 0, (r) => {
        r['count'] = 2 ** 53 + 1;
      }),
    );
    assert.match(fromJson.errors[0] ?? '', /^row 1: "count" is too large to keep exactly \(more than 9,007,199,254,740,991\)/);
    const csv = asCsvRecords(delegationsSchema, delegations).map((r, i) => (i === 0 ? { ...r, count: '9007199254740993' } : r));
    const fromCsv = validateRows(delegationsSchema, csv);
    assert.deepEqual(fromCsv.errors, [
      'row 1: "count" is too large to keep exactly (more than 9,007,199,254,740,991), got "9007199254740993"',
    ]);
    const offset = asCsvRecords(figuresSchema, figures).map((r, i) => (i === 0 ? { ...r, quote_start: '9007199254740993' } : r));
    assert.match(validateRows(figuresSchema, offset).errors[0] ?? '', /^row 1: "quote_start" is too large to keep exactly/);
  });

  it('refuses 1e308 and other values no chart draws', () => {
    const huge = validateRows(
      figuresSchema,
      withRow(figures, 0, (r) => {
        r['value'] = 1e308;
      }),
    );
    assert.deepEqual(huge.errors, ['row 1: "value" is too large to keep exactly (more than 9,007,199,254,740,991), got 1e+308']);
    const big = validateRows(
      figuresSchema,
      withRow(figures, 0, (r) => {
        r['value'] = 2e12;
      }),
    );
    assert.deepEqual(big.errors, ['row 1: "value" must be at most 1,000,000,000,000, got 2000000000000']);
    const count = validateRows(
      delegationsSchema,
      withRow(delegations, 0, (r) => {
        r['count'] = 100_001;
      }),
    );
    assert.deepEqual(count.errors, ['row 1: "count" must be at most 100,000, got 100001']);
    const offset = validateRows(
      eventsSchema,
      withRow(events, 0, (r) => {
        r['quote_end'] = 20_000_000;
      }),
    );
    assert.deepEqual(offset.errors, ['row 1: "quote_end" must be at most 10,000,000, got 20000000']);
  });

  it('reads -0 as 0, so that a share is not shown as "-0%"', () => {
    const percent = new Intl.NumberFormat('en', { style: 'unit', unit: 'percent' });
    const fromJson = validateRows(
      tradeShareSchema,
      withRow(tradeShare, 0, (r) => {
        r['share_percent'] = -0;
      }),
    );
    assert.equal(percent.format(fromJson.rows[0]?.['share_percent'] as number), '0%');
    const csv = asCsvRecords(tradeShareSchema, tradeShare).map((r, i) => (i === 0 ? { ...r, share_percent: '-0' } : r));
    const fromCsv = validateRows(tradeShareSchema, csv);
    assert.equal(percent.format(fromCsv.rows[0]?.['share_percent'] as number), '0%');
  });
});

describe('text that would defeat the provenance cues', () => {
  it('drops the no-break spaces padding a source id, which pushed "not checked" out of view', () => {
    const padded = `${String(tradeShare[0]?.source_id)}${'\u00A0'.repeat(400)}`;
    const result = validateRows(
      tradeShareSchema,
      withRow(tradeShare, 0, (r) => {
        r['source_id'] = padded;
      }),
    );
    assert.deepEqual(result.errors, []);
    assert.equal(result.rows[0]?.['source_id'], tradeShare[0]?.source_id);
  });

  it('collapses every kind of space, inside and around text, to one space', () => {
    const spaced = '\u3000North\u00A0\u00A0\u2003Korea\u202F\u2009and\t\n Russia\u200A';
    const result = validateRows(
      tradeShareSchema,
      withRow(tradeShare, 0, (r) => {
        r['partner'] = spaced;
      }),
    );
    assert.equal(result.rows[0]?.['partner'], 'North Korea and Russia');
  });

  it('keeps two combining marks on a letter and drops the rest of a 50-mark stack', () => {
    const zalgo = `Chi${'\u0301\u0316\u0350\u0361\u0489'.repeat(10)}na`;
    const result = validateRows(
      tradeShareSchema,
      withRow(tradeShare, 0, (r) => {
        r['partner'] = zalgo;
        r['partner_ar'] = `ص${'\u0651\u200D'.repeat(50)}ين`;
      }),
    );
    assert.deepEqual(result.errors, []);
    assert.equal(result.rows[0]?.['partner'], 'Chi\u0301\u0316na');
    assert.equal((String(result.rows[0]?.['partner_ar']).match(/\p{M}/gu) ?? []).length, 2);
  });

  it('leaves accents and Arabic vowel marks alone', () => {
    const words = ['Đặng Thị Ngọc Thịnh', 'مُحَمَّد', 'Zürich – Île-de-France', 'क़ीं', 'e\u0301\u0323'];
    for (const word of words) {
      const result = validateRows(
        tradeShareSchema,
        withRow(tradeShare, 0, (r) => {
          r['partner'] = word;
        }),
      );
      assert.equal(result.rows[0]?.['partner'], word);
    }
  });

  it("keeps a quote's paragraph breaks (at most one blank line) but not its padding", () => {
    const result = validateRows(
      eventsSchema,
      withRow(events, 0, (r) => {
        r['quote'] = `First.\n\n\n\n\nSecond${'\u00A0'.repeat(400)}third.`;
      }),
    );
    assert.equal(result.rows[0]?.['quote'], 'First.\n\nSecond third.');
  });

  it('treats text that is only spaces as missing', () => {
    const result = validateRows(
      tradeShareSchema,
      withRow(tradeShare, 0, (r) => {
        r['partner'] = '\u00A0 \u3000';
      }),
    );
    assert.deepEqual(result.errors, ['row 1: "partner" is required']);
  });
});
