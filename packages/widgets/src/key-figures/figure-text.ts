/**
 * What a figure card says, as text: the value as the source states it and
 * the period it refers to. Pure functions of a row and a language, so that
 * the rules are tested without a browser.
 */
import type { FigureRow } from '@factbox/datasets';
import { formatNumber, formatPartialDate, formatPercent, formatPeriod, formatQualified, type Locale } from '../shared/i18n.js';
import type { KeyFiguresWords } from './words.js';

export interface FigureValue {
  /** The big text: the number with its qualifier ("over 13,000", "1,146 km"), or the source's words ("several thousand troops"). */
  readonly text: string;
  /** What the number counts, set smaller after it ("containers"); null when the text holds it ("km", "%", Arabic) or there is no number. */
  readonly unit: string | null;
  /** The card shows words, not a number: the source gives none, or the number is ours (derived). */
  readonly words: boolean;
}

/** A stated number in English with its unit written into it ("1,146 km", "161.5%", "$114 billion"), or the bare number. */
function englishNumber(row: FigureRow & { value: number }): string {
  const number = formatNumber('en', row.value);
  switch (row.unit) {
    case 'percent':
      return formatPercent('en', row.value);
    case 'kilometres':
      return `${number} km`;
    case 'billion US dollars':
      return `$${number} billion`;
    default:
      return number;
  }
}

function hasNumber(row: FigureRow): row is FigureRow & { value: number } {
  return row.value !== null && Number.isFinite(row.value);
}

/**
 * The value a card shows. Words stay words ("largest trading partner" has no
 * number), and a derived number is never shown as if the source stated it:
 * the card shows the source's words, and the number only as a labelled
 * reading (`derivedReading`). In Arabic, the editors' `value_ar`, which keeps
 * the qualifier and writes Arabic-Indic digits.
 */
export function figureValue(row: FigureRow, locale: Locale, words: KeyFiguresWords): FigureValue {
  const stated = hasNumber(row) && !row.derived;
  if (locale === 'ar') return { text: row.value_ar, unit: null, words: !stated };
  if (!stated) return { text: row.value_as_written, unit: null, words: true };
  const unitWords = words.units[row.unit];
  const unit = unitWords ? unitWords[row.value === 1 ? 0 : 1] : null;
  return { text: formatQualified('en', row.qualifier, englishNumber(row)), unit, words: false };
}

/** The value and unit in one line, for tooltips, the panel, the table and the text alternative. */
export function valueLine(value: FigureValue): string {
  return value.unit ? `${value.text} ${value.unit}` : value.text;
}

/** "One reading, derived: 10" for a derived number, or null. */
export function derivedReading(row: FigureRow, locale: Locale, words: KeyFiguresWords): string | null {
  if (!row.derived || !hasNumber(row)) return null;
  const number =
    locale === 'en' ? englishNumber(row) : row.unit === 'percent' ? formatPercent(locale, row.value) : formatNumber(locale, row.value);
  return words.derivedReading(formatQualified(locale, row.qualifier, number));
}

/**
 * The date or period a figure refers to, at the precision the text gives:
 * "early October 2024" keeps "early"; a figure with no period written is
 * "as of" the date it was resolved to, and says so; a period read from
 * context (a relative "recently", a month without its year) is marked
 * "date inferred". How it was read is in the data table.
 */
export function figurePeriod(row: FigureRow, locale: Locale, words: KeyFiguresWords): string {
  const { period_start: start, period_end: end, period_part: part, period_as_written: written, period_resolution: resolution } = row;
  if (start === null && end === null) return words.undated;
  const inferred = (period: string): string => (resolution ? words.inferred(period) : period);
  if (start === null) {
    const date = formatPartialDate(locale, end as string);
    return written === null ? words.asOf(date) : inferred(formatPeriod(locale, null, end));
  }
  if (end === null) return inferred(words.from(formatPartialDate(locale, start)));
  if (start === end && part) return inferred(words.parts[part](formatPartialDate(locale, start)));
  return inferred(formatPeriod(locale, start, end));
}
