/**
 * @factbox/datasets/schema — the Table Schema runtime, without any rows:
 * the types of a Table Schema, `validateRows` (check and type rows from JSON
 * or CSV records) and the RFC 4180 CSV reader and writer.
 *
 * The dataset build in the repository's `datasets/tools/` imports this entry by
 * name, like any other user, so that the tools depend on the package's public
 * contract rather than on its file layout. No side effects.
 *
 * @example
 * ```ts
 * import { validateRows, type TableSchema } from '@factbox/datasets/schema';
 * const { rows, errors } = validateRows(schema, JSON.parse(text));
 * ```
 */
export {
  validateRows,
  castCell,
  isIsoDate,
  isPartialDate,
  ENGLISH_MONTH_NAMES,
  type Cell,
  type Field,
  type FieldType,
  type FieldConstraints,
  type ForeignKey,
  type Row,
  type TableSchema,
  type ValidationResult,
} from './table-schema.js';
export { toCsv, parseCsv, CsvSyntaxError, type CsvOptions } from './csv.js';
