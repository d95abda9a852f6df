/**
 * Words and number/date formats of the widgets in each supported language.
 * Numbers and dates go through Intl, so Arabic gets Arabic-Indic digits and
 * Arabic month names without a hand-made table.
 */

export const LOCALES = ['en', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

export type Qualifier = 'exact' | 'over' | 'more than' | 'under' | 'around' | 'nearly' | 'estimated';

export interface Messages {
  readonly source: string;
  /** The source line's label when the rows quote several documents. */
  readonly sources: string;
  readonly getData: string;
  readonly showTable: string;
  readonly showChart: string;
  readonly loading: string;
  readonly retry: string;
  readonly derived: string;
  readonly stated: string;
  readonly quoteHint: string;
  readonly notes: string;
  readonly moreNotes: (count: number) => string;
  readonly close: string;
  /** Label above a quote; says that the quote is in English in other languages. */
  readonly inTheSource: string;
  /** "drawn at 90%, the lower bound" */
  readonly drawnAt: (value: string, bound: 'lower' | 'upper') => string;
  readonly boundNote: (written: string, drawn: string) => string;
  readonly derivedNote: string;
  readonly caveat: string;
  readonly aboutSource: string;
  readonly title: string;
  readonly fullMetadata: string;
  readonly dataTable: (title: string) => string;
  readonly errorTitle: string;
  readonly chartFailed: string;
  readonly publisherInferred: string;
  /** No author is named in the document. */
  readonly authorUnknown: string;
  readonly author: string;
  readonly published: string;
  readonly language: string;
  readonly address: string;
  readonly addressUnknown: string;
  readonly sourceUnverified: string;
  /** Before the source a row names, when Factbox has not checked the row: "Not checked by Factbox". */
  readonly sourceUnverifiedMark: string;
  /** The banner over a chart of rows Factbox has not checked. */
  readonly unverifiedBanner: string;
  readonly note: string;
  readonly derivation: string;
  /** Label of how a relative or partial date was read ("Recently" → before 20 November 2024). */
  readonly dateResolution: string;
  readonly quote: string;
  readonly basis: string;
  readonly period: string;
  readonly periodNotStated: (date: string) => string;
  /** ", " in the language. */
  readonly comma: string;
  /** ": " in the language. */
  readonly colon: string;
  /** "; " in the language. */
  readonly listSeparator: string;
  readonly qualifier: Readonly<Record<Qualifier, (value: string) => string>>;
  readonly errors: {
    readonly srcScheme: string;
    readonly fetchFailed: (status: string) => string;
    readonly network: string;
    readonly timeout: (seconds: string) => string;
    readonly tooLarge: (limit: string) => string;
    readonly unreadable: (format: string) => string;
    readonly invalidRows: string;
    readonly unknownValue: (attribute: string, value: string, fallback: string) => string;
  };
}

const en: Messages = {
  source: 'Source',
  sources: 'Sources',
  getData: 'Get the data',
  showTable: 'Show table',
  showChart: 'Show chart',
  loading: 'Loading chart…',
  retry: 'Try again',
  derived: 'derived',
  stated: 'stated',
  quoteHint: 'Hover over, tap or Tab to an item for the words that support it.',
  notes: 'Notes',
  moreNotes: (count) => `${count} more ${count === 1 ? 'note' : 'notes'} in the table (Show table).`,
  close: 'Close',
  inTheSource: 'In the source’s words',
  drawnAt: (value, bound) => `drawn at ${value}, the ${bound} bound`,
  boundNote: (written, drawn) => `the source says “${written}”; ${drawn}.`,
  derivedNote: 'derived, not stated in the source (hatched)',
  caveat: 'Caution',
  aboutSource: 'About the source',
  title: 'Title',
  fullMetadata: 'All source metadata (JSON)',
  dataTable: (title) => `Data table: ${title}`,
  errorTitle: 'This chart cannot be shown.',
  chartFailed: 'The chart could not be loaded. The data is in the table below.',
  publisherInferred: 'The publisher is inferred from the site’s navigation in the document: the article itself does not name it.',
  authorUnknown: 'not named',
  author: 'Author',
  published: 'Published',
  language: 'Language',
  address: 'Address',
  addressUnknown: 'original address not known',
  sourceUnverified: 'supplied with the data, not checked against the source document',
  sourceUnverifiedMark: 'Not checked: supplied with the data, source named as',
  unverifiedBanner:
    'Not checked by Factbox: these figures were supplied with the data, not taken from Factbox’s sourced datasets, and nobody has checked them against the documents they name.',
  note: 'Note',
  derivation: 'How it was derived',
  dateResolution: 'How the date was read',
  quote: 'Words in the source',
  basis: 'Basis',
  period: 'Period',
  periodNotStated: (date) => `not stated in the source (as of ${date})`,
  comma: ', ',
  colon: ': ',
  listSeparator: '; ',
  qualifier: {
    exact: (v) => v,
    over: (v) => `over ${v}`,
    'more than': (v) => `more than ${v}`,
    under: (v) => `under ${v}`,
    around: (v) => `around ${v}`,
    nearly: (v) => `nearly ${v}`,
    estimated: (v) => `an estimated ${v}`,
  },
  errors: {
    srcScheme: 'The data address must be a valid http:// or https:// address, or relative to this page.',
    fetchFailed: (status) => `The data could not be loaded (the server answered ${status}).`,
    network: 'The data could not be loaded (network error, or the server does not allow this site to read it).',
    timeout: (seconds) => `The data did not arrive within ${seconds} seconds.`,
    tooLarge: (limit) => `The data is larger than ${limit}, the most a widget reads.`,
    unreadable: (format) => `The data is not valid ${format}.`,
    invalidRows: 'The data does not fit this chart:',
    unknownValue: (attribute, value, fallback) => `Unknown ${attribute} "${value}"; using "${fallback}".`,
  },
};

const ar: Messages = {
  source: 'المصدر',
  sources: 'المصادر',
  getData: 'تنزيل البيانات',
  showTable: 'عرض الجدول',
  showChart: 'عرض الرسم',
  loading: 'جارٍ تحميل الرسم…',
  retry: 'إعادة المحاولة',
  derived: 'مشتق',
  stated: 'كما ورد',
  quoteHint: 'مرّر المؤشر فوق عنصر أو المسه أو انتقل إليه بمفتاح Tab لقراءة النص الذي يستند إليه.',
  notes: 'ملاحظات',
  moreNotes: (count) => `ملاحظات أخرى (${formatNumber('ar', count)}) في الجدول (عرض الجدول).`,
  close: 'إغلاق',
  inTheSource: 'بنص المصدر (بالإنجليزية)',
  drawnAt: (value, bound) => `مرسوم عند ${value}، وهو الحد ${bound === 'lower' ? 'الأدنى' : 'الأعلى'}`,
  boundNote: (written, drawn) => `يقول المصدر «${written}»؛ ${drawn}.`,
  derivedNote: 'مشتق، لم يرد في المصدر (مظلل)',
  caveat: 'تنبيه',
  aboutSource: 'عن المصدر',
  title: 'العنوان',
  fullMetadata: 'بيانات المصادر كاملة (JSON)',
  dataTable: (title) => `جدول البيانات: ${title}`,
  errorTitle: 'تعذّر عرض هذا الرسم.',
  chartFailed: 'تعذّر تحميل الرسم. البيانات في الجدول أدناه.',
  publisherInferred: 'اسم الناشر مستنتج من قائمة التنقل في صفحة الموقع: المقال نفسه لا يذكره.',
  authorUnknown: 'غير مذكور',
  author: 'الكاتب',
  published: 'تاريخ النشر',
  language: 'اللغة',
  address: 'الرابط',
  addressUnknown: 'الرابط الأصلي غير معروف',
  sourceUnverified: 'مُقدَّم مع البيانات، ولم يُتحقق منه مقابل وثيقة المصدر',
  sourceUnverifiedMark: 'لم يُتحقق منه: مُقدَّم مع البيانات، والمصدر المذكور',
  unverifiedBanner:
    'لم تتحقق منه Factbox: هذه الأرقام مُقدَّمة مع البيانات، وليست من مجموعات بيانات Factbox الموثّقة، ولم يتحقق منها أحد مقابل الوثائق التي تذكرها.',
  note: 'ملاحظة',
  derivation: 'طريقة الاشتقاق',
  dateResolution: 'كيف قُرئ التاريخ',
  quote: 'نص المصدر',
  basis: 'الأساس',
  period: 'الفترة',
  periodNotStated: (date) => `غير مذكورة في المصدر (حتى ${date})`,
  comma: '، ',
  colon: ': ',
  listSeparator: '؛ ',
  qualifier: {
    exact: (v) => v,
    over: (v) => `أكثر من ${v}`,
    'more than': (v) => `أكثر من ${v}`,
    under: (v) => `أقل من ${v}`,
    around: (v) => `نحو ${v}`,
    nearly: (v) => `قرابة ${v}`,
    estimated: (v) => `${v} تقديرًا`,
  },
  errors: {
    srcScheme: 'يجب أن يكون رابط البيانات عنوان http:// أو https:// صالحًا، أو نسبيًا إلى هذه الصفحة.',
    fetchFailed: (status) => `تعذّر تحميل البيانات (ردّ الخادم: ${status}).`,
    network: 'تعذّر تحميل البيانات (خطأ في الشبكة، أو أن الخادم لا يسمح لهذا الموقع بقراءتها).',
    timeout: (seconds) => `لم تصل البيانات خلال ${seconds} ثانية.`,
    tooLarge: (limit) => `حجم البيانات أكبر من ${limit}، وهو الحد الأقصى الذي يقرؤه الرسم.`,
    unreadable: (format) => `البيانات ليست بصيغة ${format} صالحة.`,
    invalidRows: 'البيانات لا تناسب هذا الرسم:',
    unknownValue: (attribute, value, fallback) => `قيمة ${attribute} غير معروفة "${value}"؛ تُستخدم "${fallback}".`,
  },
};

const MESSAGES: Readonly<Record<Locale, Messages>> = { en, ar };

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}

