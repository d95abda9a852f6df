/**
 * The widgets the shared browser tests run on, with what a reader should
 * see of each with its built-in rows. Heights come from the catalogue.
 */
import { delegations, delegationsSchema, exercises, exercisesSchema, figures, figuresSchema, tradeShare, tradeShareSchema, type Row, type TableSchema } from '@factbox/datasets';
import { widgetEntry, type WidgetName, type WidgetTag } from '../catalogue.js';

export interface WidgetCase {
  readonly name: WidgetName;
  readonly tag: WidgetTag;
  readonly resource: string;
  readonly rows: readonly Row[];
  readonly schema: TableSchema;
  readonly englishHeading: string;
  readonly arabicHeading: string;
  /** The catalogue's reserved heights, in px. */
  readonly height: { readonly wide: number; readonly narrow: number };
}

/** A CSS length in rem (as the catalogue writes them), in px. */
export function px(length: string): number {
  const rem = /^([\d.]+)rem$/.exec(length);
  if (!rem) throw new Error(`not a rem length: ${length}`);
  return Number(rem[1]) * 16;
}

function widgetCase(name: WidgetName, rows: readonly Row[], schema: TableSchema, englishHeading: string, arabicHeading: string): WidgetCase {
  const entry = widgetEntry(name);
  return { name, tag: entry.tag, resource: entry.resource, rows, schema, englishHeading, arabicHeading, height: { wide: px(entry.height.wide), narrow: px(entry.height.narrow) } };
}

export const CASES: readonly WidgetCase[] = [
  widgetCase('trade-share-pie', tradeShare, tradeShareSchema, 'China accounts for over 90% of North Korea’s trade', 'حصة الصين من تجارة كوريا الشمالية: أكثر من ٩٠٪؜'),
  widgetCase('delegation-bars', delegations, delegationsSchema, 'North Korea and Russia exchanged 40 delegations in 2024', 'الوفود المتبادلة بين كوريا الشمالية وروسيا في ٢٠٢٤: ٤٠'),
  widgetCase('exercises-map', exercises, exercisesSchema, 'Military exercises and deployments, 2024', 'المناورات العسكرية ونشر القوات، ٢٠٢٤'),
  widgetCase('key-figures', figures, figuresSchema, 'Key figures: China, North Korea and Russia', 'أرقام رئيسية: الصين وكوريا الشمالية وروسيا'),
];
