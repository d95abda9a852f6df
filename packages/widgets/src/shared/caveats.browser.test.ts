/**
 * Every caveat a row carries reaches the reader, in every widget: a bound,
 * a derivation and a doubt about the source are on screen (the notes under
 * the chart); every row's note, derivation and caveat are one control away
 * ("Show table"); in Arabic too, with English text marked as English.
 */
import { expect } from '@open-wc/testing';
import '../trade-share-pie.js';
import '../delegation-bars.js';
import '../exercises-map.js';
import '../key-figures.js';
import '../events-timeline.js';
import { CASES } from '../test/cases.js';
import { mount, shadow, textOf, whenReady, type AnyWidget } from '../test/helpers.js';

afterEach(() => document.body.replaceChildren());

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.replace(/\s+/g, ' ').trim() : null;

for (const c of CASES) {
  describe(`<${c.tag}>: caveats on screen or one control away`, () => {
    for (const lang of ['en', 'ar'] as const) {
      it(`${lang}: derivations and doubts about the source are in the notes; every note is in the table`, async () => {
        const { element } = mount<AnyWidget>(`<${c.tag} lang="${lang}"></${c.tag}>`, 'width: 640px');
        await whenReady(element);
        const root = shadow(element);
        const notes = textOf(root.querySelector('[part="notes"]'));
        for (const row of c.rows) {
          const caveat = text(lang === 'ar' ? row['source_caveat_ar'] : row['source_caveat']);
          if (caveat) expect(notes, `${String(row['id'])}: its caveat is on screen`).to.include(caveat);
          // A derived value the chart draws says how it was derived; one it does not draw says why not (its note).
          const derivation = text(row['derivation']);
          const note = text(row['note']);
          if (derivation)
            expect(
              notes.includes(derivation) || (note !== null && notes.includes(note)),
              `${String(row['id'])}: its derivation, or why it is not drawn, is on screen`,
            ).to.equal(true);
        }
        (root.querySelector('button.table-toggle') as HTMLButtonElement).click();
        await element.updateComplete;
        const table = root.querySelector('[part="table"]') as HTMLElement;
        expect(table.getBoundingClientRect().height, 'the table is shown').to.be.greaterThan(40);
        const shown = textOf(table);
        for (const row of c.rows) {
          for (const field of ['note', 'derivation', 'quote']) {
            const value = text(row[field]);
            if (value) expect(shown, `${String(row['id'])}: its ${field} is in the table`).to.include(value);
          }
        }
        // Words that stay in English are marked as English inside an Arabic widget.
        if (lang === 'ar') {
          for (const quote of table.querySelectorAll('blockquote')) expect(quote.getAttribute('lang')).to.equal('en');
        }
      });
    }
  });
}
