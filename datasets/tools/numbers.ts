/**
 * Reading numbers the way the documents write them: digits with thousands
 * separators ("1,146"), decimals ("4.5"), ordinals ("75th"), scale words
 * ("$114 billion"), number words ("three", "four-fold", "six-day"), and the
 * words that qualify them ("over", "more than", "around", "nearly").
 */

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  half: 0.5,
  twice: 2,
  double: 2,
  triple: 3,
  dozen: 12,
};
const SCALES: Record<string, number> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const WORD_ALTERNATION = [...Object.keys(UNITS), ...Object.keys(SCALES)].sort((a, b) => b.length - a.length).join('|');

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const ARABIC_MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

/** 1-based month number of an English or Arabic month name, or 0. */
export function monthNumber(name: string): number {
  const english = MONTHS.indexOf(name.toLowerCase());
  if (english !== -1) return english + 1;
  return ARABIC_MONTHS.indexOf(name) + 1;
}

/**
 * Every number a phrase states. "over 13,000 containers" → [13000];
 * "$114 billion" → [114, 114e9]; "four-fold" → [4]; "several thousand" → []
 * (a scale word with no number before it is not a number).
 */
export function numbersIn(text: string): number[] {
  const found: number[] = [];
  const pattern = new RegExp(`(\\d+(?:,\\d{3})*(?:\\.\\d+)?)(?:st|nd|rd|th)?|\\b(${WORD_ALTERNATION})s?\\b`, 'gi');
  let previous: { value: number; end: number } | null = null;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    const adjacent = previous !== null && /^\s*$/.test(text.slice(previous.end, start));
    if (match[1] !== undefined) {
      const value: number = Number(match[1].replaceAll(',', ''));
      found.push(value);
      previous = { value, end };
      continue;
    }
    const word = (match[2] ?? '').toLowerCase();
    const scale = SCALES[word];
    if (scale !== undefined) {
      if (adjacent && previous) {
        const value: number = previous.value * scale;
        found.push(value);
        previous = { value, end };
      } else {
        previous = null;
      }
      continue;
    }
    const unit = UNITS[word];
    if (unit === undefined) continue;
    if (adjacent && previous && previous.value >= 20 && previous.value % 10 === 0 && unit < 10) {
      // "twenty one" style compounds; not in the documents, read for completeness.
      found.push(previous.value + unit);
    }
    found.push(unit);
    previous = { value: unit, end };
  }
  return found;
}

export type Qualifier = 'exact' | 'over' | 'more than' | 'under' | 'around' | 'nearly' | 'estimated';

const QUALIFIER_WORDS: readonly [Qualifier, RegExp][] = [
  ['more than', /\bmore than\b/i],
  ['over', /\bover\b/i],
  ['under', /\b(under|less than|fewer than)\b/i],
  ['around', /\b(around|about|approximately|some|roughly)\b/i],
  ['nearly', /\b(nearly|almost)\b/i],
  ['estimated', /\b(estimated?|projected|expected)\b/i],
];

/** The qualifier a phrase puts on its number; `exact` when none. */
export function qualifierIn(text: string): Qualifier {
  for (const [qualifier, words] of QUALIFIER_WORDS) if (words.test(text)) return qualifier;
  return 'exact';
}

export interface NumberToken {
  /** Code-unit index in the document. */
  readonly index: number;
  readonly text: string;
  readonly kind: 'digits' | 'number word' | 'month' | 'relative time' | 'rank word' | 'quantity word' | 'change word';
}

/** Words that place something in time relative to something else; each must be resolved or explained. */
const RELATIVE_TIME = [
  'recently',
  'recent years',
  'the following month',
  'a month after',
  'the previous year',
  'earlier',
  'at the time',
  'last year',
  'next year',
  'this year',
];

/**
 * Claims about amounts made with words instead of numbers. Each list is a
 * closed class, so that the coverage report can say exactly what it scans
 * (datasets/README.md gives the reasons):
 *
 * - ranks and superlatives: words that put one thing first, alone, or among
 *   the few that matter ("largest trading partner", "sole military ally");
 * - quantity words: amounts without a number ("several", "a large amount");
 *   "thousands", "millions", "dozens" are number words already;
 * - change words: the words news uses to report a change in an amount
 *   ("uptick", "increased 161.5 per cent"); "double", "half", "-fold" are
 *   number words already.
 *
 * Left out on purpose: comparatives (more, less, greater: in these documents
 * they compare qualities or bound a number that is itself scanned), degree
 * words (significant, heavily, largely) and verbs of relationships (grow,
 * deepen, strengthen, intensify, expand, escalate), which here never carry
 * an amount.
 */
