/**
 * Which cards are shown and in what order: the topics filter, and related
 * figures paired first so that a reader meets "do not add" before the figures.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figures, type FigureRow } from '@factbox/datasets';
import { arrange, parseTopics, rowEnd } from './arrangement.js';
import { TOPICS } from './words.js';

const CONTAINERS = ['north-korea-containers-to-russia', 'north-korea-containers-october-2023'];

describe('parseTopics', () => {
  it('reads comma-separated topics, whatever the case and spacing, each once', () => {
    assert.deepEqual(parseTopics(' Trade, energy ,,trade'), { topics: ['trade', 'energy'], unknown: [] });
  });

  it('keeps unknown values apart, to be warned about and ignored', () => {
    assert.deepEqual(parseTopics('trade,bogus,Bogus'), { topics: ['trade'], unknown: ['bogus'] });
  });

  it('reads nothing from an absent or empty attribute', () => {
    assert.deepEqual(parseTopics(null), { topics: [], unknown: [] });
    assert.deepEqual(parseTopics(' , '), { topics: [], unknown: [] });
  });
});

describe('arrange', () => {
  it('puts the overlapping containers first, as one pair, and every other figure once, by topic', () => {
    const { blocks, ordered, shown } = arrange(figures, []);
    const first = blocks[0];
    assert.equal(first?.kind, 'pair');
    assert.deepEqual(first?.kind === 'pair' ? [first.relation, ...first.rows.map((row) => row.id)] : [], ['overlaps', ...CONTAINERS]);
    assert.equal(blocks.filter((block) => block.kind === 'pair').length, 1);
    assert.deepEqual(
      [...ordered].sort((a, b) => a.id.localeCompare(b.id)),
      [...figures].sort((a, b) => a.id.localeCompare(b.id)),
    );
    const topicOrder = ordered.slice(2).map((row) => TOPICS.indexOf(row.topic));
    assert.deepEqual(
      topicOrder,
      [...topicOrder].sort((a, b) => a - b),
    );
    assert.equal(shown, figures);
  });

  it('shows only the topics asked for, in the data’s order for the download', () => {
    const { shown, ordered } = arrange(figures, ['trade', 'energy']);
    assert.deepEqual(
      shown.map((row) => row.id),
      figures.filter((row) => row.topic === 'trade' || row.topic === 'energy').map((row) => row.id),
    );
    assert.equal(ordered.length, 7);
  });

  it('shows nothing for a topic without figures', () => {
    const trade = figures.filter((row) => row.topic === 'trade');
    assert.deepEqual(arrange(trade, ['humanitarian']).blocks, []);
  });

  it('keeps the relation on a card whose related figure is not shown', () => {
    const rows: FigureRow[] = figures.map((row) => (row.id === CONTAINERS[1] ? { ...row, topic: 'trade' } : row));
    const { blocks } = arrange(rows, ['military-supplies']);
    const lone = blocks.find((block) => block.kind === 'single' && block.row.id === CONTAINERS[0]);
    assert.deepEqual(lone?.kind === 'single' ? lone.partnerHidden : null, 'overlaps');
    assert.ok(blocks.every((block) => block.kind === 'single'));
  });
});

describe("rowEnd: where a card's details open in the grid", () => {
  const pair = { kind: 'pair' } as const;
  const single = { kind: 'single' } as const;
  it("after the last card of the selected card's row, a pair being a row of its own", () => {
    const blocks = [pair, single, single, single, single, single];
    assert.equal(rowEnd(blocks, 3, 0), 0);
    assert.deepEqual(
      [1, 2, 3].map((i) => rowEnd(blocks, 3, i)),
      [3, 3, 3],
    );
    assert.deepEqual(
      [4, 5].map((i) => rowEnd(blocks, 3, i)),
      [5, 5],
    );
    assert.deepEqual(
      [1, 2, 3, 4, 5].map((i) => rowEnd(blocks, 2, i)),
      [2, 2, 4, 4, 5],
    );
  });
  it('a row cut short by a pair ends before it; one column is one card a row', () => {
    const blocks = [single, single, pair, single];
    assert.deepEqual(
      [0, 1, 2, 3].map((i) => rowEnd(blocks, 3, i)),
      [1, 1, 2, 3],
    );
    assert.deepEqual(
      [0, 1, 2, 3].map((i) => rowEnd(blocks, 1, i)),
      [0, 1, 2, 3],
    );
  });
});
