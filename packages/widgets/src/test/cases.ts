/**
 * The widgets the shared browser tests run on, with what a reader should
 * see of each with its built-in rows. Heights come from the catalogue.
 */
import {
  delegations,
  delegationsSchema,
  events,
  eventsSchema,
  exercises,
  exercisesSchema,
  figures,
  figuresSchema,
  tradeShare,
  tradeShareSchema,
  type Row,
  type TableSchema,
} from '@factbox/datasets';
import { widgetEntry, type WidgetName, type WidgetTag } from '../catalogue.js';

export interface WidgetCase {
  readonly name: WidgetName;
  readonly tag: WidgetTag;
  readonly resource: string;
  readonly rows: readonly Row[];
  readonly schema: TableSchema;
  readonly englishHeading: string;
  readonly arabicHeading: string;
  /** The catalogue's reserved heights, in px, by language. */
  readonly height: Readonly<Record<'en' | 'ar', { readonly wide: number; readonly narrow: number }>>;
  /** How many items (slices, bars, areas, events) the rows make: one per row unless rows are grouped (an event told twice). */
  readonly items: number;
  /** A row with one of its values changed, still valid: Factbox must not credit its verified quote to the publisher. */
  readonly altered: (row: Row) => Row;
}

/** The row with its first number (not an offset) increased by one. */
function alterNumber(row: Row): Row {
  const field = Object.keys(row).find((key) => typeof row[key] === 'number' && !key.startsWith('quote_'));
  if (!field) throw new Error(`row ${String(row['id'])} has no figure to change`);
  return { ...row, [field]: (row[field] as number) + 1 };
}

/** A CSS length in rem (as the catalogue writes them), in px. */
export function px(length: string): number {
  const rem = /^([\d.]+)rem$/.exec(length);
  if (!rem) throw new Error(`not a rem length: ${length}`);
  return Number(rem[1]) * 16;
}

function widgetCase(
  name: WidgetName,
  rows: readonly Row[],
  schema: TableSchema,
  englishHeading: string,
  arabicHeading: string,
  options: Partial<Pick<WidgetCase, 'items' | 'altered'>> = {},
): WidgetCase {
  const entry = widgetEntry(name);
  return {
    name,
    tag: entry.tag,
    resource: entry.resource,
    rows,
    schema,
    englishHeading,
    arabicHeading,
    height: {
      en: { wide: px(entry.height.en.wide), narrow: px(entry.height.en.narrow) },
      ar: { wide: px(entry.height.ar.wide), narrow: px(entry.height.ar.narrow) },
    },
    items: options.items ?? rows.length,
    altered: options.altered ?? alterNumber,
  };
}

export const CASES: readonly WidgetCase[] = [
  widgetCase(
    'trade-share-pie',
    tradeShare,
    tradeShareSchema,
    'China accounts for over 90% of North Korea’s trade',
    'حصة الصين من تجارة كوريا الشمالية: أكثر من ٩٠٪؜',
  ),
  widgetCase(
    'delegation-bars',
    delegations,
    delegationsSchema,
    'North Korea and Russia exchanged 40 delegations in 2024',
    'الوفود المتبادلة بين كوريا الشمالية وروسيا في ٢٠٢٤: ٤٠',
  ),
  widgetCase(
    'exercises-map',
    exercises,
    exercisesSchema,
    'Military exercises and deployments, 2024',
    'المناورات العسكرية ونشر القوات، ٢٠٢٤',
  ),
  // 23 rows, 22 events: the June 2024 treaty signing is told twice. Events carry no number: a changed date is the changed value.
  widgetCase(
    'events-timeline',
    events,
    eventsSchema,
    'North Korea, Russia and China: a timeline, 2020–2024',
    'كوريا الشمالية وروسيا والصين: خط زمني، ٢٠٢٠–٢٠٢٤',
    {
      items: new Set(events.map((row) => row.event_key)).size,
      altered: (row) => ({ ...row, date: row['date'] === '2022' ? '2021' : '2022', date_part: null }),
    },
  ),
  widgetCase(
    'key-figures',
    figures,
    figuresSchema,
    'Key figures: China, North Korea and Russia',
    'أرقام رئيسية: الصين وكوريا الشمالية وروسيا',
  ),
];
