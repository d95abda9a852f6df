/**
 * The Arabic value of a figure (`value_ar`): the same number, in
 * Arabic-Indic digits, with the same qualifier, since it is what an Arabic
 * reader sees instead of the quoted English.
 */
import type { Row } from '@factbox/datasets/schema';
import type { Qualifier } from '../numbers.js';
import { text } from './fields.js';

const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';
/** Words that carry each qualifier in Arabic, matched without diacritics. */
const ARABIC_QUALIFIERS: Readonly<Record<Exclude<Qualifier, 'exact'>, RegExp>> = {
  over: /أكثر من|ما يزيد على|يزيد على|يفوق/,
  'more than': /أكثر من|ما يزيد على|يزيد على|يفوق/,
  under: /أقل من|دون/,
  around: /نحو|حوالي|زهاء|قرابة|ما يقارب/,
  nearly: /قرابة|ما يقارب|ما يقرب من|زهاء|نحو/,
  estimated: /تقدر|يقدر|مقدرة|مقدر|تقديرا|تقديرية/,
};

/** Numbers written in Arabic-Indic digits, with "٬" between thousands and "٫" before decimals. */
export function arabicNumbersIn(textAr: string): number[] {
  return [...textAr.matchAll(/[٠-٩]+(?:٬[٠-٩]{3})*(?:٫[٠-٩]+)?/g)].map((m) =>
    Number([...m[0]].map((c) => (c === '٬' ? '' : c === '٫' ? '.' : String(ARABIC_DIGITS.indexOf(c)))).join('')),
  );
}

/**
 * `value_ar` is what an Arabic reader sees instead of `value_as_written`: its
 * number is `value`, in Arabic-Indic digits when the text writes digits, and a
 * bound stays a bound ("over 13,000" is never "١٣٬٠٠٠").
 */
export function checkArabicValue(where: string, row: Row): string[] {
  const valueAr = text(row, 'value_ar');
  if (valueAr === null) return [];
  const errors: string[] = [];
  if (/[0-9]/.test(valueAr))
    errors.push(
      `${where}: value_ar "${valueAr}" uses Latin digits; write Arabic-Indic digits (٠١٢٣٤٥٦٧٨٩, "٬" for thousands, "٫" for decimals)`,
    );
  const stated = arabicNumbersIn(valueAr);
  const value = row['value'];
  if (typeof value === 'number') {
    const writtenWithDigits = /[0-9]/.test(text(row, 'value_as_written') ?? '');
    if ((writtenWithDigits || stated.length > 0) && !stated.includes(value)) {
      errors.push(`${where}: value_ar "${valueAr}" does not state ${value} (it reads ${stated.join(', ') || 'no digits'})`);
    }
  } else if (stated.length > 0) {
    errors.push(`${where}: value_ar "${valueAr}" states a number, but the text gives words (value is empty)`);
  }
  const qualifier = row['qualifier'];
  if (typeof qualifier === 'string' && qualifier !== 'exact') {
    const words = ARABIC_QUALIFIERS[qualifier as Exclude<Qualifier, 'exact'>];
    if (!words.test(valueAr.replace(/[\u064B-\u0652\u0670]/g, ''))) {
      errors.push(
        `${where}: value_ar "${valueAr}" drops the qualifier "${qualifier}"; say it in Arabic (e.g. ${words.source.split('|').slice(0, 2).join(' or ')})`,
      );
    }
  }
  return errors;
}
