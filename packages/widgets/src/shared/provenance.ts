import { sources as builtInSources, type Row, type SourceRow, type TableSchema } from '@factbox/datasets';
import { DATASETS_VERSION } from '../generated/version.js';
import type { Locale } from './i18n.js';

/**
 * Which rows a widget may credit to a publisher. A row is credited only when
 * it is one of the built-in rows in every field — its values, and its quote
 * at the same place in the same document. Other rows from `src` or `data`
 * are shown as supplied, not checked: Factbox has not checked their values
 * against the quote, even when the quote is real.
 */
export class Provenance {
  private verified: Set<string> | null = null;

  constructor(
    private readonly schema: TableSchema,
    private readonly builtIn: () => readonly Row[],
  ) {}

  private key(row: Row): string {
    return JSON.stringify(this.schema.fields.map((field) => row[field.name] ?? null));
  }

  isVerified(row: Row): boolean {
    this.verified ??= new Set(this.builtIn().map((r) => this.key(r)));
    return this.verified.has(this.key(row));
  }

  /** The source a row is credited to: a built-in source, and only for a verified row. */
  sourceFor(row: Row): SourceRow | undefined {
    return this.isVerified(row) ? builtInSources.find((s) => s.id === row['source_id']) : undefined;
  }
}

export function publisherOf(source: SourceRow, locale: Locale): string {
  return locale === 'ar' && source.publisher_ar ? source.publisher_ar : source.publisher;
}

/** The published metadata of every source (the `sources` resource of @factbox/datasets). */
export function metadataUrl(): string {
  return `https://cdn.jsdelivr.net/npm/@factbox/datasets@${DATASETS_VERSION}/data/sources.json`;
}
