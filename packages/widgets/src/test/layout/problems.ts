/**
 * What the checks share: the problem each reports, and the text they look
 * at (every run measured against its clipping ancestors, grouped into
 * pieces of text so that a problem is reported once per piece, not once
 * per line).
 */
import type { Clipper } from './clipping.js';
import { round } from './describe.js';
import type { Box } from './geometry.js';
import type { TextRun } from './text-runs.js';

export type LayoutCheck = 'inside' | 'clipped' | 'overlap' | 'hidden' | 'font-size' | 'squeezed';

export interface LayoutProblem {
  readonly check: LayoutCheck;
  /** The same problem in another state has the same key (it leaves out pixel amounts). */
  readonly key: string;
  /** How bad, in px (how far outside, how much cut, overlap size, how small). */
  readonly amount: number;
  /** Readable sentence, with `{amount}` where the amount goes. */
  readonly template: string;
  /** For text cut by a clipping box: the box, the text, and how much of it is cut (to list many cuts by one box together). */
  readonly cut?: { readonly by: string; readonly text: string; readonly extent: string };
}

/** A problem found by `check`; `key` names what it is about (without pixel amounts), the amount is rounded to 0.1 px. */
export function problem(check: LayoutCheck, key: string, amount: number, template: string, cut?: LayoutProblem['cut']): LayoutProblem {
  return { check, key: `${check}|${key}`, amount: round(amount), template, ...(cut ? { cut } : {}) };
}

export interface MeasuredRun {
  readonly run: TextRun;
  /** Its parts cut to every clipping ancestor: what is really painted. */
  readonly visibleParts: readonly Box[];
  /** The clipping ancestors that cut it, innermost first. */
  readonly cutBy: readonly Clipper[];
}

/** One piece of text (see `TextRun.source`): the unit problems are reported for. */
export interface Piece {
  /** Its runs (one per line of each of its text nodes), measured. */
  readonly runs: readonly MeasuredRun[];
  /** Its first run, which names the piece (`sourceText`) and its kind. */
  readonly run: TextRun;
  /** The piece's words quoted for a message, marked "(canvas)" for drawn text. */
  readonly quoted: string;
  /** How many lines it is on. */
  readonly totalLines: number;
}

/** Groups items by a key, keeping the order in which keys first appear. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
