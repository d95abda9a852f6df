/**
 * The curated datasets hold, and the checks catch what a careless edit would
 * break: a quote edited, a value changed, an offset shifted, a date moved, a
 * qualifier dropped, a row removed.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkDatasets } from './checks.js';
import { computeCoverage, coverageMarkdown, readExclusions, type Exclusion } from './coverage.js';
import { editRow, errorsOf, pristine, withRecords } from './test-datasets.js';

describe('curated datasets', () => {
  it('pass every check', () => {
    assert.deepEqual(errorsOf(pristine), []);
  });

  it('account for every number and date in the documents, and COVERAGE.md is up to date', () => {
    const { rows } = checkDatasets(pristine);
    const coverage = computeCoverage(pristine, rows, readExclusions(pristine.dir));
    assert.deepEqual(coverage.errors, []);
    assert.ok(coverage.entries.length > 100, 'the documents hold over a hundred numbers and dates');
    assert.equal(coverage.entries.filter((e) => e.status !== 'covered' && e.status !== 'excluded').length, 0);
    const committed = readFileSync(join(pristine.dir, 'COVERAGE.md'), 'utf8');
    assert.equal(committed, coverageMarkdown(pristine, coverage), 'datasets/COVERAGE.md is stale: run `npm run coverage`');
  });

  it('keep the source documents byte for byte (sizes and hashes as recorded when they arrived)', () => {
    const expected: Record<string, [number, string]> = {
      'futureuae-2024-11-20': [15482, '57c3c2e185b11ef93cc8b2e4f66a30aa2fa7f4c426d86b419668dd0e9034757d'],
      'phnompenhpost-2024-01-05': [6799, '57c4329265740ad3d0e524c94fd0ede1add8b7b9b71c2178090661730f3fd63f'],
    };
    for (const [id, [bytes, sha256]] of Object.entries(expected)) {
      const document = pristine.documents.get(id);
      assert.equal(document?.bytes, bytes, id);
      assert.equal(document?.sha256, sha256, id);
    }
  });
});

describe('the checks fail loudly when', () => {
  it('a quote is edited', () => {
    const errors = errorsOf(
      editRow('trade-share', 'north-korea-trade-china', (r) => {
        r['quote'] = String(r['quote']).replace('over 90%', 'over 91%');
      }),
    );
    assert.ok(
      errors.some((e) => e.includes('trade-share/north-korea-trade-china') && e.includes('quote not found verbatim')),
      errors.join('\n'),
    );
  });

  it("a straight apostrophe replaces the document's curly one", () => {
    const errors = errorsOf(
      editRow('figures', 'china-north-korea-relationship-length', (r) => {
        r['quote'] = String(r['quote']).replace('’', "'");
      }),
    );
    assert.ok(
      errors.some((e) => e.includes('china-north-korea-relationship-length') && e.includes('not found verbatim')),
      errors.join('\n'),
    );
  });

  it('an offset is shifted', () => {
    const errors = errorsOf(
      editRow('events', 'kim-visits-russia', (r) => {
        r['quote_start'] = Number(r['quote_start']) + 1;
        r['quote_end'] = Number(r['quote_end']) + 1;
      }),
    );
    assert.ok(
      errors.some((e) => e.includes('events/kim-visits-russia') && e.includes('quote is not at')),
      errors.join('\n'),
    );
  });

  it('a value disagrees with its quote', () => {
    const errors = errorsOf(
      editRow('figures', 'china-north-korea-border-length', (r) => {
        r['value'] = 1164;
      }),
    );
    assert.ok(
      errors.some((e) => e.includes('china-north-korea-border-length') && e.includes('is not the number')),
      errors.join('\n'),
    );
  });

  it('a count disagrees with its quote', () => {
    const errors = errorsOf(
      editRow('delegations', 'north-korea-russia-2024', (r) => {
        r['count'] = 41;
      }),
    );
    assert.ok(
      errors.some((e) => e.includes('north-korea-russia-2024') && e.includes('is not the number')),
      errors.join('\n'),
    );
  });

  it('a bound is turned into an exact number', () => {
    const errors = errorsOf(
      editRow('trade-share', 'north-korea-trade-china', (r) => {
        r['qualifier'] = 'exact';
      }),
    );
    assert.ok(
      errors.some((e) => e.includes('qualifier is "exact" but "over 90%" reads as "over"')),
      errors.join('\n'),
    );
  });

  it('words are turned into a number', () => {
    const errors = errorsOf(
      editRow('figures', 'north-korean-troops-several-thousand', (r) => {
        r['value'] = 3000;
        r['qualifier'] = 'exact';
      }),
    );
    assert.ok(
      errors.some((e) => e.includes('north-korean-troops-several-thousand') && e.includes('is not the number')),
      errors.join('\n'),
    );
  });

  it('a date disagrees with its quote', () => {
    const errors = errorsOf(
      editRow('events', 'belousov-visits-china', (r) => {
        r['date'] = '2024-09';
      }),
    );
    assert.ok(
      errors.some((e) => e.includes('belousov-visits-china') && e.includes('month September not written')),
      errors.join('\n'),
    );
  });

  it('a relative date is resolved without saying how', () => {
    const errors = errorsOf(
      editRow('events', 'xi-zelenskyy-call', (r) => {
        r['date_resolution'] = null;
      }),
    );
    assert.ok(
      errors.some((e) => e.includes('xi-zelenskyy-call') && e.includes('disagrees with date_as_written')),
      errors.join('\n'),
    );
  });

  it('a derived value is not marked derived', () => {
    const errors = errorsOf(
      editRow('delegations', 'north-korea-china-2024', (r) => {
        r['derived'] = false;
      }),
    );
    assert.ok(
      errors.some((e) => e.includes('north-korea-china-2024')),
      errors.join('\n'),
    );
  });

  it("a unit is not one of the schema's units", () => {
    const errors = errorsOf(
      editRow('figures', 'china-north-korea-border-length', (r) => {
        r['unit'] = 'miles';
      }),
    );
    assert.ok(
      errors.some((e) => e.startsWith('figures: row') && e.includes('"unit" must be one of')),
      errors.join('\n'),
    );
  });

  it('two rows share an id', () => {
    const errors = errorsOf(withRecords('events', (records) => [...records, { ...records[0] }]));
    assert.ok(
      errors.some((e) => e.includes('"id" repeats')),
      errors.join('\n'),
    );
  });

  it('a row points to an unknown source', () => {
    const errors = errorsOf(
      editRow('figures', 'kim-visit-length', (r) => {
        r['source_id'] = 'nowhere';
      }),
    );
    assert.ok(
      errors.some((e) => e.includes('source_id "nowhere"')),
      errors.join('\n'),
    );
  });

  it('an "as written" phrase is not in the quote', () => {
    const errors = errorsOf(
      editRow('exercises', 'ocean-2024-sea-of-japan', (r) => {
        r['area_as_written'] = 'the East Sea';
      }),
    );
    assert.ok(
      errors.some((e) => e.includes('area_as_written "the East Sea" is not in the quote')),
      errors.join('\n'),
    );
  });

  it('a note readers see names another row or a source by its id', () => {
    const errors = errorsOf(
      editRow('delegations', 'north-korea-russia-2024', (r) => {
        r['note'] = 'The same sentence is ambiguous; see north-korea-china-2024.';
        r['period_resolution'] = 'As read in phnompenhpost-2024-01-05.';
      }),
    );
    assert.ok(
      errors.some((e) => e.startsWith('delegations/north-korea-russia-2024: note ') && e.includes('row id "north-korea-china-2024"')),
      errors.join('\n'),
    );
    assert.ok(
      errors.some(
        (e) =>
          e.startsWith('delegations/north-korea-russia-2024: period_resolution ') &&
          e.includes('source id "phnompenhpost-2024-01-05"') &&
          e.includes('The Phnom Penh Post (5 January 2024)'),
      ),
      errors.join('\n'),
    );
  });

  it('a row is removed and its numbers become unaccounted for', () => {
    const datasets = withRecords('figures', (records) => records.filter((r) => r['id'] !== 'china-north-korea-border-length'));
    const { errors, rows } = checkDatasets(datasets);
    assert.deepEqual(errors, []);
    const coverage = computeCoverage(datasets, rows, readExclusions(datasets.dir));
    assert.ok(
      coverage.errors.some((e) => e.includes('"1,146" is not covered')),
      coverage.errors.join('\n'),
    );
  });

  it('an exclusion no longer excludes anything', () => {
    const { rows } = checkDatasets(pristine);
    const stale: Exclusion = { source_id: 'futureuae-2024-11-20', phrase: 'Pragmatic Considerations', reason: 'nothing' };
    const coverage = computeCoverage(pristine, rows, [...readExclusions(pristine.dir), stale]);
    assert.ok(
      coverage.errors.some((e) => e.includes('"Pragmatic Considerations"') && e.includes('excludes no number')),
      coverage.errors.join('\n'),
    );
  });

  it('a publication date disagrees with the date line', () => {
    const errors = errorsOf(
      withRecords('sources', (records) => records.map((r) => (r['id'] === 'futureuae-2024-11-20' ? { ...r, published: '2024-11-21' } : r))),
    );
    assert.ok(
      errors.some((e) => e.includes('disagrees with the date line "20 نوفمبر، 2024"')),
      errors.join('\n'),
    );
  });
});
