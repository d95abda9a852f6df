/**
 * Coverage: every number and date written in the documents, and every claim
 * about an amount made in words (ranks, quantity and change words), and what
 * accounts for it. A token is covered by a row when it lies inside one of the
 * row's `*_as_written` phrases at that phrase's place in the quote (so a
 * number that merely sits in a long quote does not count), or inside a
 * source's date line. Otherwise it must lie in the one occurrence of an
 * exclusion's phrase (`coverage-exclusions.json`), which says why it is left
 * out. Anything else is unaccounted for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Row } from '@factbox/datasets/schema';
import type { Datasets, ResourceName } from './load.js';
import { numberTokens } from './numbers.js';
import { codePointOffset, excerpt, findAll } from './text.js';

export interface Exclusion {
  readonly source_id: string;
  /** Verbatim text; the tokens inside its one occurrence are excluded. */
  readonly phrase: string;
  /**
   * Code-point offset of the phrase in the document. Required when the phrase
   * occurs more than once — an exclusion accounts for one occurrence, so that a
   * reason written for one place never silently covers another — and checked
   * whenever it is given.
   */
  readonly offset?: number;
  readonly reason: string;
  /** Optional `resource/id` of a row that records the same fact. */
  readonly see?: string;
}

export type CoverageStatus = 'covered' | 'excluded' | 'unaccounted' | 'conflict';

export interface CoverageEntry {
  readonly source_id: string;
  readonly start: number;
  readonly end: number;
  readonly token: string;
  readonly kind: string;
  readonly context: string;
  readonly status: CoverageStatus;
  /** `resource/id (field)` of each row covering the token. */
  readonly coveredBy: readonly string[];
  readonly reason: string | null;
  readonly see: string | null;
}

export interface Coverage {
  readonly entries: readonly CoverageEntry[];
  /** Problems with the exclusions themselves (stale, not found, bad `see`). */
  readonly errors: readonly string[];
}

interface Span {
  readonly start: number;
  readonly end: number;
  readonly label: string;
}

export function readExclusions(dir: string): Exclusion[] {
  return JSON.parse(readFileSync(join(dir, 'coverage-exclusions.json'), 'utf8')) as Exclusion[];
}

function rowSpans(resource: ResourceName, row: Row): Span[] {
  const spans: Span[] = [];
  const quote = typeof row['quote'] === 'string' ? row['quote'] : '';
  const quoteStart = Number(row['quote_start']);
  for (const [field, value] of Object.entries(row)) {
    if (!field.endsWith('_as_written') || typeof value !== 'string' || value === '') continue;
    for (const [start, end] of findAll(quote, value)) {
      spans.push({ start: quoteStart + start, end: quoteStart + end, label: `${resource}/${String(row['id'])} (${field})` });
    }
  }
  return spans;
}

