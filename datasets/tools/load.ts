/**
 * Reads the curated datasets: the source documents and their metadata, the
 * Table Schemas (completed with the shared provenance fields) and the records.
 * This is the only module that knows the layout of `datasets/`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Cell, Field, TableSchema } from '@factbox/datasets/schema';

export const DATASETS_DIR = fileURLToPath(new URL('..', import.meta.url));

/** Resource names, in the order they are published. The names are a public contract. */
export const RESOURCE_NAMES = ['trade-share', 'delegations', 'exercises', 'events', 'figures', 'sources'] as const;
export type ResourceName = (typeof RESOURCE_NAMES)[number];

export type Record_ = Record<string, Cell>;

export interface ResourceSchemaFile {
  readonly title: string;
  readonly description: string;
  readonly provenance: boolean;
  readonly fields: readonly Field[];
}

export interface Resource {
  readonly name: ResourceName;
  readonly title: string;
  readonly description: string;
  readonly schema: TableSchema;
  /** Rows as curated (for `sources`: the metadata plus `bytes` and `sha256` read from the file). */
  readonly records: readonly Record_[];
}

export interface SourceDocument {
  readonly id: string;
  readonly file: string;
  readonly text: string;
  readonly bytes: number;
  readonly sha256: string;
}

/**
 * Someone or something that acts in the events: one key for every spelling
 * the documents use ("Kim Jong Un", "Kim Jong-un"), and for a person or office
 * the state they act for. Read from `entities.json`; the build checks each
 * event's `actor_keys` against it.
 */
export interface Entity {
  readonly key: string;
  readonly kind: 'state' | 'person' | 'office';
  /** Every spelling used in `actors`, exactly as written there. */
  readonly names: readonly string[];
  /** For a person or office: the key of the state they act for. */
  readonly state?: string;
}

export interface Datasets {
  readonly resources: readonly Resource[];
  readonly documents: ReadonlyMap<string, SourceDocument>;
  readonly entities: readonly Entity[];
  readonly dir: string;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`, { cause: error });
  }
}

interface ProvenanceFile {
  readonly head: readonly Field[];
  readonly tail: readonly Field[];
}

/** The complete Table Schema of a resource, as published in datapackage.json. */
export function composeSchema(dir: string, name: ResourceName): { file: ResourceSchemaFile; schema: TableSchema } {
  const file = readJson(join(dir, 'schemas', `${name}.json`)) as ResourceSchemaFile;
  if (!file.provenance) {
    return { file, schema: { fields: file.fields, primaryKey: ['id'], missingValues: [''] } };
  }
  const provenance = readJson(join(dir, 'schemas', 'provenance.json')) as ProvenanceFile;
  return {
    file,
    schema: {
      fields: [...provenance.head, ...file.fields, ...provenance.tail],
      primaryKey: ['id'],
      foreignKeys: [{ fields: ['source_id'], reference: { resource: 'sources', fields: ['id'] } }],
      missingValues: [''],
    },
  };
}

/** Reads everything under `dir` (default: this repository's `datasets/`). Throws on unreadable files only. */
export function loadDatasets(dir: string = DATASETS_DIR): Datasets {
  const metadata = readJson(join(dir, 'sources', 'metadata.json')) as Record_[];
  const documents = new Map<string, SourceDocument>();
  const sourceRecords: Record_[] = metadata.map((entry) => {
    const id = String(entry['id']);
    const file = String(entry['file']);
    const buffer = readFileSync(join(dir, 'sources', file));
    const document: SourceDocument = {
      id,
      file,
      text: buffer.toString('utf8'),
      bytes: buffer.byteLength,
      sha256: createHash('sha256').update(buffer).digest('hex'),
    };
    documents.set(id, document);
    return { ...entry, bytes: document.bytes, sha256: document.sha256 };
  });
  const resources = RESOURCE_NAMES.map((name): Resource => {
    const { file, schema } = composeSchema(dir, name);
    const records = name === 'sources' ? sourceRecords : (readJson(join(dir, 'records', `${name}.json`)) as Record_[]);
    return { name, title: file.title, description: file.description, schema, records };
  });
  const entities = readJson(join(dir, 'entities.json')) as Entity[];
  return { resources, documents, entities, dir };
}
