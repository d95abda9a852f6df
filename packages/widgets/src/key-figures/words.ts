/** The key figures' own words, in each language (shared words are in shared/i18n.ts). */
import type { FigureRow } from '@factbox/datasets';

export type Topic = FigureRow['topic'];
export type Relation = NonNullable<FigureRow['relation']>;
export type PeriodPart = NonNullable<FigureRow['period_part']>;

/** The topics in the order cards are shown (the schema's order: the economy first, then the war, then ties). */
export const TOPICS: readonly Topic[] = [
  'trade',
  'energy',
  'economy',
  'military-supplies',
  'troops',
  'military-activity',
  'diplomacy',
  'relations',
  'humanitarian',
];

export function isTopic(value: string): value is Topic {
  return (TOPICS as readonly string[]).includes(value);
}

/** A unit's word after a number, singular and plural ("1 day", "6 days"); `null` when the unit is written with the number ("km", "%"). */
type UnitWords = Readonly<Record<FigureRow['unit'], readonly [string, string] | null>>;

const en = {
  heading: 'Key figures: China, North Korea and Russia',
  subtitleAll: (count: string) => `${count} figures, as the sources state them`,
  subtitleFiltered: (topics: string, shown: string, total: string) => `${topics}: ${shown} of ${total} figures`,
  summary: (count: string) =>
    `${count} figure cards, each with its value as the source states it, what it measures, its date and its source.`,
  empty: (topics: string) => `No figures on ${topics} in this data.`,
  topics: {
    trade: 'trade',
    energy: 'energy',
    economy: 'the economy',
    'military-supplies': 'military supplies',
    troops: 'troops',
    'military-activity': 'military activity',
    diplomacy: 'diplomacy',
    relations: 'relations between states',
    humanitarian: 'humanitarian issues',
  } satisfies Record<Topic, string>,
  relations: {
    overlaps: 'Overlapping periods: do not add',
    disagrees: 'The figures disagree: same measure, different values',
    restates: 'The same fact, stated twice: count it once',
  } satisfies Record<Relation, string>,
  partnerHidden: (relation: string) => `Read with a figure not shown here (${relation})`,
  caution: 'Caution: open the card to read why',
  undated: 'Date not stated',
  asOf: (date: string) => `as of ${date} (no period stated)`,
  inferred: (period: string) => `${period} (date inferred)`,
  from: (date: string) => `from ${date}`,
  parts: {
    early: (period: string) => `early ${period}`,
    mid: (period: string) => `mid-${period}`,
    late: (period: string) => `late ${period}`,
  } satisfies Record<PeriodPart, (period: string) => string>,
  derivedReading: (value: string) => `One reading, derived: ${value}`,
  unchecked: 'not checked',
  howDateRead: 'How the date was read',
  figure: 'Figure',
  value: 'Value',
  topic: 'Topic',
  readWith: 'Read with',
  units: {
    percent: null,
    kilometres: null,
    'billion US dollars': null,
    decades: ['decade', 'decades'],
    years: ['year', 'years'],
    days: ['day', 'days'],
    containers: ['container', 'containers'],
    troops: ['soldier', 'troops'],
    people: ['person', 'people'],
    types: ['type', 'types'],
    barrels: ['barrel', 'barrels'],
    exercises: ['exercise', 'exercises'],
    'missile tests and war games': ['missile test or war game', 'missile tests and war games'],
    'arms and ammunition': ['arms and ammunition', 'arms and ammunition'],
    rank: null,
  } satisfies UnitWords,
};

export type KeyFiguresWords = typeof en;

const ar: KeyFiguresWords = {
  heading: 'أرقام رئيسية: الصين وكوريا الشمالية وروسيا',
  // Worded so that the number never has to agree with a counted noun (Arabic number agreement).
  subtitleAll: (count) => `الأرقام كما وردت في المصادر: ${count}`,
  subtitleFiltered: (topics, shown, total) => `${topics}: الأرقام المعروضة ${shown} من ${total}`,
  summary: (count) => `بطاقات الأرقام (${count}): لكل رقم قيمته كما وردت في المصدر، وما يقيسه، وتاريخه، ومصدره.`,
  empty: (topics) => `لا توجد أرقام عن ${topics} في هذه البيانات.`,
  topics: {
    trade: 'التجارة',
    energy: 'الطاقة',
    economy: 'الاقتصاد',
    'military-supplies': 'الإمدادات العسكرية',
    troops: 'القوات',
    'military-activity': 'النشاط العسكري',
    diplomacy: 'الدبلوماسية',
    relations: 'العلاقات بين الدول',
    humanitarian: 'الشؤون الإنسانية',
  },
  relations: {
    overlaps: 'فترتان متداخلتان: لا تجمع الرقمين',
    disagrees: 'رقمان متعارضان: القياس نفسه بقيمتين مختلفتين',
    restates: 'الحقيقة نفسها مرتين: تُحسب مرة واحدة',
  },
  partnerHidden: (relation) => `يُقرأ مع رقم غير معروض هنا (${relation})`,
  caution: 'تنبيه: افتح البطاقة لتقرأ السبب',
  undated: 'التاريخ غير مذكور',
  asOf: (date) => `حتى ${date} (لم تُذكر فترة)`,
  inferred: (period) => `${period} (تاريخ مستنتج)`,
  from: (date) => `منذ ${date}`,
  parts: {
    early: (period) => `أوائل ${period}`,
    mid: (period) => `منتصف ${period}`,
    late: (period) => `أواخر ${period}`,
  },
  derivedReading: (value) => `قراءة مشتقة: ${value}`,
  unchecked: 'لم يُتحقق منه',
  howDateRead: 'كيف قُرئ التاريخ',
  figure: 'الرقم',
  value: 'القيمة',
  topic: 'المحور',
  readWith: 'يُقرأ مع',
  // Arabic cards show `value_ar`, which carries its unit in words: no unit is added.
  units: en.units,
};

export const WORDS: Readonly<Record<'en' | 'ar', KeyFiguresWords>> = { en, ar };
