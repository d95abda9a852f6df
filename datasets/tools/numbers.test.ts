import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { datePartIn, numbersIn, numberTokens, qualifierIn } from './numbers.js';

describe('numbersIn', () => {
  const cases: [string, number[]][] = [
    ['over 90%', [90]],
    ['1,146 kilometers', [1146]],
    ['4.5%', [4.5]],
    ['75th anniversary', [75]],
    ['$114 billion', [114, 114e9]],
    ['four-fold', [4]],
    ['six-day', [6]],
    ['over seven decades', [7]],
    ['In the first two months of 2023', [1, 2, 2023]],
    ['several thousand troops', []],
    ['millions of refugees', []],
    ['two thousand', [2, 2000]],
  ];
  for (const [text, expected] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => assert.deepEqual(numbersIn(text), expected));
  }
});

describe('qualifierIn', () => {
  it('reads bounds and approximations, and exact otherwise', () => {
    assert.equal(qualifierIn('over 13,000 containers'), 'over');
    assert.equal(qualifierIn('more than 1,000 containers'), 'more than');
    assert.equal(qualifierIn('around 67,300 barrels'), 'around');
    assert.equal(qualifierIn('nearly two years'), 'nearly');
    assert.equal(qualifierIn('estimated to increase 43%'), 'estimated');
    assert.equal(qualifierIn('1,146 kilometers'), 'exact');
  });
});

describe('numberTokens', () => {
  it('finds digits, number words and month names, English and Arabic', () => {
    const tokens = numberTokens('On November 11, 2024 — 20 نوفمبر، 2024 — three senior diplomats, 4.5%, 1. Heading');
    assert.deepEqual(
      tokens.map((t) => t.text),
      ['November', '11', '2024', '20', 'نوفمبر', '2024', 'three', '4.5', '1'],
    );
  });
  it('finds relative time expressions', () => {
    assert.deepEqual(
      numberTokens('Recently, in the following month, compared to the previous year').map((t) => [t.text, t.kind]),
      [
        ['Recently', 'relative time'],
        ['the following month', 'relative time'],
        ['the previous year', 'relative time'],
      ],
    );
  });

  it('does not take the verb "may" for the month', () => {
    assert.deepEqual(numberTokens('this move may cause problems; May 5'), [
      { index: 30, text: 'May', kind: 'month' },
      { index: 34, text: '5', kind: 'digits' },
    ]);
  });

  it('finds ranks, superlatives, quantity words and change words, which state amounts without numbers', () => {
    const text =
      'China remains the largest partner and its sole ally; several joint exercises; a noticeable uptick; imports increased; a large amount of arms';
    assert.deepEqual(
      numberTokens(text).map((t) => [t.text, t.kind]),
      [
        ['largest', 'rank word'],
        ['sole', 'rank word'],
        ['several', 'quantity word'],
        ['uptick', 'change word'],
        ['increased', 'change word'],
        ['amount', 'quantity word'],
      ],
    );
  });

  it('leaves comparatives, degree words and relationship verbs alone', () => {
    assert.deepEqual(numberTokens('more positive, greater influence, significantly grown, growing ties, deepening cooperation'), []);
  });
});

describe('datePartIn', () => {
  it('reads early, mid and late, and their synonyms; nothing otherwise', () => {
    assert.equal(datePartIn('early October 2024'), 'early');
    assert.equal(datePartIn('at the beginning of 2023'), 'early');
    assert.equal(datePartIn('mid-2023'), 'mid');
    assert.equal(datePartIn('by the end of 2024'), 'late');
    assert.equal(datePartIn('late last year'), 'late');
    assert.equal(datePartIn('In October 2024'), null);
    assert.equal(datePartIn('Earlier, in July 2024'), null);
    assert.equal(datePartIn('later'), null);
  });
});