const RANK_WORDS = [
  'largest',
  'biggest',
  'greatest',
  'highest',
  'lowest',
  'smallest',
  'longest',
  'shortest',
  'closest',
  'strongest',
  'weakest',
  'most',
  'least',
  'top',
  'leading',
  'main',
  'primary',
  'principal',
  'chief',
  'key',
  'sole',
  'only',
];
const QUANTITY_WORDS = [
  'several',
  'many',
  'few',
  'numerous',
  'multiple',
  'countless',
  'majority',
  'minority',
  'amount',
  'a number of',
  'a handful of',
];
const CHANGE_WORDS = [
  'increase',
  'increases',
  'increased',
  'increasing',
  'decrease',
  'decreases',
  'decreased',
  'decreasing',
  'rise',
  'rises',
  'rose',
  'risen',
  'rising',
  'fall',
  'falls',
  'fell',
  'fallen',
  'falling',
  'decline',
  'declines',
  'declined',
  'declining',
  'drop',
  'drops',
  'dropped',
  'dropping',
  'surge',
  'surges',
  'surged',
  'surging',
  'uptick',
  'upticks',
  'jump',
  'jumps',
  'jumped',
  'jumping',
  'spike',
  'spikes',
  'spiked',
  'spiking',
  'plunge',
  'plunges',
  'plunged',
  'plunging',
  'soar',
  'soars',
  'soared',
  'soaring',
  'shrink',
  'shrinks',
  'shrank',
  'shrunk',
  'shrinking',
  'doubled',
  'doubling',
  'tripled',
  'tripling',
  'halved',
  'halving',
];

const alternation = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replaceAll(' ', '\\s+'))
    .join('|');

/**
 * Every number and date written in a document, and every claim about an
 * amount made in words, for the coverage report: digit runs, number words,
 * month names (English, any case, and Arabic), relative time expressions
 * ("recently", "the following month"), and rank, quantity and change words.
 * "May" counts only when capitalised and followed by a number, so that the
 * verb "may" is not taken for a month.
 */
export function numberTokens(text: string): NumberToken[] {
  const months = MONTHS.filter((m) => m !== 'may').join('|');
  const pattern = new RegExp(
    `(\\d+(?:[.,]\\d+)*(?:st|nd|rd|th)?)|\\b(${WORD_ALTERNATION})s?\\b|\\b(${months})\\b|(May(?=\\s+\\d))|(${ARABIC_MONTHS.join('|')})|\\b(${RELATIVE_TIME.join('|')})\\b` +
      `|\\b(${alternation(RANK_WORDS)})\\b|\\b(${alternation(QUANTITY_WORDS)})\\b|\\b(${alternation(CHANGE_WORDS)})\\b`,
    'giu',
  );
  const tokens: NumberToken[] = [];
  for (const match of text.matchAll(pattern)) {
    const kind: NumberToken['kind'] =
      match[1] !== undefined
        ? 'digits'
        : match[2] !== undefined
          ? 'number word'
          : match[6] !== undefined
            ? 'relative time'
            : match[7] !== undefined
              ? 'rank word'
              : match[8] !== undefined
                ? 'quantity word'
                : match[9] !== undefined
                  ? 'change word'
                  : 'month';
    tokens.push({ index: match.index, text: match[0], kind });
  }
  return tokens;
}

export type DatePart = 'early' | 'mid' | 'late';

const DATE_PART_WORDS: readonly [DatePart, RegExp][] = [
  ['early', /\b(early|beginning|start)\b/i],
  ['mid', /\b(mid|middle)\b/i],
  ['late', /\b(late|end)\b/i],
];

/** The part of a day, month or year a date phrase names ("early October 2024" → `early`), or null. */
export function datePartIn(text: string): DatePart | null {
  for (const [part, words] of DATE_PART_WORDS) if (words.test(text)) return part;
  return null;
}
