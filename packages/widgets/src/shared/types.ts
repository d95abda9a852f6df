/**
 * The types a widget shares with its page and its subclasses: states,
 * events, and what a chart draws.
 */
import type { TemplateResult } from 'lit';
import type { Row } from '@factbox/datasets';

/** What the `state` attribute says: rows loading or chart not yet drawn, drawn, or an error shown. */
export type WidgetState = 'loading' | 'ready' | 'error';

/** The values of the `theme` attribute. */
export const THEME_NAMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEME_NAMES)[number];

/** Detail of `factbox-ready`: how many rows the widget shows. */
export interface FactboxReadyDetail {
  readonly rowCount: number;
  /** @deprecated Use `rowCount`; `rows` will be removed in the next minor release. */
  readonly rows: number;
}

/** Detail of `factbox-error`: the message the widget shows, and specifics (e.g. which row and field). */
export interface FactboxErrorDetail {
  readonly message: string;
  readonly details: readonly string[];
}

declare global {
  interface HTMLElementEventMap {
    'factbox-ready': CustomEvent<FactboxReadyDetail>;
    'factbox-error': CustomEvent<FactboxErrorDetail>;
  }
}

/** One thing the chart draws (a slice, a bar, an area), with the row behind it. */
export interface ChartItem<R extends Row> {
  readonly key: string;
  readonly label: string;
  /** The number drawn, if the chart draws one. */
  readonly value: number | null;
  /** The value in words, with its qualifier: "over 90%". */
  readonly valueText: string;
  readonly derived: boolean;
  /** The row behind the item; null for an item the widget adds itself (e.g. an unstated remainder). */
  readonly row: R | null;
  /** Every row behind the item when several tell it (one event in two accounts), `row` first; each one's words are shown. */
  readonly rows?: readonly R[];
  /** For items without a row: why the widget shows it. */
  readonly explanation?: string;
  /** How the chart draws a value the text bounds: "drawn at 90%, the lower bound". */
  readonly drawnAs?: string;
  /** A shorter name where items are listed together (a map area's name without its place). */
  readonly shortLabel?: string;
}

/** A line of the notes under the chart: what a reader must know to read it right. */
export interface Note {
  /** What the note is about, in bold before it (an item's label). */
  readonly subject?: string;
  /** The note, in the widget's language. */
  readonly text?: string;
  /** Words that stay in English after `text` (a derivation or caveat as the editors wrote it), marked as English. */
  readonly english?: string;
}

/** A column of the data table. */
export interface TableColumn<R extends Row> {
  readonly header: string;
  readonly cell: (item: ChartItem<R>) => TemplateResult | string;
  readonly numeric?: boolean;
}

/** What went wrong, as the widget shows it. */
export interface Problem {
  readonly message: string;
  readonly details: readonly string[];
  /** What "Try again" repeats: fetching the data, loading the chart code, or nothing. */
  readonly retry: 'data' | 'chart' | null;
  /** What caused it, for the console only (e.g. the error of a failed import). */
  readonly cause?: string;
}