export function computeCoverage(
  datasets: Datasets,
  rows: ReadonlyMap<ResourceName, readonly Row[]>,
  exclusions: readonly Exclusion[],
): Coverage {
  const entries: CoverageEntry[] = [];
  const errors: string[] = [];
  const rowIds = new Set<string>();
  for (const [resource, list] of rows) for (const row of list) rowIds.add(`${resource}/${String(row['id'])}`);

  for (const exclusion of exclusions) {
    if (!datasets.documents.has(exclusion.source_id))
      errors.push(`exclusion "${exclusion.phrase}": unknown source_id "${exclusion.source_id}"`);
    if (exclusion.see && !rowIds.has(exclusion.see))
      errors.push(`exclusion "${exclusion.phrase}": "see" names ${exclusion.see}, which is not a row`);
    if (typeof exclusion.phrase !== 'string' || exclusion.phrase === '')
      errors.push(`exclusion for ${exclusion.source_id}: "phrase" must be the verbatim text it excludes`);
  }

  for (const document of datasets.documents.values()) {
    const covering: Span[] = [];
    for (const [resource, list] of rows) {
      for (const row of list) {
        if (resource === 'sources' && row['id'] === document.id) {
          covering.push({
            start: Number(row['published_start']),
            end: Number(row['published_end']),
            label: `sources/${document.id} (published_as_written)`,
          });
        } else if (row['source_id'] === document.id) {
          covering.push(...rowSpans(resource, row));
        }
      }
    }
    const excluding: (Span & { exclusion: Exclusion })[] = [];
    for (const exclusion of exclusions.filter((e) => e.source_id === document.id)) {
      const found = findAll(document.text, exclusion.phrase ?? '');
      const places = found.map(([start]) => start).join(', ');
      let spans = found;
      if (found.length === 0) {
        errors.push(`exclusion "${exclusion.phrase}" is not found in ${document.file}`);
      } else if (exclusion.offset !== undefined) {
        spans = found.filter(([start]) => start === exclusion.offset);
        if (spans.length === 0)
          errors.push(`exclusion "${exclusion.phrase}" is not at offset ${exclusion.offset} in ${document.file}; it is at ${places}`);
      } else if (found.length > 1) {
        errors.push(
          `exclusion "${exclusion.phrase}" occurs ${found.length} times in ${document.file} (at ${places}); an exclusion accounts for one occurrence: give one exclusion per occurrence, each with its "offset", or a longer phrase`,
        );
      }
      for (const [start, end] of spans) excluding.push({ start, end, label: exclusion.reason, exclusion });
    }

    const used = new Set<Exclusion>();
    for (const token of numberTokens(document.text)) {
      const start = codePointOffset(document.text, token.index);
      const end = start + Array.from(token.text).length;
      const inside = (span: Span): boolean => span.start <= start && end <= span.end;
      const coveredBy = [...new Set(covering.filter(inside).map((s) => s.label))];
      const excludedBy = excluding.filter(inside);
      excludedBy.forEach((s) => used.add(s.exclusion));
      const first = excludedBy[0]?.exclusion;
      const status: CoverageStatus =
        coveredBy.length > 0 && first ? 'conflict' : coveredBy.length > 0 ? 'covered' : first ? 'excluded' : 'unaccounted';
      entries.push({
        source_id: document.id,
        start,
        end,
        token: token.text,
        kind: token.kind,
        context: excerpt(document.text, start, end),
        status,
        coveredBy,
        reason: first?.reason ?? null,
        see: first?.see ?? null,
      });
    }
    for (const exclusion of exclusions.filter((e) => e.source_id === document.id)) {
      if (!used.has(exclusion))
        errors.push(`exclusion "${exclusion.phrase}" in ${document.file} excludes no number, date or amount word; remove it`);
    }
  }
  for (const entry of entries) {
    if (entry.status === 'unaccounted')
      errors.push(
        `${entry.source_id} at ${entry.start}: "${entry.token}" is not covered by any row's *_as_written phrase and not excluded — ${entry.context}`,
      );
    if (entry.status === 'conflict')
      errors.push(
        `${entry.source_id} at ${entry.start}: "${entry.token}" is both covered (${entry.coveredBy.join(', ')}) and excluded ("${entry.reason}") — ${entry.context}`,
      );
  }
  return { entries, errors };
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

/** COVERAGE.md, committed so that reviewers can read it on the forge. */
export function coverageMarkdown(datasets: Datasets, coverage: Coverage): string {
  const lines: string[] = [
    '# Coverage of numbers, dates and amount words',
    '',
    'Every number and date written in the source documents — digits, number words, month names and relative time expressions ("recently", "the following month") — and every amount stated in words — ranks and superlatives ("largest", "sole"), quantity words ("several") and change words ("uptick", "increased") — and what accounts for it.',
    "A token is **covered** when it lies inside a row's `*_as_written` phrase (at its place in the row's quote) or inside a source's date line;",
    'it is **excluded** when an entry of `datasets/coverage-exclusions.json` says why it is left out (each entry accounts for one occurrence).',
    '',
    'Generated by `npm run coverage` from `datasets/`; do not edit by hand. `npm test` fails when this file is out of date or anything is unaccounted for.',
    '',
    '| source | tokens | covered | excluded | unaccounted |',
    '|---|---:|---:|---:|---:|',
  ];
  for (const document of datasets.documents.values()) {
    const mine = coverage.entries.filter((e) => e.source_id === document.id);
    const count = (status: CoverageStatus): number => mine.filter((e) => e.status === status).length;
    lines.push(
      `| \`${document.id}\` | ${mine.length} | ${count('covered')} | ${count('excluded')} | ${count('unaccounted') + count('conflict')} |`,
    );
  }
  for (const document of datasets.documents.values()) {
    lines.push(
      '',
      `## \`${document.id}\` (\`sources/${document.file}\`)`,
      '',
      '| offset | token | kind | in context | status | accounted for by |',
      '|---:|---|---|---|---|---|',
    );
    for (const entry of coverage.entries.filter((e) => e.source_id === document.id)) {
      const by =
        entry.status === 'covered'
          ? entry.coveredBy.map((l) => `\`${l}\``).join('<br>')
          : entry.status === 'excluded'
            ? `${cell(entry.reason ?? '')}${entry.see ? ` See \`${entry.see}\`.` : ''}`
            : '**nothing**';
      lines.push(`| ${entry.start} | ${cell(entry.token)} | ${entry.kind} | ${cell(entry.context)} | ${entry.status} | ${by} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
