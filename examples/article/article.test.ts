/**
 * The example articles say what the sources say. Every number, percentage and
 * date in their prose (English and Arabic, Arabic-Indic digits read as
 * digits) is a value a dataset row states, a number in one of its
 * `*_as_written` phrases, or one of its dates; a value only derived by us is
 * not enough. Every quotation in the English prose is verbatim in a source
 * document. And the sentences a reader once found untrue stay gone.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { delegations, events, exercises, figures, sources, tradeShare } from '@factbox/datasets';
import { ENGLISH_MONTH_NAMES } from '@factbox/datasets/schema';
import { numbersIn } from '../../datasets/tools/numbers.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const SOURCES_DIR = fileURLToPath(new URL('../../datasets/sources/', import.meta.url));

type Cells = Readonly<Record<string, string | number | boolean | null>>;
const ROWS: readonly Cells[] = [...tradeShare, ...delegations, ...exercises, ...events, ...figures, ...sources];

const MONTHS_AR = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

/** Numbers the datasets state: values of rows not derived by us, and the numbers of every as-written phrase. */
const STATED_NUMBERS = new Set<number>();
/** Every date the datasets hold (YYYY, YYYY-MM, YYYY-MM-DD). */
const DATES = new Set<string>();
for (const row of ROWS) {
  for (const [field, cell] of Object.entries(row)) {
    if (typeof cell === 'number' && row['derived'] !== true && ['share_percent', 'count', 'value'].includes(field))
      STATED_NUMBERS.add(cell);
    if (typeof cell === 'string' && field.endsWith('_as_written')) for (const n of numbersIn(cell)) STATED_NUMBERS.add(n);
    if (typeof cell === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(cell)) DATES.add(cell);
  }
}

const SOURCE_TEXT =
  readFileSync(`${SOURCES_DIR}futureuae-2024-11-20.txt`, 'utf8') + readFileSync(`${SOURCES_DIR}phnompenhpost-2024-01-05.txt`, 'utf8');

/**
 * The article's prose as text: what is between <article> and </article>, without tags, and without
 * the widgets' facts (generated from the datasets by the snippets, and checked there: they say a
 * derived share is derived, and count events, which the prose does not).
 */
function prose(file: string, options: { withoutNotes?: boolean } = {}): string {
  const html = readFileSync(`${HERE}${file}`, 'utf8');
  let article = html
    .slice(html.indexOf('<article>'), html.indexOf('</article>'))
    .replace(/<!-- fallback-[\w-]+:start[\s\S]*?<!-- fallback-[\w-]+:end -->/g, '');
  if (options.withoutNotes) article = article.replace(/<p class="note">[\s\S]*?<\/p>/g, '');
  return article
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** Arabic-Indic digits and separators as ASCII, so that one reader serves both languages. */
function westernDigits(text: string): string {
  return text
    .replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d)))
    .replaceAll('٬', ',')
    .replaceAll('٫', '.')
    .replaceAll('٪', '%');
}

interface Figure {
  readonly text: string;
  readonly found: boolean;
}

/** Dates and numbers in prose, each checked against the datasets. */
function figuresIn(text: string): Figure[] {
  const months = [...ENGLISH_MONTH_NAMES, ...MONTHS_AR].join('|');
  const out: Figure[] = [];
  // Digits that are part of a name ("COVID-19", "Hyunmoo-5", "Interaction-2024") are not figures.
  let rest = westernDigits(text).replace(/(?<=\p{L}-)\d+/gu, ' ');
  const datePattern = new RegExp(`(?:\\b(\\d{1,2}) )?(${months})(?: (\\d{4}))?`, 'gu');
  rest = rest.replace(datePattern, (whole: string, day: string | undefined, month: string, year: string | undefined) => {
    const index = ENGLISH_MONTH_NAMES.includes(month) ? ENGLISH_MONTH_NAMES.indexOf(month) : MONTHS_AR.indexOf(month);
    const mm = String(index + 1).padStart(2, '0');
    const candidates = [...DATES];
    const found =
      day && year
        ? DATES.has(`${year}-${mm}-${day.padStart(2, '0')}`)
        : year
          ? candidates.some((d) => d.startsWith(`${year}-${mm}`))
          : candidates.some((d) => d.slice(5, 7) === mm);
    out.push({ text: whole, found });
    return ' ';
  });
  rest = rest.replace(/\b(?:19|20)\d{2}\b(?![.,]\d)/g, (year) => {
    out.push({ text: year, found: [...DATES].some((d) => d.startsWith(year)) });
    return ' ';
  });
  for (const match of rest.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?%?/g)) {
    const value = Number(match[0].replace(/[,%]/g, ''));
    out.push({ text: match[0], found: STATED_NUMBERS.has(value) });
  }
  return out;
}

