/**
 * The timeline's own words in each language (shared words are in
 * shared/i18n.ts), and the date of an event in words at the precision its
 * text gives: "early October 2024", "by April 2023", "“Recently”: before
 * 20 November 2024". Dates go through Intl (Arabic months, Arabic-Indic
 * digits).
 */
import type { EventRow } from '@factbox/datasets';
import { formatPartialDate, type Locale } from '../shared/i18n.js';

export type Category = EventRow['category'];
export type Status = EventRow['status'];

type Part = NonNullable<EventRow['date_part']>;
type OpenBound = Exclude<EventRow['date_bound'], 'on'>;

export interface TimelineWords {
  readonly heading: (states: string, years: string) => string;
  readonly headingPlain: (years: string) => string;
  readonly subtitle: (sources: number) => string;
  readonly summary: (count: string, years: string) => string;
  readonly category: Readonly<Record<Category, string>>;
  readonly status: Readonly<Record<Status, string>>;
  readonly part: Readonly<Record<Part, (date: string) => string>>;
  readonly bound: Readonly<Record<OpenBound, (date: string) => string>>;
  /** A relative date and how it was resolved. */
  readonly resolved: (asWritten: string, date: string) => string;
  /** "(2 accounts)": several rows tell the event. */
  readonly accounts: (count: string) => string;
  /** How a date with a part or an open side is drawn, for the details. */
  readonly drawnPart: (part: Part, precision: 'month' | 'year') => string;
  readonly drawnOpen: Readonly<Record<OpenBound, string>>;
  readonly key: { readonly day: string; readonly period: string; readonly part: string; readonly open: string };
  readonly noEvents: (range: string) => string;
  readonly columns: {
    readonly event: string;
    readonly date: string;
    readonly asWritten: string;
    readonly category: string;
    readonly actors: string;
  };
  /** Names of the states among `actor_keys`, for the headline. */
  readonly states: Readonly<Record<string, string>>;
}

const THIRD_EN: Record<Part, string> = { early: 'first', mid: 'middle', late: 'last' };
const THIRD_AR: Record<Part, string> = { early: 'الأول', mid: 'الأوسط', late: 'الأخير' };

