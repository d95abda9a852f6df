/**
 * What a card says, from the built-in rows: the value as the source states
 * it (bounds kept, words kept as words, a derived number never shown as
 * stated) and the period at the precision the text gives.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figures, type FigureRow } from '@factbox/datasets';
import { derivedReading, figurePeriod, figureValue, valueLine } from './figure-text.js';
import { WORDS } from './words.js';

function row(id: string): FigureRow {
  const found = figures.find((figure) => figure.id === id);
  if (!found) throw new Error(`no figure ${id}`);
  return found;
}

const en = (id: string): string => valueLine(figureValue(row(id), 'en', WORDS.en));
const period = (id: string, locale: 'en' | 'ar' = 'en'): string => figurePeriod(row(id), locale, WORDS[locale]);

describe('figureValue', () => {
  it('keeps the qualifier with the number, and writes compact units into it', () => {
    assert.equal(en('north-korea-containers-to-russia'), 'over 13,000 containers');
    assert.equal(en('north-korea-containers-october-2023'), 'more than 1,000 containers');
    assert.equal(en('china-north-korea-border-length'), '1,146 km');
    assert.equal(en('china-share-of-russian-gas'), '50%');
    assert.equal(en('russia-exports-to-china-2022'), '$114 billion');
    assert.equal(en('russia-exports-to-china-growth-2022'), 'an estimated 43%');
    assert.equal(en('russia-war-length'), 'nearly 2 years');
    assert.equal(en('russia-first-petroleum-shipment-barrels'), 'around 67,300 barrels');
  });

  it('sets the unit apart from the number, in the singular for one', () => {
    assert.deepEqual(figureValue(row('north-korea-containers-to-russia'), 'en', WORDS.en), {
      text: 'over 13,000',
      unit: 'containers',
      words: false,
    });
    assert.equal(figureValue({ ...row('kim-visit-length'), value: 1 }, 'en', WORDS.en).unit, 'day');
  });

  it('shows words as words: the source’s phrase, no number', () => {
    for (const figure of figures.filter((f) => f.value === null)) {
      const value = figureValue(figure, 'en', WORDS.en);
      assert.deepEqual(value, { text: figure.value_as_written, unit: null, words: true }, figure.id);
    }
    assert.equal(en('north-korean-troops-several-thousand'), 'several thousand troops');
    assert.equal(en('china-largest-trading-partner'), 'North Korea’s largest trading partner');
  });

  it('never shows a derived number as stated: the words on the card, the number as one reading', () => {
    const derived: FigureRow = { ...row('north-korea-munition-types'), value: 10, derived: true, derivation: 'a reading', qualifier: null };
    assert.deepEqual(figureValue(derived, 'en', WORDS.en), { text: 'two types of munitions', unit: null, words: true });
    assert.equal(derivedReading(derived, 'en', WORDS.en), 'One reading, derived: 10');
    assert.equal(derivedReading(derived, 'ar', WORDS.ar), 'قراءة مشتقة: ١٠');
    assert.equal(derivedReading(row('north-korea-munition-types'), 'en', WORDS.en), null);
  });

  it('in Arabic, shows the editors’ value_ar with its qualifier and Arabic-Indic digits', () => {
    assert.deepEqual(figureValue(row('north-korea-containers-to-russia'), 'ar', WORDS.ar), {
      text: 'أكثر من ١٣٬٠٠٠ حاوية',
      unit: null,
      words: false,
    });
    assert.deepEqual(figureValue(row('china-largest-trading-partner'), 'ar', WORDS.ar), {
      text: 'أكبر شريك تجاري لكوريا الشمالية',
      unit: null,
      words: true,
    });
  });
});

describe('figurePeriod', () => {
  it('keeps "early" of "early October 2024"', () => {
    assert.equal(period('anniversary-of-the-peoples-republic'), 'early October 2024');
    assert.equal(period('anniversary-of-the-peoples-republic', 'ar'), 'أوائل أكتوبر ٢٠٢٤');
  });

  it('marks a figure with no period written as resolved to a date: "as of …(no period stated)"', () => {
    assert.equal(period('north-korea-containers-to-russia'), 'as of 20 November 2024 (no period stated)');
    assert.equal(period('russia-war-length'), 'as of 5 January 2024 (no period stated)');
    assert.equal(period('north-korea-containers-to-russia', 'ar'), 'حتى ٢٠ نوفمبر ٢٠٢٤ (لم تُذكر فترة)');
  });

  it('marks a period read from context ("in October alone", "Recently") as inferred', () => {
    assert.equal(period('north-korea-containers-october-2023'), 'October 2023 (date inferred)');
    assert.equal(period('china-russia-joint-exercises'), 'by 20 November 2024 (date inferred)');
  });

  it('gives stated periods as written: a month, an end, a range; and says when there is none', () => {
    assert.equal(period('kim-visit-length'), 'September 2023');
    assert.equal(period('russia-first-petroleum-shipment-barrels'), 'by April 2023');
    assert.equal(period('russia-exports-to-china-2022'), 'by 2022');
    assert.equal(period('north-korea-food-imports-from-china-growth'), 'January 2023 – February 2023 (date inferred)');
    assert.equal(period('china-north-korea-border-length'), 'Date not stated');
    assert.equal(period('china-north-korea-border-length', 'ar'), 'التاريخ غير مذكور');
  });
});