const ARTICLES = [
  ['index.html', 'English'],
  ['ar.html', 'Arabic'],
] as const;

describe('the example articles', () => {
  for (const [file, language] of ARTICLES) {
    it(`${language}: every number, percentage and date in the prose is one the datasets state`, () => {
      const found = figuresIn(prose(file));
      assert.ok(found.length >= 10, `the ${language} article states figures (${found.length} read)`);
      assert.deepEqual(
        found.filter((f) => !f.found).map((f) => f.text),
        [],
      );
    });
  }

  it('the reader of figures catches a figure the sources do not state, in either script', () => {
    assert.deepEqual(
      figuresIn('about 10 exchanges; 41 delegations; 3 March 2021').map((f) => f.found),
      [false, false, false],
    );
    assert.deepEqual(
      figuresIn('نحو ١٠ وفود، و٤٠ وفدًا في ١١ نوفمبر ٢٠٢٤').map((f) => [f.text, f.found]),
      [
        ['11 نوفمبر 2024', true],
        ['10', false],
        ['40', true],
      ],
    );
  });

  it('English: every quotation is verbatim in a source document', () => {
    const normalise = (text: string): string => text.replaceAll('’', "'").replace(/\s+/g, ' ');
    const source = normalise(SOURCE_TEXT);
    const quotations = [...prose('index.html', { withoutNotes: true }).matchAll(/"([^"]+)"|“([^”]+)”/g)].map((m) => m[1] ?? m[2] ?? '');
    assert.ok(quotations.length >= 2, 'the reader finds the quotations');
    assert.deepEqual(
      quotations.filter((q) => !source.includes(normalise(q))),
      [],
    );
  });

  it('no longer says what the sources do not', () => {
    const english = prose('index.html');
    const arabic = prose('ar.html');
    const untrue: [string, string, RegExp][] = [
      [english, 'only the Future Center article expects a pragmatic response', /Both analyses expect/i],
      [english, 'that article says influence over Pyongyang', /erode Chinese influence over both/i],
      [english, 'the text says "often regarded as"', /long been Pyongyang's closest ally/i],
      [english, 'the 40 delegations went both ways', /more delegations to Moscow/i],
      [english, 'no chart states growth', /\bsurge\b/i],
      [arabic, 'no chart states growth', /تزايد في الوفود|وفود أكثر إلى موسكو/],
      [english, 'the text states no North Korea–China count', /about 10\b/],
      [arabic, 'the text states no North Korea–China count', /نحو ١٠/],
      [english, "the text gives no date for NATO's confirmation", /NATO later/],
      [arabic, "the text gives no date for NATO's confirmation", /لاحقًا/],
    ];
    for (const [text, why, pattern] of untrue) assert.doesNotMatch(text, pattern, why);
    assert.match(english, /often regarded as Pyongyang's closest ally/);
  });

  it('Arabic: the four-fold clause keeps "between Pyongyang and Beijing"', () => {
    assert.match(prose('ar.html'), /زيادة بأربعة أضعاف في التفاعل بين بيونغ يانغ وبكين/);
  });
});
