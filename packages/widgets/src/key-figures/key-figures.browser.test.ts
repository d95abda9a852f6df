/**
 * The key figures as a reader meets them: every figure as a card in English
 * and Arabic, the overlapping containers side by side before anything else,
 * words never turned into numbers, the topics filter (unknown and empty
 * included), and the reserved height. Keyboard, pointer, doubts, table and
 * bad data: key-figures-reading.browser.test.ts.
 */
import { expect } from '@open-wc/testing';
import { figures, parseCsv, sources, type FigureRow } from '@factbox/datasets';
import '../key-figures.js';
import { widgetEntry } from '../catalogue.js';
import { px } from '../test/cases.js';
import { clickDownload, shadow, textOf, watchConsole } from '../test/helpers.js';
import { CONTAINERS, CONTAINERS_OCTOBER, amount, cell, cells, cleanUp, keyFigures, periodOf, row } from '../test/key-figures.js';

afterEach(cleanUp);

describe('<factbox-key-figures>', () => {
  it('shows every built-in figure as a card in English: the value as stated, what it measures, its date and its publisher', async () => {
    const element = await keyFigures();
    expect(
      cells(element)
        .map((c) => c.dataset['key'])
        .sort(),
    ).to.deep.equal(figures.map((f) => f.id).sort());
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
      const bound = {
        over: 'over',
        'more than': 'more than',
        around: 'around',
        nearly: 'nearly',
        estimated: 'an estimated',
        under: 'under',
        exact: '',
      }[figure.qualifier ?? 'exact'];
      expect(amount(card).startsWith(bound), `${figure.id}: "${amount(card)}"`).to.equal(true);
    }
    expect(amount(cell(element, CONTAINERS))).to.equal('over 13,000');
    expect(textOf(cell(element, CONTAINERS).querySelector('.card-value'))).to.equal('over 13,000 containers');
    expect(amount(cell(element, 'china-north-korea-border-length'))).to.equal('1,146 km');
    expect(periodOf(cell(element, 'anniversary-of-the-peoples-republic'))).to.equal('early October 2024');
    expect(periodOf(cell(element, 'china-north-korea-border-length'))).to.equal('Date not stated');
    expect(textOf(shadow(element).querySelector('[part="subtitle"]'))).to.equal('30 figures, as the sources state them');
  });

  it('shows every built-in figure in Arabic: value_ar (words in «»), subject_ar, Arabic-Indic digits, right to left', async () => {
    const element = await keyFigures('lang="ar"');
    expect(cells(element).length).to.equal(figures.length);
    for (const figure of figures) {
      const card = cell(element, figure.id);
      // Words in «», as an Arabic newspaper marks reported wording; numbers bare.
      expect(amount(card)).to.equal(figure.value === null ? `«${figure.value_ar}»` : figure.value_ar);
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
      expect([...group.querySelectorAll<HTMLElement>('.cell')].map((c) => c.dataset['key'])).to.deep.equal([
        CONTAINERS,
        CONTAINERS_OCTOBER,
      ]);
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
        expect(parseFloat(getComputedStyle(figureText).fontSize)).to.be.lessThan(
          parseFloat(getComputedStyle(cell(element, CONTAINERS).querySelector('.amount') as Element).fontSize),
        );
      }
      element.remove();
    }
    const derived: FigureRow = {
      ...row('north-korea-munition-types'),
      value: 10,
      qualifier: null,
      derived: true,
      derivation: 'Ten, read from a table elsewhere.',
    };
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
    expect(
      cells(element)
        .map((c) => c.dataset['key'])
        .sort(),
    ).to.deep.equal(wanted.map((f) => f.id).sort());
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
    const element = await keyFigures(
      'topics="humanitarian"',
      640,
      figures.filter((f) => f.topic === 'trade'),
    );
    const message = shadow(element).querySelector('.chart [role="status"]') as HTMLElement;
    expect(textOf(message)).to.equal('No figures on humanitarian issues in this data.');
    expect(message.checkVisibility()).to.equal(true);
    expect(shadow(element).querySelector('.cards') !== null, 'a grid is shown').to.equal(false);
    expect(textOf(shadow(element).querySelector('[part="subtitle"]'))).to.equal('Humanitarian issues: 0 of 5 figures');
  });

  it('is as tall as its cards: the room its reserve holds beyond them is left below its border, not spread inside it', async () => {
    const all = await keyFigures('', 680);
    const frame = (shadow(all).querySelector('.frame') as HTMLElement).getBoundingClientRect();
    const notes = (shadow(all).querySelector('[part="notes"]') as HTMLElement).getBoundingClientRect();
    const footer = (shadow(all).querySelector('[part="footer"]') as HTMLElement).getBoundingClientRect();
    const cards = [...shadow(all).querySelectorAll('.cards .card')].map((card) => card.getBoundingClientRect());
    expect(footer.top - notes.bottom, 'gap between notes and source line').to.be.lessThan(16);
    // The reserve is the tallest first render (English at 600 px); English at 680 px needs less.
    expect(all.getBoundingClientRect().height, 'the page keeps the reserved height').to.equal(
      px(widgetEntry('key-figures').height.en.wide),
    );
    expect(frame.height, 'the box ends after its footer').to.be.lessThan(all.getBoundingClientRect().height - 100);
    expect(frame.bottom - footer.bottom, 'only padding under the footer').to.be.lessThan(24);
    const tallest = Math.max(...cards.map((card) => card.height));
    expect(tallest, 'no card is stretched beyond its words').to.be.lessThan(260);
    all.remove();
    const energy = await keyFigures('topics="energy"', 680);
    expect(energy.getAttribute('topics')).to.equal('energy');
    expect(energy.getBoundingClientRect().height, 'two cards, as tall as they are').to.be.lessThan(640);
    energy.remove();
    const two = await keyFigures('', 680, figures.slice(0, 2));
    const grid = shadow(two).querySelector('.cards') as HTMLElement;
    expect(grid.getBoundingClientRect().height, 'two cards in one row, not stretched').to.be.lessThan(240);
  });

  it('keeps the relation on a card whose related figure is filtered out', async () => {
    const moved = figures.map((f) => (f.id === CONTAINERS_OCTOBER ? { ...f, topic: 'trade' as const } : f));
    const element = await keyFigures('topics="military-supplies"', 640, moved);
    expect(shadow(element).querySelector('.pair') !== null, 'a pair is shown').to.equal(false);
    expect(textOf(cell(element, CONTAINERS))).to.include('Read with a figure not shown here (Overlapping periods: do not add)');
  });
});
