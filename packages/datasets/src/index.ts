/**
 * @factbox/datasets — sourced, typed rows about China and the North
 * Korea–Russia military alignment. Every row carries the verbatim quote that
 * supports it (`quote`, `quote_start`, `quote_end`) and its `source_id`.
 *
 * The rows, their types and the schemas are generated from the repository's
 * `datasets/` folder; this module only gathers them. No side effects.
 *
 * @example
 * ```ts
 * import { tradeShare, sources, type TradeShareRow } from '@factbox/datasets';
 * const china = tradeShare.find((row) => row.partner === 'China');
 * ```
 */
export { tradeShare, tradeShareSchema } from './generated/trade-share.js';
export { delegations, delegationsSchema } from './generated/delegations.js';
export { exercises, exercisesSchema } from './generated/exercises.js';
export { events, eventsSchema } from './generated/events.js';
export { figures, figuresSchema } from './generated/figures.js';
export { sources, sourcesSchema } from './generated/sources.js';
export type {
  TradeShareRow,
  DelegationRow,
  ExerciseRow,
  EventRow,
  FigureRow,
  SourceRow,
  ResourceRows,
  ResourceName,
} from './generated/types.js';
// The Table Schema runtime, also published alone as `@factbox/datasets/schema`.
export {
  validateRows,
  castCell,
  isIsoDate,
  isPartialDate,
  ENGLISH_MONTH_NAMES,
  toCsv,
  parseCsv,
  CsvSyntaxError,
  type Cell,
  type Field,
  type FieldType,
  type FieldConstraints,
  type ForeignKey,
  type Row,
  type TableSchema,
  type ValidationResult,
  type CsvOptions,
} from './schema.js';
