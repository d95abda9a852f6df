/**
 * The subset of Frictionless Table Schema v2 that Factbox uses, and one
 * validator for it. The dataset build (Node) and the widgets (browser) both
 * validate rows with `validateRows`, so "valid" means the same everywhere.
 */

export type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'date';

export interface FieldConstraints {
  readonly required?: boolean;
  readonly unique?: boolean;
  readonly enum?: readonly (string | number)[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
}

export interface Field {
  readonly name: string;
  readonly type: FieldType;
  readonly title?: string;
  readonly description?: string;
  readonly constraints?: FieldConstraints;
}

export interface ForeignKey {
  readonly fields: readonly string[];
  readonly reference: { readonly resource: string; readonly fields: readonly string[] };
}

export interface TableSchema {
  readonly fields: readonly Field[];
  readonly primaryKey?: readonly string[];
  readonly foreignKeys?: readonly ForeignKey[];
  readonly missingValues?: readonly string[];
}

export type Cell = string | number | boolean | null;
export type Row = Readonly<Record<string, Cell>>;

export interface ValidationResult<R> {
  /** Rows that passed, typed and with every schema field present (missing optional → null). */
  readonly rows: R[];
  /** Problems that make the input unusable, one sentence each, with row number (1-based) and field. */
  readonly errors: string[];
  /** Problems that were repaired or ignored (e.g. unknown columns), one sentence each. */
  readonly warnings: string[];
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** English month names, January first: how the sources write a month, and how a date problem names one. */
export const ENGLISH_MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Why `text` is not a real YYYY, YYYY-MM or YYYY-MM-DD date ("there is no
 * month 13", "April 2024 has 30 days"), or null when it is one.
 */
function partialDateProblem(text: string): string | null {
  const parts = PARTIAL_DATE.exec(text);
  if (!parts) return 'not in the form YYYY, YYYY-MM or YYYY-MM-DD';
  const year = Number(parts[1]);
  if (parts[2] === undefined) return null;
  const month = Number(parts[2]);
  if (month < 1 || month > 12) return `there is no month ${parts[2]}`;
  if (parts[3] === undefined) return null;
  const day = Number(parts[3]);
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `${ENGLISH_MONTH_NAMES[month - 1] ?? ''} ${parts[1]} has ${days} days`;
  return null;
}

/** True when `text` is a real calendar date in the form YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && partialDateProblem(text) === null;
}

/** True when `text` is YYYY, YYYY-MM or YYYY-MM-DD and names a real year, month or day. */
export function isPartialDate(text: string): boolean {
  return partialDateProblem(text) === null;
}

/**
 * The `pattern`s that mark a string field as a date at the precision the
 * text supports (YYYY, YYYY-MM or YYYY-MM-DD): the published one, which
 * rules out months and days that never exist, and the looser one that
 * schemas used before. A pattern cannot know month lengths or leap years, so
 * the values of these fields are also checked against the calendar.
 */
const PARTIAL_DATE_PATTERNS: ReadonlySet<string> = new Set([
  '\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?',
  '\\d{4}(-\\d{2}(-\\d{2})?)?',
]);

/** The most combining marks kept on one character: enough for any accent or vowel sign, not for "Zalgo" stacks. */
const MAX_STACKED_MARKS = 2;
/** A run of non-spacing or enclosing marks, with any invisible format characters slipped between them. */
const MARK_STACK = /[\p{Mn}\p{Me}][\p{Mn}\p{Me}\p{Cf}]*/gu;
const MARK = /[\p{Mn}\p{Me}]/gu;
/** Whitespace (no-break and wide spaces included) and the fillers that fonts draw as blank space. */
const BLANKS = /[\s\u0085\u115F\u1160\u2800\u3164\uFFA0]+/g;
const LINE_BREAK = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/g;

/**
 * Quotes and "as written" fields are copied from the source documents, whose
 * paragraph breaks they keep (at most one blank line), so that a copy of a
 * built-in row is still equal to it.
 */
function keepsLineBreaks(field: Field): boolean {
  return field.name === 'quote' || field.name.endsWith('_as_written');
}

/**
 * Text as a page can show it without being defaced: each run of whitespace
 * one space (a padded id cannot push the words after it out of view), no
 * leading or trailing space, and no more than two combining marks stacked on
 * a character (they would paint over the lines around it).
 */
function tidyText(text: string, keepLineBreaks: boolean): string {
  const spaced = text.replace(BLANKS, (run) => {
    const breaks = keepLineBreaks ? (run.match(LINE_BREAK)?.length ?? 0) : 0;
    return breaks === 0 ? ' ' : '\n'.repeat(Math.min(breaks, 2));
  });
  const unstacked = spaced.replace(MARK_STACK, (stack) => {
    let marks = 0;
    return stack.replace(MARK, (mark) => (++marks <= MAX_STACKED_MARKS ? mark : ''));
  });
  return unstacked.trim();
}

/** Characters as a reader counts them: code points, so that an emoji or a rare CJK character is one. */
function characterCount(text: string): number {
  return text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
}

function formatCount(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en-US') : String(n);
}

/** Invisible and control characters, written as escapes in messages so that a reader sees they are there. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

function describe(value: unknown): string {
  if (typeof value === 'string') {
    // Cut by code points (never half an emoji); the rest stays out of the message.
    const head = Array.from(value.slice(0, 82)).slice(0, 40).join('');
    const shown = head.length < value.length ? `${head}…` : head;
    return JSON.stringify(shown).replace(UNPRINTABLE, (c) => {
      const hex = (c.codePointAt(0) ?? 0).toString(16);
      return hex.length > 4 ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
    });
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (value === undefined) return 'nothing';
  try {
    const json = JSON.stringify(value);
    return json.length > 40 ? `${json.slice(0, 40)}…` : json;
  } catch {
    return typeof value;
  }
}

/** Beyond this, a number cannot be kept (or shown) exactly: 9007199254740993 would read as …992. */
const LARGEST_EXACT = Number.MAX_SAFE_INTEGER;

/**
 * Reads one cell into the field's type. Strings (from CSV) are parsed; values
 * that are already typed (from JSON) are checked. Text is tidied (see
 * `tidyText`) and -0 becomes 0. Returns an error sentence instead of a value
 * when the cell cannot be read.
 */
export function castCell(field: Field, raw: unknown, missingValues: readonly string[] = ['']): { value: Cell } | { error: string } {
  const input = typeof raw === 'string' ? tidyText(raw, keepsLineBreaks(field)) : raw;
  if (input === null || input === undefined || (typeof input === 'string' && missingValues.includes(input))) {
    return { value: null };
  }
  switch (field.type) {
    case 'string':
      if (typeof input !== 'string') return { error: `must be text, got ${describe(input)}` };
      return { value: input };
    case 'date':
      if (typeof input !== 'string' || !isIsoDate(input)) return { error: `must be a date like 2024-11-20, got ${describe(input)}` };
      return { value: input };
    case 'boolean':
      if (typeof input === 'boolean') return { value: input };
      if (input === 'true') return { value: true };
      if (input === 'false') return { value: false };
      return { error: `must be true or false, got ${describe(input)}` };
    case 'number':
    case 'integer': {
      let n: number;
      if (typeof input === 'number') n = input;
      else if (typeof input === 'string' && /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(input)) n = Number(input);
      else return { error: `must be a number, got ${describe(input)}` };
      if (!Number.isFinite(n)) return { error: `must be a finite number, got ${describe(input)}` };
      // Checked on the number read, so that CSV text like "9007199254740993" is refused, not rounded.
      if (Math.abs(n) > LARGEST_EXACT)
        return { error: `is too large to keep exactly (more than ${formatCount(LARGEST_EXACT)}), got ${describe(input)}` };
      if (field.type === 'integer' && !Number.isInteger(n)) return { error: `must be a whole number, got ${describe(input)}` };
      // -0 would be shown as "-0%".
      return { value: n === 0 ? 0 : n };
    }
  }
}

const patterns = new Map<string, RegExp>();
function patternOf(source: string): RegExp {
  let re = patterns.get(source);
  if (!re) {
    re = new RegExp(`^(?:${source})$`, 'u');
    patterns.set(source, re);
  }
  return re;
}

function checkConstraints(field: Field, value: Cell): string | null {
  const c = field.constraints;
  if (!c) return null;
  if (value === null) return c.required ? 'is required' : null;
  if (c.enum && !c.enum.includes(value as string | number)) {
    return `must be one of ${c.enum.map((v) => JSON.stringify(v)).join(', ')}, got ${describe(value)}`;
  }
  if (typeof value === 'number') {
    if (c.minimum !== undefined && value < c.minimum) return `must be at least ${formatCount(c.minimum)}, got ${value}`;
    if (c.maximum !== undefined && value > c.maximum) return `must be at most ${formatCount(c.maximum)}, got ${value}`;
  }
  if (typeof value === 'string') {
    // Code points are never fewer than UTF-16 units: count them only when the limit might be crossed.
    if (c.minLength !== undefined && value.length < 2 * c.minLength && characterCount(value) < c.minLength) {
      return `must have at least ${formatCount(c.minLength)} character(s)`;
    }
    if (c.maxLength !== undefined && value.length > c.maxLength) {
      const count = characterCount(value);
      if (count > c.maxLength) return `has ${formatCount(count)} characters; at most ${formatCount(c.maxLength)}`;
    }
    if (c.pattern !== undefined && PARTIAL_DATE_PATTERNS.has(c.pattern)) {
      const problem = partialDateProblem(value);
      if (problem) return `must be a real date (YYYY, YYYY-MM or YYYY-MM-DD), got ${describe(value)}: ${problem}`;
    } else if (c.pattern !== undefined && !patternOf(c.pattern).test(value)) {
      return `does not have the expected form (${c.pattern}), got ${describe(value)}`;
    }
  }
  return null;
}

/**
 * Validates and types a list of records (parsed JSON objects or CSV records)
 * against a Table Schema: types, constraints, unique primary key. Text is
 * tidied and -0 read as 0 (see `castCell`). Unknown columns are dropped with
 * a warning; anything else wrong is an error, at most `maxErrors` of them,
 * each naming the row (from 1) and the field. Never throws, whatever `input` is.
 */
export function validateRows<R extends Row = Row>(schema: TableSchema, input: unknown, maxErrors = 10): ValidationResult<R> {
  const errors: string[] = [];
  const warnings: string[] = [];
  const rows: R[] = [];
  if (!Array.isArray(input)) {
    return { rows, errors: [`expected a list of rows, got ${describe(input)}`], warnings };
  }
  if (input.length === 0) {
    return { rows, errors: ['the list of rows is empty'], warnings };
  }
  const known = new Set(schema.fields.map((f) => f.name));
  const unknownColumns = new Set<string>();
  const missing = schema.missingValues ?? [''];
  const seen = new Map<string, Set<Cell>>();
  const isUnique = (field: Field): boolean =>
    field.constraints?.unique === true || (schema.primaryKey?.length === 1 && schema.primaryKey[0] === field.name);
  let unlisted = false;
  /** Records a problem; false once the list is full, and the rest of the input is not read. */
  const report = (problem: string): boolean => {
    if (errors.length < maxErrors) errors.push(problem);
    else unlisted = true;
    return !unlisted;
  };
  for (const [index, record] of (input as unknown[]).entries()) {
    const where = `row ${index + 1}`;
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      if (!report(`${where}: expected an object with named fields, got ${describe(record)}`)) break;
      continue;
    }
    const source = record as Record<string, unknown>;
    for (const key of Object.keys(source)) if (!known.has(key)) unknownColumns.add(key);
    const row: Record<string, Cell> = {};
    let ok = true;
    for (const field of schema.fields) {
      const cast = castCell(field, Object.hasOwn(source, field.name) ? source[field.name] : undefined, missing);
      if ('error' in cast) {
        ok = false;
        if (!report(`${where}: "${field.name}" ${cast.error}`)) break;
        continue;
      }
      const { value } = cast;
      const problem = checkConstraints(field, value);
      if (problem !== null) {
        ok = false;
        if (!report(`${where}: "${field.name}" ${problem}`)) break;
        continue;
      }
      if (isUnique(field) && value !== null) {
        const values = seen.get(field.name) ?? new Set<Cell>();
        if (values.has(value)) {
          ok = false;
          if (!report(`${where}: "${field.name}" repeats ${describe(value)}, which must be unique`)) break;
        }
        values.add(value);
        seen.set(field.name, values);
      }
      row[field.name] = value;
    }
    if (unlisted) break;
    if (ok) rows.push(row as R);
  }
  if (unlisted) errors.push('(further problems not listed)');
  if (unknownColumns.size > 0) {
    warnings.push(
      `ignored unknown field(s): ${[...unknownColumns]
        .slice(0, 5)
        .map((k) => describe(k))
        .join(', ')}`,
    );
  }
  return { rows, errors, warnings };
}
