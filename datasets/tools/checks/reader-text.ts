/**
 * Text written for readers: the widgets show notes, derivations, date and
 * period readings and caveats verbatim, so they must not name another row or
 * a source by its id ("see north-korea-china-2024", "Compare
 * phnompenhpost-2024-01-05"). A cross-reference says what the other row says;
 * a source is named by its publisher and date.
 */
import type { Row } from '@factbox/datasets/schema';
import type { Datasets, ResourceName } from '../load.js';
import { label, text } from './fields.js';

/** The fields a reader sees as written (details panel, notes, data table). */
export const READER_TEXT_FIELDS = [
  'note',
  'derivation',
  'date_resolution',
  'period_resolution',
  'source_caveat',
  'source_caveat_ar',
] as const;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2024-01-05" → "5 January 2024"; anything else as it is. */
function longDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${Number(match[3])} ${MONTHS[Number(match[2]) - 1] ?? ''} ${match[1]}` : iso;
}

/** What to write instead of an id: the source by publisher and date, a row by what it says. */
function advice(id: string, holders: readonly ResourceName[], sources: ReadonlyMap<string, Row>): string {
  const source = sources.get(id);
  if (source) {
    const name = `${text(source, 'publisher') ?? id} (${longDate(text(source, 'published') ?? '')})`;
    return `the source id "${id}"; name the source by its publisher and date, as in "${name}"`;
  }
  const rows = holders.map((name) => `${name}/${id}`).join(' and ');
  return `the row id "${id}" (${rows}); refer to that row in words, by what it says, or drop the reference`;
}

/** The ids found in a text, in order, leaving out one found only inside a longer one ("ocean-2024" in "ocean-2024-sea-of-japan"). */
function idsIn(value: string, ids: readonly string[]): string[] {
  const spans: [number, number, string][] = [];
  for (const id of ids) {
    for (let at = value.indexOf(id); at !== -1; at = value.indexOf(id, at + 1)) spans.push([at, at + id.length, id]);
  }
  const outside = spans.filter(([start, end]) => !spans.some(([s, e]) => s <= start && end <= e && e - s > end - start));
  return [...new Set(outside.sort(([a], [b]) => a - b).map(([, , id]) => id))];
}

/** Reader-visible text names no row id of any resource and no source id. */
export function checkReaderText(datasets: Datasets, rows: ReadonlyMap<ResourceName, readonly Row[]>): string[] {
  const holders = new Map<string, ResourceName[]>();
  for (const [name, resourceRows] of rows) {
    for (const row of resourceRows) {
      const id = text(row, 'id');
      if (id !== null) holders.set(id, [...(holders.get(id) ?? []), name]);
    }
  }
  const sources = new Map((rows.get('sources') ?? []).map((row) => [String(row['id']), row]));
  const ids = [...holders.keys()];
  const errors: string[] = [];
  for (const resource of datasets.resources) {
    (rows.get(resource.name) ?? []).forEach((row, index) => {
      for (const field of READER_TEXT_FIELDS) {
        const value = text(row, field);
        if (value === null) continue;
        for (const id of idsIn(value, ids)) {
          errors.push(
            `${label(resource, row, index)}: ${field} is shown to readers but contains ${advice(id, holders.get(id) ?? [], sources)}`,
          );
        }
      }
    });
  }
  return errors;
}