export const WORDS: Readonly<Record<Locale, TimelineWords>> = {
  en: {
    heading: (states, years) => `${states}: a timeline, ${years}`,
    headingPlain: (years) => `A timeline of events, ${years}`,
    subtitle: (sources) =>
      `Events dated in ${sources === 1 ? 'the source' : sources === 2 ? 'the two sources' : `the ${sources} sources`}, each drawn as precisely as its source dates it`,
    summary: (count, years) =>
      `Timeline of ${count} events, ${years}, earliest first. Each event is a button that shows its source’s words.`,
    category: { diplomacy: 'Diplomacy', military: 'Military', economy: 'Economy', statement: 'Statement' },
    status: { occurred: 'occurred', reported: 'reported', planned: 'planned' },
    part: { early: (date) => `early ${date}`, mid: (date) => `mid-${date}`, late: (date) => `late ${date}` },
    bound: { by: (date) => `by ${date}`, before: (date) => `before ${date}`, since: (date) => `since ${date}` },
    resolved: (asWritten, date) => `“${asWritten}”: ${date}`,
    accounts: (count) => `(${count} accounts)`,
    drawnPart: (part, precision) => `drawn over the ${THIRD_EN[part]} third of the ${precision}`,
    drawnOpen: { by: 'open start: on or before this date', before: 'open start: before this date', since: 'open end: from this date on' },
    key: { day: 'a day', period: 'a month or a year', part: 'early, mid- or late', open: 'open: “by”, “before”, “since”' },
    noEvents: (range) => `No event in the data falls within ${range}.`,
    columns: { event: 'Event', date: 'Date', asWritten: 'Date as written', category: 'Category', actors: 'Actors' },
    states: {
      'north-korea': 'North Korea',
      russia: 'Russia',
      china: 'China',
      'south-korea': 'South Korea',
      japan: 'Japan',
      'united-states': 'the United States',
      ukraine: 'Ukraine',
      iran: 'Iran',
      'saudi-arabia': 'Saudi Arabia',
    },
  },
  ar: {
    heading: (states, years) => `${states}: خط زمني، ${years}`,
    headingPlain: (years) => `خط زمني للأحداث، ${years}`,
    subtitle: (sources) =>
      `${sources === 1 ? 'أحداث أرّخها المصدر' : sources === 2 ? 'أحداث أرّخها المصدران' : `أحداث أرّختها ${sources} مصادر`}، وكلٌّ منها مرسوم بالدقة التي يؤرّخه بها مصدره`,
    summary: (count, years) => `خط زمني للأحداث (${count})، ${years}، الأقدم أولًا. كل حدث زرّ يعرض نص مصدره.`,
    category: { diplomacy: 'دبلوماسية', military: 'عسكري', economy: 'اقتصاد', statement: 'تصريح' },
    status: { occurred: 'وقع', reported: 'بحسب تقارير', planned: 'هدف مُعلن' },
    part: { early: (date) => `أوائل ${date}`, mid: (date) => `منتصف ${date}`, late: (date) => `أواخر ${date}` },
    bound: { by: (date) => `بحلول ${date}`, before: (date) => `قبل ${date}`, since: (date) => `منذ ${date}` },
    // The source's English words with their quotation marks isolated left to right (FSI … PDI), so that the Arabic around them cannot reorder them.
    resolved: (asWritten, date) => `${date} (\u2068“${asWritten}”\u2069 في المصدر)`,
    accounts: (count) => `(${count === '٢' ? 'روايتان' : `${count} روايات`})`,
    drawnPart: (part, precision) => `مرسوم على الثلث ${THIRD_AR[part]} من ${precision === 'month' ? 'الشهر' : 'السنة'}`,
    drawnOpen: {
      by: 'بداية مفتوحة: في هذا التاريخ أو قبله',
      before: 'بداية مفتوحة: قبل هذا التاريخ',
      since: 'نهاية مفتوحة: من هذا التاريخ فصاعدًا',
    },
    key: { day: 'يوم', period: 'شهر أو سنة', part: 'أوائل أو منتصف أو أواخر', open: 'مفتوح: «بحلول»، «قبل»، «منذ»' },
    noEvents: (range) => `لا يقع أي حدث في البيانات ضمن الفترة ${range}.`,
    columns: { event: 'الحدث', date: 'التاريخ', asWritten: 'التاريخ كما ورد', category: 'الفئة', actors: 'الأطراف' },
    states: {
      'north-korea': 'كوريا الشمالية',
      russia: 'روسيا',
      china: 'الصين',
      'south-korea': 'كوريا الجنوبية',
      japan: 'اليابان',
      'united-states': 'الولايات المتحدة',
      ukraine: 'أوكرانيا',
      iran: 'إيران',
      'saudi-arabia': 'السعودية',
    },
  },
};

/** The fields of a row that say when. */
export type Dated = Pick<EventRow, 'date' | 'date_bound' | 'date_part'>;

/**
 * An event's date in words, as precise as its text: "September 2023",
 * "early October 2024", "by April 2023", "since August 2020". A date
 * resolved from relative words says so, with the words: "“Recently”: before
 * 20 November 2024".
 */
export function dateWords(locale: Locale, dated: Dated, resolvedFrom: string | null): string {
  const words = WORDS[locale];
  const date = formatPartialDate(locale, dated.date);
  const placed = dated.date_part ? words.part[dated.date_part](date) : date;
  const bounded = dated.date_bound === 'on' ? placed : words.bound[dated.date_bound](placed);
  return resolvedFrom ? words.resolved(resolvedFrom, bounded) : bounded;
}
