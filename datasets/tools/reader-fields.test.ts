/**
 * What the datasets carry for the reader, checked: exclusions pinned to their
 * place, one event per event key, actors by key, date parts, caveats in both
 * languages, words counted as coverage, and the fields the key figures and
 * the timeline draw from (topics, Arabic values, related figures).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDatasets } from './checks.js';
import { computeCoverage, readExclusions, type CoverageEntry, type Exclusion } from './coverage.js';
import type { Datasets, Record_, ResourceName } from './load.js';
import { editRow, errorsOf, pristine, withRecords } from './test-datasets.js';

function row(name: ResourceName, id: string): Record_ {
  const found = pristine.resources.find((r) => r.name === name)?.records.find((r) => r['id'] === id);
  assert.ok(found, `${name}/${id} exists`);
  return found;
}

function coverageOf(
  datasets: Datasets,
  exclusions: readonly Exclusion[] = readExclusions(datasets.dir),
): ReturnType<typeof computeCoverage> {
  return computeCoverage(datasets, checkDatasets(datasets).rows, exclusions);
}

describe('the truth reaches the reader', () => {
  it('an exclusion accounts for one occurrence: a phrase found twice is an error naming both places', () => {
    const repeated: Exclusion = {
      source_id: 'phnompenhpost-2024-01-05',
      phrase: 'compared to the previous year',
      reason: 'a comparison base',
    };
    const { errors } = coverageOf(pristine, [...readExclusions(pristine.dir), repeated]);
    assert.ok(
      errors.some((e) => e.includes('"compared to the previous year"') && e.includes('occurs 2 times') && e.includes('offset')),
      errors.join('\n'),
    );
  });

  it('an exclusion pinned to an offset is checked: the phrase must be there', () => {
    const misplaced: Exclusion = { source_id: 'futureuae-2024-11-20', phrase: 'Hyunmoo-5', offset: 100, reason: 'a name' };
    const exclusions = [...readExclusions(pristine.dir).filter((e) => e.phrase !== 'Hyunmoo-5'), misplaced];
    const { errors } = coverageOf(pristine, exclusions);
    assert.ok(
      errors.some((e) => e.includes('"Hyunmoo-5"') && e.includes('not at offset 100')),
      errors.join('\n'),
    );
  });

  it('"compared to the previous year" after the 43% is the Russian exports row\'s (2022 on 2021), after the 161.5% the food imports row\'s', () => {
    const document = pristine.documents.get('phnompenhpost-2024-01-05');
    assert.ok(document);
    const entries = coverageOf(pristine).entries.filter((e) => e.source_id === document.id && e.token === 'the previous year');
    assert.equal(entries.length, 2);
    const [food, exports] = entries as [CoverageEntry, CoverageEntry];
    assert.deepEqual(food.coveredBy, ['figures/north-korea-food-imports-from-china-growth (value_as_written)']);
    assert.deepEqual(exports.coveredBy, ['figures/russia-exports-to-china-growth-2022 (value_as_written)']);
    assert.match(String(row('figures', 'russia-exports-to-china-growth-2022')['period_resolution']), /2022 on 2021/);
  });

  it('the two container figures are linked as overlapping, not to be added, both ways', () => {
    const total = row('figures', 'north-korea-containers-to-russia');
    const october = row('figures', 'north-korea-containers-october-2023');
    assert.deepEqual([total['compare_with'], total['relation']], ['north-korea-containers-october-2023', 'overlaps']);
    assert.deepEqual([october['compare_with'], october['relation']], ['north-korea-containers-to-russia', 'overlaps']);
    for (const figure of [total, october]) {
      assert.match(String(figure['note']), /overlapping; do not add/);
      assert.doesNotMatch(String(figure['note']), /do not conflict|different periods/);
    }
  });

  it("no row dates NATO's confirmation, which the text does not date", () => {
    for (const resource of pristine.resources) {
      for (const record of resource.records)
        assert.doesNotMatch(String(record['note'] ?? ''), /NATO later/, `${resource.name}/${String(record['id'])}`);
    }
  });

  it('one event, one event_key: the June 2024 treaty signing is one timeline entry with both rows', () => {
    const events = pristine.resources.find((r) => r.name === 'events')?.records ?? [];
    for (const event of events) assert.match(String(event['event_key'] ?? ''), /^[a-z0-9]+(-[a-z0-9]+)*$/, String(event['id']));
    assert.equal(row('events', 'north-korea-russia-treaty-signed')['event_key'], row('events', 'putin-visits-pyongyang')['event_key']);
    const keys = new Set(events.map((e) => e['event_key']));
    assert.equal(keys.size, events.length - 1, 'only the treaty signing is told twice');
  });

  it('rows sharing an event_key must agree on the date', () => {
    const errors = errorsOf(
      editRow('events', 'putin-visits-pyongyang', (r) => {
        r['date'] = '2024-07';
        r['date_as_written'] = null;
        r['date_resolution'] = 'test';
      }),
    );
    assert.ok(
      errors.some((e) => e.includes('event_key') && e.includes('putin-visits-pyongyang') && e.includes('north-korea-russia-treaty-signed')),
      errors.join('\n'),
    );
  });

  it('"Kim Jong Un" and "Kim Jong-un", as each document spells him, are one actor key', () => {
    assert.match(String(row('events', 'xi-omits-friendly-neighbour')['actors']), /Kim Jong Un/);
    assert.match(String(row('events', 'kim-visits-russia')['actors']), /Kim Jong-un/);
    for (const id of ['xi-omits-friendly-neighbour', 'north-korea-russia-treaty-signed', 'kim-visits-russia']) {
      assert.ok(String(row('events', id)['actor_keys']).split('; ').includes('kim-jong-un'), id);
    }
  });

  it('actor_keys must agree with the entity list', () => {
    const errors = errorsOf(
      editRow('events', 'kim-visits-russia', (r) => {
        r['actor_keys'] = 'kim-jong-un-2; russia';
      }),
    );
    assert.ok(
      errors.some((e) => e.includes('events/kim-visits-russia') && e.includes('actor_keys')),
      errors.join('\n'),
    );
  });

  it('"early October 2024" keeps "early" for the reader: date_part and period_part', () => {
    assert.equal(row('events', 'xi-omits-friendly-neighbour')['date_part'], 'early');
    assert.equal(row('figures', 'anniversary-of-the-peoples-republic')['period_part'], 'early');
  });

  it('a date written "early …" without its part, or a part the text does not write, is an error', () => {
    const dropped = errorsOf(
      editRow('events', 'xi-omits-friendly-neighbour', (r) => {
        r['date_part'] = null;
      }),
    );
    assert.ok(
      dropped.some((e) => e.includes('xi-omits-friendly-neighbour') && e.includes('date_part') && e.includes('early')),
      dropped.join('\n'),
    );
    const invented = errorsOf(
      editRow('events', 'belousov-visits-china', (r) => {
        r['date_part'] = 'late';
      }),
    );
    assert.ok(
      invented.some((e) => e.includes('belousov-visits-china') && e.includes('date_part')),
      invented.join('\n'),
    );
  });

  it("doubts about the source's own statements are structured caveats, in English and Arabic", () => {
    const caveated = [
      ['exercises', 'northern-interaction-2024'],
      ['exercises', 'ocean-2024-sea-of-japan'],
      ['exercises', 'ocean-2024-sea-of-okhotsk'],
      ['events', 'northern-interaction-2024'],
      ['events', 'ocean-2024'],
      ['figures', 'china-north-korea-border-length'],
      ['figures', 'china-share-of-russian-gas'],
    ] as const;
    for (const [name, id] of caveated) {
      assert.ok(String(row(name, id)['source_caveat'] ?? '').length > 20, `${name}/${id} has a caveat`);
      assert.match(String(row(name, id)['source_caveat_ar'] ?? ''), /[\u0621-\u064A]/, `${name}/${id} has it in Arabic`);
    }
    assert.equal(
      row('exercises', 'northern-interaction-2024')['source_caveat'],
      'Name as given by the source; other reporting names these drills differently.',
    );
  });

  it('a caveat without its Arabic is an error', () => {
    const errors = errorsOf(
      editRow('figures', 'china-share-of-russian-gas', (r) => {
        r['source_caveat_ar'] = null;
      }),
    );
    assert.ok(
      errors.some((e) => e.includes('china-share-of-russian-gas') && e.includes('source_caveat_ar')),
      errors.join('\n'),
    );
  });

  it('the North Korea–China delegations are one reading of an ambiguous clause: derived, no qualifier we made up', () => {
    const china = row('delegations', 'north-korea-china-2024');
    assert.equal(china['derived'], true);
    assert.equal(china['qualifier'], null, '"around" is not in the text');
    assert.equal(china['delegation_kinds'], null, 'the text says "interaction", not delegations');
    assert.equal(china['count_as_written'], 'a four-fold increase in interaction between Pyongyang and Beijing');
    assert.match(String(china['derivation']), /one reading/i);
    assert.match(String(china['derivation']), /round/);
    assert.match(String(china['note']), /ambiguous/i);
  });

  it('a stated count without a qualifier is an error (only a derived one may leave it empty)', () => {
    const errors = errorsOf(
      editRow('delegations', 'north-korea-russia-2024', (r) => {
        r['qualifier'] = null;
      }),
    );
    assert.ok(
      errors.some((e) => e.includes('north-korea-russia-2024') && e.includes('qualifier')),
      errors.join('\n'),
    );
  });
});

describe('coverage includes words', () => {
  const words: [string, string][] = [
    ['largest', 'China remains North Korea’s largest trading partner'],
    ['several', 'several joint military exercises'],
    ['sole', 'Beijing’s sole military ally'],
    ['uptick', 'a noticeable uptick in missile tests'],
  ];
  for (const [word, context] of words) {
    it(`"${word}" (${context}) is accounted for by a figures row given in words`, () => {
      const entry = coverageOf(pristine).entries.find(
        (e) =>
          e.source_id === 'futureuae-2024-11-20' &&
          e.token === word &&
          e.context.replace(/[[\]]/g, '').includes(context.split(' ').slice(-2).join(' ')),
      );
      assert.ok(entry, `"${word}" is a coverage token`);
      assert.equal(entry.status, 'covered', `${word}: ${entry.status}`);
      const [label] = entry.coveredBy;
      const id = String(label)
        .replace(/^figures\//, '')
        .replace(/ \(.*$/, '');
      assert.equal(row('figures', id)['value'], null, 'words are not numbers');
    });
  }

  it('words cannot hide: a rank row removed leaves its word unaccounted for', () => {
    const datasets = withRecords('figures', (records) => records.filter((r) => !String(r['value_as_written']).includes('largest')));
    assert.ok(coverageOf(datasets).errors.some((e) => e.includes('"largest" is not covered')));
  });
});

describe('fields for the key figures and the timeline', () => {
  const figures = pristine.resources.find((r) => r.name === 'figures')?.records ?? [];
  const events = pristine.resources.find((r) => r.name === 'events')?.records ?? [];

  it('every figure has a topic and its subject and value in Arabic', () => {
    for (const figure of figures) {
      assert.ok(typeof figure['topic'] === 'string', String(figure['id']));
      assert.match(String(figure['subject_ar']), /[\u0621-\u064A]/, String(figure['id']));
      assert.match(String(figure['value_ar']), /^[\u0600-\u06FF\s«»()،؛-]+$/, String(figure['id']));
    }
  });

  it('value_ar writes the value as written, in Arabic-Indic digits, with its qualifier', () => {
    assert.equal(row('figures', 'north-korea-containers-to-russia')['value_ar'], 'أكثر من ١٣٬٠٠٠ حاوية');
    assert.equal(row('figures', 'north-korean-troops-several-thousand')['value_ar'], 'عدة آلاف من الجنود');
  });

  it('an Arabic value that loses the bound or changes the number is an error', () => {
    const bound = errorsOf(
      editRow('figures', 'north-korea-containers-to-russia', (r) => {
        r['value_ar'] = '١٣٬٠٠٠ حاوية';
      }),
    );
    assert.ok(
      bound.some((e) => e.includes('north-korea-containers-to-russia') && e.includes('value_ar')),
      bound.join('\n'),
    );
    const number = errorsOf(
      editRow('figures', 'china-north-korea-border-length', (r) => {
        r['value_ar'] = '١٬١٦٤ كيلومترًا';
      }),
    );
    assert.ok(
      number.some((e) => e.includes('china-north-korea-border-length') && e.includes('value_ar')),
      number.join('\n'),
    );
  });

  it('a relation must point at an existing figure that points back with the same relation', () => {
    const dangling = errorsOf(
      editRow('figures', 'kim-visit-length', (r) => {
        r['compare_with'] = 'nowhere';
        r['relation'] = 'restates';
      }),
    );
    assert.ok(
      dangling.some((e) => e.includes('kim-visit-length') && e.includes('nowhere')),
      dangling.join('\n'),
    );
    const oneWay = errorsOf(
      editRow('figures', 'north-korea-containers-october-2023', (r) => {
        r['compare_with'] = null;
        r['relation'] = null;
      }),
    );
    assert.ok(
      oneWay.some((e) => e.includes('north-korea-containers-to-russia') && e.includes('north-korea-containers-october-2023')),
      oneWay.join('\n'),
    );
  });

  it('every event has an Arabic title', () => {
    for (const event of events) assert.match(String(event['title_ar']), /[\u0621-\u064A]/, String(event['id']));
  });
});