/** The Intl locale for a widget locale: Arabic with Arabic-Indic digits, whatever the browser's default. */
export function intlLocale(locale: Locale): string {
  return locale === 'ar' ? 'ar-u-nu-arab' : 'en-GB';
}

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/** `en`/`ar` from a BCP 47 tag ("ar-EG" → "ar"), or null when unsupported. */
export function supportedLocale(tag: string | null | undefined): Locale | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : null;
}

// Each formatter is made once and kept: a map widget formats dozens of dates. (The very first
// one on a page costs most, ICU starting up; embed.js pays that while the chunks download.)
const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cachedFormat<F extends Intl.NumberFormat | Intl.DateTimeFormat>(
  kind: string,
  locale: Locale,
  options: object,
  create: () => F,
): F {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key) as F | undefined;
  if (!format) {
    format = create();
    formats.set(key, format);
  }
  return format;
}

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cachedFormat('number', locale, options, () => new Intl.NumberFormat(intlLocale(locale), options));
}

export function formatNumber(locale: Locale, value: number): string {
  return numberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/** A percentage given as 0–100. */
export function formatPercent(locale: Locale, value: number): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

/** A value with its qualifier, in words: "over 90%", "أكثر من ٩٠٪". */
export function formatQualified(locale: Locale, qualifier: Qualifier | null, formatted: string): string {
  return messagesFor(locale).qualifier[qualifier ?? 'exact'](formatted);
}

/** YYYY, YYYY-MM or YYYY-MM-DD at its own precision: "2024", "September 2024", "20 November 2024". */
export function formatPartialDate(locale: Locale, value: string): string {
  const [year, month, day] = value.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return value;
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (month !== undefined) options.month = 'long';
  if (day !== undefined) options.day = 'numeric';
  return cachedFormat('date', locale, options, () => new Intl.DateTimeFormat(intlLocale(locale), options)).format(date);
}

/** "September 2024", or "July – September 2024" for a range, or "by 20 November 2024" when only the end is known. */
export function formatPeriod(locale: Locale, start: string | null, end: string | null): string {
  if (start && end && start !== end) return `${formatPartialDate(locale, start)} – ${formatPartialDate(locale, end)}`;
  if (start ?? end) {
    const only = formatPartialDate(locale, (start ?? end) as string);
    if (start) return only;
    // "by": at the latest then («بحلول»), not "until" («حتى»), which would say it lasted to that date.
    return locale === 'ar' ? `بحلول ${only}` : `by ${only}`;
  }
  return '';
}

/**
 * Removes bidirectional control characters (LRE…RLO, LRI…PDI, LRM/RLM/ALM)
 * from text drawn on a canvas, where they cannot be isolated and could
 * reorder what the reader sees. In the DOM, text is isolated with <bdi>.
 */
export function stripBidiControls(text: string): string {
  return text.replace(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '');
}

/** Whether a qualifier makes the number a bound: "over 90%" is a lower bound, "under 10%" and "nearly 2" upper ones. */
export function boundOf(qualifier: Qualifier | null): 'lower' | 'upper' | null {
  if (qualifier === 'over' || qualifier === 'more than') return 'lower';
  if (qualifier === 'under' || qualifier === 'nearly') return 'upper';
  return null;
}

/** How a chart draws a bounded value, in words ("drawn at 90%, the lower bound"), or undefined when it is drawn as given. */
export function drawnAs(locale: Locale, qualifier: Qualifier | null, formatted: string): string | undefined {
  const bound = boundOf(qualifier);
  return bound ? messagesFor(locale).drawnAt(formatted, bound) : undefined;
}

/** Text with at most two combining marks on a character: stacks of marks paint over the lines around them. */
export function limitMarks(text: string): string {
  return text.replace(/(\p{M}{2})\p{M}+/gu, '$1');
}

/** Digits written in Latin script (a name like "Ocean 2024") in the locale's digits, so one label never mixes two systems. */
export function localDigits(locale: Locale, text: string): string {
  return locale === 'ar' ? text.replace(/[0-9]/g, (digit) => String.fromCharCode(0x0660 + Number(digit))) : text;
}
