/**
 * Which figures the cards show, and in what order: the `topics` filter,
 * related figures paired, pairs first. Pure functions, tested without a
 * browser.
 */
import type { FigureRow } from '@factbox/datasets';
import { isTopic, TOPICS, type Relation, type Topic } from './words.js';

/** A card alone, or two related figures side by side. */
export type FigureBlock =
  | {
      readonly kind: 'single';
      readonly row: FigureRow;
      /** The relation to a figure that is not shown (filtered out, or not in the data), which the card still owes its reader. */
      readonly partnerHidden: Relation | null;
    }
  | { readonly kind: 'pair'; readonly relation: Relation; readonly rows: readonly [FigureRow, FigureRow] };

export interface Arrangement {
  readonly blocks: readonly FigureBlock[];
  /** The rows shown, in the data's order (what "Get the data" downloads). */
  readonly shown: readonly FigureRow[];
  /** The same rows in the order the cards show them (the order of the keyboard and the table). */
  readonly ordered: readonly FigureRow[];
}

export interface TopicsFilter {
  /** Known topics asked for, in the order given, each once; empty for "all". */
  readonly topics: readonly Topic[];
  /** Values that are not topics (warned about, then ignored). */
  readonly unknown: readonly string[];
}

/** `topics="trade, Energy"` → trade and energy. Comma-separated; case and spaces do not matter. */
export function parseTopics(attribute: string | null): TopicsFilter {
  const values = (attribute ?? '')
    .split(',')
    .map((value) => value.trim().toLowerCase())
    .filter((value) => value !== '');
  const topics = [...new Set(values.filter(isTopic))];
  const unknown = [...new Set(values.filter((value) => !isTopic(value)))];
  return { topics, unknown };
}

/**
 * The blocks to show for these topics (all when none): pairs first — a
 * reader must meet "do not add these" before the figures themselves — then
 * the other figures by topic, in the data's order within a topic. A figure
 * is paired with its `compare_with` when both are shown; each figure is
 * shown once.
 */
export function arrange(rows: readonly FigureRow[], topics: readonly Topic[]): Arrangement {
  const shown = topics.length === 0 ? rows : rows.filter((row) => topics.includes(row.topic));
  const byId = new Map(shown.map((row) => [row.id, row]));
  const placed = new Set<FigureRow>();
  const pairs: FigureBlock[] = [];
  for (const row of shown) {
    if (placed.has(row) || !row.compare_with || !row.relation) continue;
    const partner = byId.get(row.compare_with);
    if (!partner || partner === row || placed.has(partner)) continue;
    placed.add(row).add(partner);
    pairs.push({ kind: 'pair', relation: row.relation, rows: [row, partner] });
  }
  const singles: FigureBlock[] = shown
    .filter((row) => !placed.has(row))
    .map((row, index) => ({ row, index }))
    // Stable: by topic, then as in the data.
    .sort((a, b) => TOPICS.indexOf(a.row.topic) - TOPICS.indexOf(b.row.topic) || a.index - b.index)
    .map(({ row }) => ({
      kind: 'single',
      row,
      partnerHidden: row.compare_with && row.relation && !byId.has(row.compare_with) ? row.relation : null,
    }));
  const blocks = [...pairs, ...singles];
  return { blocks, shown, ordered: blocks.flatMap((block) => (block.kind === 'pair' ? [...block.rows] : [block.row])) };
}

/**
 * The last block in the grid row of block `index`, the grid placing `columns`
 * cards a row and each pair on a row of its own: a card's details open after
 * it, under the card's whole row, so that they cover no card and push the
 * rows below down.
 */
export function rowEnd(blocks: readonly Pick<FigureBlock, 'kind'>[], columns: number, index: number): number {
  let row: number[] = [];
  for (const [i, block] of blocks.entries()) {
    if (block.kind === 'pair' && row.length > 0) {
      if (row.includes(index)) break;
      row = [];
    }
    row.push(i);
    if (block.kind === 'pair' || row.length >= Math.max(1, columns)) {
      if (row.includes(index)) break;
      row = [];
    }
  }
  return row.includes(index) ? (row.at(-1) ?? index) : index;
}
