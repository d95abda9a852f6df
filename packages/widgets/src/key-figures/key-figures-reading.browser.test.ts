/**
 * <factbox-key-figures> as a reader uses it: every card by keyboard and
 * pointer, the words behind each figure, the doubts on screen, the table,
 * a phone, and bad data.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { figures, type FigureRow } from '@factbox/datasets';
import '../key-figures.js';
import type { FactboxKeyFigures } from './key-figures.js';
import { mount, shadow, textOf, waitForState, whenReady, watchConsole } from '../test/helpers.js';
import { CONTAINERS, CONTAINERS_OCTOBER, cell, cells, cleanUp, keyFigures, overlaps, panelText, row } from '../test/key-figures.js';

afterEach(cleanUp);

describe('<factbox-key-figures>: reading a card', () => {
  it('reaches every card with the keyboard, in the order shown, and opens its words in the panel under its row, covering no card', async () => {
    const { container } = mount<HTMLElement>(
      '<button id="start">start</button><factbox-key-figures></factbox-key-figures>',
      'width: 640px',
    );
    const element = container.querySelector('factbox-key-figures') as FactboxKeyFigures;
    await whenReady(element);
    (container.querySelector('#start') as HTMLButtonElement).focus();
    const visited: string[] = [];
    let closeButtons = 0;
    while (visited.length < figures.length && closeButtons <= figures.length) {
      await sendKeys({ press: 'Tab' });
      await element.updateComplete;
      const active = shadow(element).activeElement as HTMLElement;
      // The open panel's close button is a Tab stop of its own, after the last card of the row.
      if (active.closest('[part="quote"]')) {
        closeButtons += 1;
        continue;
      }
      const key = (active.closest('.cell') as HTMLElement | null)?.dataset['key'] ?? '';
      visited.push(key);
      expect(active.getAttribute('aria-expanded'), key).to.equal('true');
      const panel = shadow(element).querySelector('[part="quote"]') as HTMLElement;
      expect(panel.getAttribute('aria-label')).to.equal(row(key).subject);
      expect(panelText(element)).to.include(row(key).quote);
      // Under the card's row, covering no card: every card is above the panel or below it.
      const panelBox = panel.getBoundingClientRect();
      expect(panelBox.top, `${key}: the panel opens under the card`).to.be.at.least(active.getBoundingClientRect().bottom);
      const covered = cells(element).filter((c) => overlaps(c.getBoundingClientRect(), panelBox));
      expect(covered.length, `${key}: the panel covers ${covered.map((c) => c.dataset['key']).join(', ')}`).to.equal(0);
    }
    expect(visited).to.deep.equal(cells(element).map((c) => c.dataset['key']));
    expect(visited.slice(0, 2)).to.deep.equal([CONTAINERS, CONTAINERS_OCTOBER]);
    // Quote, who said it, and the note, one control away.
    cell(element, CONTAINERS).querySelector('button')?.focus();
    await element.updateComplete;
    expect(panelText(element)).to.include('— FUTURE for Advanced Research and Studies, 20 November 2024');
    expect(panelText(element)).to.include('overlapping; do not add');
    cell(element, 'china-share-of-russian-gas').querySelector('button')?.focus();
    await element.updateComplete;
    expect(panelText(element)).to.include(`Caution: ${row('china-share-of-russian-gas').source_caveat}`);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(shadow(element).querySelector('[part="quote"]') !== null, 'the panel is still open').to.equal(false);
  });

  it('shows the quote in a tooltip beside the card under the pointer, inside the widget, and not over the card', async () => {
    const element = await keyFigures();
    // A card at the start of a row, one at its end, one of the pair, and the last card (whose tooltip opens above it).
    for (const id of [
      'north-korea-food-imports-from-china-growth',
      'russia-exports-to-china-growth-2022',
      CONTAINERS_OCTOBER,
      'refugees-if-regime-collapsed',
    ]) {
      const card = cell(element, id);
      card.scrollIntoView({ block: 'center' });
      const box = card.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
      await waitUntil(() => shadow(element).querySelector('[part="tooltip"]'), `a tooltip for ${id}`);
      const tooltip = shadow(element).querySelector('[part="tooltip"]') as HTMLElement;
      expect(textOf(tooltip.querySelector('blockquote'))).to.equal(`“${row(id).quote}”`);
      const tip = tooltip.getBoundingClientRect();
      const widget = element.getBoundingClientRect();
      expect(overlaps(tip, box), `${id}: the tooltip covers its card`).to.equal(false);
      expect(tip.left).to.be.at.least(widget.left);
      expect(tip.right).to.be.at.most(widget.right);
      // Beside the card: along its edge, just above or below it.
      expect(Math.min(Math.abs(tip.left - box.left), Math.abs(tip.right - box.right))).to.be.lessThan(1);
      expect(Math.min(Math.abs(tip.top - box.bottom), Math.abs(box.top - tip.bottom))).to.be.lessThan(16);
      await sendMouse({ type: 'move', position: [0, 0] });
      await waitUntil(() => !shadow(element).querySelector('[part="tooltip"]'), 'the tooltip goes with the pointer');
    }
  });

  it('shows each doubt about the source on screen: a caution on the card, the words in the notes', async () => {
    for (const lang of ['en', 'ar'] as const) {
      const element = await keyFigures(`lang="${lang}"`);
      const notes = textOf(shadow(element).querySelector('[part="notes"]'));
      const cautioned = figures.filter((f) => f.source_caveat);
      expect(cautioned.map((f) => f.id).sort()).to.deep.equal(['china-north-korea-border-length', 'china-share-of-russian-gas']);
      for (const figure of cautioned)
        expect(notes).to.include(
          lang === 'en' ? `${figure.subject}: ${figure.source_caveat}` : `${figure.subject_ar}: ${figure.source_caveat_ar}`,
        );
      const flagged = cells(element)
        .filter((c) => c.querySelector('.flag'))
        .map((c) => c.dataset['key']);
      expect(flagged.sort()).to.deep.equal(cautioned.map((f) => f.id).sort());
      expect(textOf(cell(element, 'china-north-korea-border-length').querySelector('.flag'))).to.equal(
        lang === 'en' ? 'Caution: open the card to read why' : 'تنبيه: افتح البطاقة لتقرأ السبب',
      );
      element.remove();
    }
  });

  it('says how each date was read in the table, and gives the related figure', async () => {
    const element = await keyFigures();
    const rowOf = (subject: string): HTMLTableRowElement =>
      [...shadow(element).querySelectorAll<HTMLTableRowElement>('tbody tr.values')].find(
        (tr) => textOf(tr.querySelector('th')) === subject,
      ) as HTMLTableRowElement;
    const containers = textOf(rowOf(row(CONTAINERS).subject));
    expect(containers).to.include(`How the date was read: ${row(CONTAINERS).period_resolution}`);
    expect(containers).to.include('Overlapping periods: do not add: more than 1,000 containers (October 2023 (date inferred))');
    const name = shadow(element).querySelector('[part="chart"]')?.getAttribute('aria-label') ?? '';
    expect(name).to.include('30 figure cards');
    expect(name).to.include(
      `Overlapping periods: do not add: over 13,000 containers (${row(CONTAINERS).subject}); more than 1,000 containers (${row(CONTAINERS_OCTOBER).subject}).`,
    );
  });

  it('at phone width, shows the table as cards under a caption as wide as the table', async () => {
    const element = await keyFigures('', 320);
    (shadow(element).querySelector('button.table-toggle') as HTMLButtonElement).click();
    await element.updateComplete;
    const table = (shadow(element).querySelector('table') as HTMLTableElement).getBoundingClientRect();
    const caption = (shadow(element).querySelector('caption') as HTMLElement).getBoundingClientRect();
    expect(caption.width, 'not one letter a line').to.equal(table.width);
    expect(caption.height).to.be.lessThan(60);
  });

  it('shows a figure with an unknown topic, given as data, as an error inside the widget, and throws nothing', async () => {
    const { element } = mount<FactboxKeyFigures>('<factbox-key-figures></factbox-key-figures>');
    const watch = watchConsole();
    try {
      element.data = [{ ...figures[0]!, topic: 'gossip' as FigureRow['topic'] }];
      element.scrollIntoView();
      await waitForState(element, 'error');
      expect(textOf(shadow(element).querySelector('[role="alert"]'))).to.include('"topic"');
      expect(watch.uncaught).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });
});
