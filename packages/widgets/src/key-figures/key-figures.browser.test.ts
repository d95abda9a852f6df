/**
 * The key figures as a reader meets them: every figure as a card in English
 * and Arabic, the overlapping containers side by side before anything else,
 * words never turned into numbers, the topics filter (unknown and empty
 * included), the keyboard path with its panel, the tooltip at the card, and
 * doubts about the source on screen.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { figures, parseCsv, sources, type FigureRow } from '@factbox/datasets';
import '../key-figures.js';
import type { FactboxKeyFigures } from './key-figures.js';
import { widgetEntry } from '../catalogue.js';
import { px } from '../test/cases.js';
import { clickDownload, mount, shadow, textOf, waitForState, whenReady, watchConsole } from '../test/helpers.js';

const CONTAINERS = 'north-korea-containers-to-russia';
const CONTAINERS_OCTOBER = 'north-korea-containers-october-2023';

afterEach(async () => {
  document.body.replaceChildren();
  await resetMouse();
});

async function keyFigures(attributes = '', width = 640, data?: readonly FigureRow[]): Promise<FactboxKeyFigures> {
  const { element } = mount<FactboxKeyFigures>(`<factbox-key-figures ${attributes}></factbox-key-figures>`, `width: ${width}px`);
  if (data) element.data = data;
  await element.updateComplete;
  await whenReady(element);
  return element;
}

function cells(element: Element): HTMLElement[] {
  return [...shadow(element).querySelectorAll<HTMLElement>('.cell')];
}

function cell(element: Element, id: string): HTMLElement {
  const found = cells(element).find((c) => c.dataset['key'] === id);
  if (!found) throw new Error(`no card for ${id}`);
  return found;
}

const amount = (card: Element): string => textOf(card.querySelector('.amount'));
const periodOf = (card: Element): string => textOf(card.querySelector('.period'));
const row = (id: string): FigureRow => figures.find((f) => f.id === id) as FigureRow;
const panelText = (element: Element): string => textOf(shadow(element).querySelector('[part="quote"]'));
const overlaps = (a: DOMRect, b: DOMRect): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('<factbox-key-figures>', () => {
  it('shows every built-in figure as a card in English: the value as stated, what it measures, its date and its publisher', async () => {
    const element = await keyFigures();
    expect(cells(element).map((c) => c.dataset['key']).sort()).to.deep.equal(figures.map((f) => f.id).sort());
    for (const figure of figures) {
      const card = cell(element, figure.id);
      expect(textOf(card.querySelector('.subject'))).to.equal(figure.subject);
      expect(periodOf(card), figure.id).not.to.equal('');
      const publisher = sources.find((s) => s.id === figure.source_id)?.publisher;
      expect(textOf(card.querySelector('.publisher'))).to.equal(publisher);
      if (figure.value === null) {
        expect(amount(card)).to.equal(`“${figure.value_as_written}”`);
        continue;
      }
      // The number as the source gives it, with its bound in words: "over 13,000", never a bare 13,000.
      expect(amount(card), figure.id).to.include(figure.value.toLocaleString('en-GB'));
      const bound = { over: 'over', 'more than': 'more than', around: 'around', nearly: 'nearly', estimated: 'an estimated', under: 'under', exact: '' }[figure.qualifier ?? 'exact'];
      expect(amount(card).startsWith(bound), `${figure.id}: "${amount(card)}"`).to.equal(true);
    }
    expect(amount(cell(element, CONTAINERS))).to.equal('over 13,000');
    expect(textOf(cell(element, CONTAINERS).querySelector('.card-value'))).to.equal('over 13,000 containers');
    expect(amount(cell(element, 'china-north-korea-border-length'))).to.equal('1,146 km');
    expect(periodOf(cell(element, 'anniversary-of-the-peoples-republic'))).to.equal('early October 2024');
    expect(periodOf(cell(element, 'china-north-korea-border-length'))).to.equal('Date not stated');
    expect(textOf(shadow(element).querySelector('[part="subtitle"]'))).to.equal('30 figures, as the sources state them');
  });

  it('shows every built-in figure in Arabic: value_ar and subject_ar, Arabic-Indic digits, right to left', async () => {
    const element = await keyFigures('lang="ar"');
    expect(cells(element).length).to.equal(figures.length);
    for (const figure of figures) {
      const card = cell(element, figure.id);
      expect(amount(card)).to.equal(figure.value_ar);
      expect(textOf(card.querySelector('.subject'))).to.equal(figure.subject_ar);
      expect(textOf(card.querySelector('.publisher'))).to.equal(sources.find((s) => s.id === figure.source_id)?.publisher_ar);
      expect(periodOf(card), figure.id).not.to.match(/[0-9]/);
    }
    expect(periodOf(cell(element, CONTAINERS))).to.equal('حتى ٢٠ نوفمبر ٢٠٢٤ (لم تُذكر فترة)');
    expect(textOf(shadow(element).querySelector('[part="subtitle"]'))).to.equal('الأرقام كما وردت في المصادر: ٣٠');
    // Right to left: the first card of the pair on the right, the first card of the grid at the right edge.
    const [first, second] = [cell(element, CONTAINERS), cell(element, CONTAINERS_OCTOBER)].map((c) => c.getBoundingClientRect());
    expect(first!.left).to.be.greaterThan(second!.right);
    const grid = shadow(element).querySelector('.cards')!.getBoundingClientRect();
    const firstSingle = shadow(element).querySelector('.cards > li:not(.pair) .cell')!.getBoundingClientRect();
    expect(grid.right - firstSingle.right).to.be.lessThan(1);
    expect(textOf(shadow(element).querySelector('.relation'))).to.equal('فترتان متداخلتان: لا تجمع الرقمين');
  });

  it('shows the overlapping containers side by side, first and without any interaction, with the relation in words', async () => {
    for (const width of [640, 320]) {
      const element = await keyFigures('', width);
      const first = shadow(element).querySelector('.cards > li');
      expect(first?.classList.contains('pair'), `${width} px: the pair comes first`).to.equal(true);
      const group = first?.querySelector('[role="group"]') as HTMLElement;
      const label = shadow(element).getElementById(group.getAttribute('aria-labelledby') ?? '');
      expect(textOf(label)).to.equal('Overlapping periods: do not add');
      expect([...group.querySelectorAll<HTMLElement>('.cell')].map((c) => c.dataset['key'])).to.deep.equal([CONTAINERS, CONTAINERS_OCTOBER]);
      const [a, b] = [cell(element, CONTAINERS), cell(element, CONTAINERS_OCTOBER)];
      expect(a.checkVisibility() && b.checkVisibility() && label!.checkVisibility()).to.equal(true);
      const [boxA, boxB] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
      expect(boxA.top, `${width} px: side by side`).to.equal(boxB.top);
      expect(boxA.right).to.be.at.most(boxB.left);
      // Near the top of the widget: the first thing after the title.
      expect(label!.getBoundingClientRect().top - element.getBoundingClientRect().top).to.be.lessThan(120);
      expect([amount(a), periodOf(a)]).to.deep.equal(['over 13,000', 'as of 20 November 2024 (no period stated)']);
      expect([amount(b), periodOf(b)]).to.deep.equal(['more than 1,000', 'October 2023 (date inferred)']);
      // A DOM node in a failed assertion makes chai walk it for the message (and hang): compare booleans.
      expect(shadow(element).querySelector('[part="quote"]') !== null, 'a panel is open').to.equal(false);
      element.remove();
    }
  });

  it('never shows words as numbers, nor a derived number as one the source states', async () => {
    for (const lang of ['en', 'ar']) {
      const element = await keyFigures(`lang="${lang}"`);
      for (const figure of figures.filter((f) => f.value === null)) {
        const figureText = cell(element, figure.id).querySelector('.amount') as HTMLElement;
        expect(textOf(figureText), `${lang} ${figure.id}`).not.to.match(/[0-9٠-٩]/);
        // Set as words, not as a big figure.
        expect(figureText.classList.contains('words'), figure.id).to.equal(true);
        expect(parseFloat(getComputedStyle(figureText).fontSize)).to.be.lessThan(parseFloat(getComputedStyle(cell(element, CONTAINERS).querySelector('.amount') as Element).fontSize));
      }
      element.remove();
    }
    const derived: FigureRow = { ...row('north-korea-munition-types'), value: 10, qualifier: null, derived: true, derivation: 'Ten, read from a table elsewhere.' };
    const element = await keyFigures('', 640, [derived]);
    const card = cell(element, derived.id);
    expect(amount(card)).to.equal('“two types of munitions”');
    expect(textOf(card)).to.include('One reading, derived: 10');
    expect(textOf(shadow(element).querySelector('[part="notes"]'))).to.include('Ten, read from a table elsewhere.');
  });

  it('shows only the topics asked for, says so in the subtitle, counts them in factbox-ready, and downloads just those figures', async () => {
    const counts: number[] = [];
    const listener = (event: Event): void => {
      counts.push((event as CustomEvent<{ rowCount: number }>).detail.rowCount);
    };
    document.addEventListener('factbox-ready', listener);
    const element = await keyFigures('topics="trade, energy"').finally(() => document.removeEventListener('factbox-ready', listener));
    expect(counts).to.deep.equal([7]);
    const wanted = figures.filter((f) => f.topic === 'trade' || f.topic === 'energy');
    expect(cells(element).map((c) => c.dataset['key']).sort()).to.deep.equal(wanted.map((f) => f.id).sort());
    expect(textOf(shadow(element).querySelector('[part="subtitle"]'))).to.equal('Trade and energy: 7 of 30 figures');
    expect(shadow(element).querySelectorAll('tbody tr.values').length).to.equal(7);
    const button = [...shadow(element).querySelectorAll('button')].find((b) => textOf(b) === 'Get the data') as HTMLButtonElement;
    expect(parseCsv((await clickDownload(button)).text).map((r) => r['id'])).to.deep.equal(wanted.map((f) => f.id));
    element.topics = 'troops';
    await element.updateComplete;
    expect(cells(element).map((c) => c.dataset['key'])).to.deep.equal(['north-korean-troops-several-thousand']);
    expect(textOf(shadow(element).querySelector('[part="subtitle"]'))).to.equal('Troops: 1 of 30 figures');
  });

  it('ignores unknown topics with one warning each, and shows all figures when no topic is known', async () => {
    const watch = watchConsole();
    try {
      const element = await keyFigures('topics="trade,bogus"');
      expect(cells(element).length).to.equal(figures.filter((f) => f.topic === 'trade').length);
      element.setAttribute('lang', 'ar');
      await element.updateComplete;
      expect(watch.warnings.filter((w) => w.includes('"bogus"')).length).to.equal(1);
      const all = await keyFigures('topics="nonsense"');
      expect(cells(all).length).to.equal(figures.length);
      expect(textOf(shadow(all).querySelector('[part="subtitle"]'))).to.equal('30 figures, as the sources state them');
      expect(watch.warnings.filter((w) => w.includes('"nonsense"')).length).to.equal(1);
      expect(watch.uncaught).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });

  it('says so in words when no figure has the topics asked for, instead of an empty box', async () => {
    const element = await keyFigures('topics="humanitarian"', 640, figures.filter((f) => f.topic === 'trade'));
    const message = shadow(element).querySelector('.chart [role="status"]') as HTMLElement;
    expect(textOf(message)).to.equal('No figures on humanitarian issues in this data.');
    expect(message.checkVisibility()).to.equal(true);
    expect(shadow(element).querySelector('.cards') !== null, 'a grid is shown').to.equal(false);
    expect(textOf(shadow(element).querySelector('[part="subtitle"]'))).to.equal('Humanitarian issues: 0 of 5 figures');
  });

  it('fills the height reserved for all the figures, and only for them: a selection or other rows are as tall as their cards', async () => {
    const all = await keyFigures('', 680);
    const frame = shadow(all).querySelector('.frame') as HTMLElement;
    const notes = (shadow(all).querySelector('[part="notes"]') as HTMLElement).getBoundingClientRect();
    const footer = (shadow(all).querySelector('[part="footer"]') as HTMLElement).getBoundingClientRect();
    // The room of the reserved height is spread over the rows of cards, not left as a hole above the source line.
    expect(footer.top - notes.bottom, 'gap between notes and source line').to.be.lessThan(16);
    expect(frame.getBoundingClientRect().height).to.equal(px(widgetEntry('key-figures').height.wide));
    all.remove();
    const energy = await keyFigures('topics="energy"', 680);
    expect(energy.getAttribute('topics')).to.equal('energy');
    expect(energy.getBoundingClientRect().height, 'two cards, as tall as they are').to.be.lessThan(640);
    energy.remove();
    const two = await keyFigures('', 680, figures.slice(0, 2));
    const grid = shadow(two).querySelector('.cards') as HTMLElement;
    expect(grid.classList.contains('fill')).to.equal(false);
    expect(grid.getBoundingClientRect().height, 'two cards in one row, not stretched').to.be.lessThan(240);
  });

  it('keeps the relation on a card whose related figure is filtered out', async () => {
    const moved = figures.map((f) => (f.id === CONTAINERS_OCTOBER ? { ...f, topic: 'trade' as const } : f));
    const element = await keyFigures('topics="military-supplies"', 640, moved);
    expect(shadow(element).querySelector('.pair') !== null, 'a pair is shown').to.equal(false);
    expect(textOf(cell(element, CONTAINERS))).to.include('Read with a figure not shown here (Overlapping periods: do not add)');
  });

  it('reaches every card with the keyboard, in the order shown, and opens its words in the panel, never over the card', async () => {
    const { container } = mount<HTMLElement>('<button id="start">start</button><factbox-key-figures></factbox-key-figures>', 'width: 640px');
    const element = container.querySelector('factbox-key-figures') as FactboxKeyFigures;
    await whenReady(element);
    (container.querySelector('#start') as HTMLButtonElement).focus();
    const visited: string[] = [];
    for (let i = 0; i < figures.length; i++) {
      await sendKeys({ press: 'Tab' });
      await element.updateComplete;
      const active = shadow(element).activeElement as HTMLElement;
      const key = (active.closest('.cell') as HTMLElement | null)?.dataset['key'] ?? '';
      visited.push(key);
      expect(active.getAttribute('aria-expanded'), key).to.equal('true');
      const panel = shadow(element).querySelector('[part="quote"]') as HTMLElement;
      expect(panel.getAttribute('aria-label')).to.equal(row(key).subject);
      expect(panelText(element)).to.include(row(key).quote);
      expect(overlaps(active.getBoundingClientRect(), panel.getBoundingClientRect()), `${key}: the panel hides the card in focus`).to.equal(false);
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
    for (const id of ['north-korea-food-imports-from-china-growth', 'russia-exports-to-china-growth-2022', CONTAINERS_OCTOBER, 'refugees-if-regime-collapsed']) {
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
      for (const figure of cautioned) expect(notes).to.include(lang === 'en' ? `${figure.subject}: ${figure.source_caveat}` : `${figure.subject_ar}: ${figure.source_caveat_ar}`);
      const flagged = cells(element).filter((c) => c.querySelector('.flag')).map((c) => c.dataset['key']);
      expect(flagged.sort()).to.deep.equal(cautioned.map((f) => f.id).sort());
      expect(textOf(cell(element, 'china-north-korea-border-length').querySelector('.flag'))).to.equal(lang === 'en' ? 'Caution: see the notes' : 'تنبيه: انظر الملاحظات');
      element.remove();
    }
  });

  it('says how each date was read in the table, and gives the related figure', async () => {
    const element = await keyFigures();
    const rowOf = (subject: string): HTMLTableRowElement => [...shadow(element).querySelectorAll<HTMLTableRowElement>('tbody tr.values')].find((tr) => textOf(tr.querySelector('th')) === subject) as HTMLTableRowElement;
    const containers = textOf(rowOf(row(CONTAINERS).subject));
    expect(containers).to.include(`How the date was read: ${row(CONTAINERS).period_resolution}`);
    expect(containers).to.include('Overlapping periods: do not add: more than 1,000 containers (October 2023 (date inferred))');
    const name = shadow(element).querySelector('[part="chart"]')?.getAttribute('aria-label') ?? '';
    expect(name).to.include('30 figure cards');
    expect(name).to.include(`Overlapping periods: do not add: over 13,000 containers (${row(CONTAINERS).subject}); more than 1,000 containers (${row(CONTAINERS_OCTOBER).subject}).`);
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
