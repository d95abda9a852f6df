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

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when `text` is a real calendar date in the form YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** True when `text` is YYYY, YYYY-MM or YYYY-MM-DD and names a real year, month or day. */
export function isPartialDate(text: string): boolean {
  if (/^\d{4}$/.test(text)) return true;
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(text)) return true;
  return isIsoDate(text);
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (value === undefined) return 'nothing';
  try {
    const json = JSON.stringify(value);
    return json.length > 40 ? `${json.slice(0, 40)}…` : json;
  } catch {
    return typeof value;
  }
}

/**
 * Reads one cell into the field's type. Strings (from CSV) are parsed; values
 * that are already typed (from JSON) are checked. Returns an error sentence
 * instead of a value when the cell cannot be read.
 */
export function castCell(field: Field, raw: unknown, missingValues: readonly string[] = ['']):
  { value: Cell } | { error: string } {
  if (raw === null || raw === undefined || (typeof raw === 'string' && missingValues.includes(raw))) {
    return { value: null };
  }
  switch (field.type) {
    case 'string':
      if (typeof raw !== 'string') return { error: `must be text, got ${describe(raw)}` };
      return { value: raw };
    case 'date':
      if (typeof raw !== 'string' || !isIsoDate(raw)) return { error: `must be a date like 2024-11-20, got ${describe(raw)}` };
      return { value: raw };
    case 'boolean':
      if (typeof raw === 'boolean') return { value: raw };
      if (raw === 'true') return { value: true };
      if (raw === 'false') return { value: false };
      return { error: `must be true or false, got ${describe(raw)}` };
    case 'number':
    case 'integer': {
      let n: number;
      if (typeof raw === 'number') n = raw;
      else if (typeof raw === 'string' && /^\s*-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(raw)) n = Number(raw);
      else return { error: `must be a number, got ${describe(raw)}` };
      if (!Number.isFinite(n)) return { error: `must be a finite number, got ${describe(raw)}` };
      if (field.type === 'integer' && !Number.isInteger(n)) return { error: `must be a whole number, got ${describe(raw)}` };
      return { value: n };
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
    if (c.minimum !== undefined && value < c.minimum) return `must be at least ${c.minimum}, got ${value}`;
    if (c.maximum !== undefined && value > c.maximum) return `must be at most ${c.maximum}, got ${value}`;
  }
  if (typeof value === 'string') {
    if (c.minLength !== undefined && value.length < c.minLength) return `must have at least ${c.minLength} character(s)`;
    if (c.maxLength !== undefined && value.length > c.maxLength) return `must have at most ${c.maxLength} characters`;
    if (c.pattern !== undefined && !patternOf(c.pattern).test(value)) {
      return `does not have the expected form (${c.pattern}), got ${describe(value)}`;
    }
  }
  return null;
}

/**
 * Validates and types a list of records (parsed JSON objects or CSV records)
 * against a Table Schema: types, constraints, unique primary key. Unknown
 * columns are dropped with a warning; anything else wrong is an error.
 * Never throws, whatever `input` is.
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
  input.forEach((record: unknown, index) => {
    if (errors.length >= maxErrors) return;
    const where = `row ${index + 1}`;
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      errors.push(`${where}: expected an object with named fields, got ${describe(record)}`);
      return;
    }
    const source = record as Record<string, unknown>;
    for (const key of Object.keys(source)) if (!known.has(key)) unknownColumns.add(key);
    const row: Record<string, Cell> = {};
    let ok = true;
    for (const field of schema.fields) {
      if (errors.length >= maxErrors) return;
      const cast = castCell(field, Object.hasOwn(source, field.name) ? source[field.name] : undefined, missing);
      if ('error' in cast) {
        errors.push(`${where}: "${field.name}" ${cast.error}`);
        ok = false;
        continue;
      }
      const problem = checkConstraints(field, cast.value);
      if (problem) {
        errors.push(`${where}: "${field.name}" ${problem}`);
        ok = false;
        continue;
      }
      if (isUnique(field) && cast.value !== null) {
        const values = seen.get(field.name) ?? new Set<Cell>();
        if (values.has(cast.value)) {
          errors.push(`${where}: "${field.name}" repeats ${describe(cast.value)}, which must be unique`);
          ok = false;
        }
        values.add(cast.value);
        seen.set(field.name, values);
      }
      row[field.name] = cast.value;
    }
    if (ok) rows.push(row as R);
  });
  if (errors.length >= maxErrors) errors.push('(further problems not listed)');
  if (unknownColumns.size > 0) {
    warnings.push(`ignored unknown field(s): ${[...unknownColumns].slice(0, 5).map((k) => describe(k)).join(', ')}`);
  }
  return { rows, errors, warnings };
}
