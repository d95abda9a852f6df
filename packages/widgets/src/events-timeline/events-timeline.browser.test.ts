/**
 * The events timeline as a reader meets it: every event once (rows that tell
 * one event grouped), each date drawn and written as precisely as its text
 * gives it, categories by shape, the source's words on hover, focus and tap,
 * a keyboard path through the events in date order, and Arabic from right
 * to left. The range (`from`, `to`) is in events-timeline-range.browser.test.ts.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { events, type EventRow } from '@factbox/datasets';
import '../events-timeline.js';
import { localDigits } from '../shared/i18n.js';
import type { FactboxEventsTimeline } from './events-timeline.js';
import { mount, shadow, textOf, whenReady } from '../test/helpers.js';

afterEach(async () => {
  document.body.replaceChildren();
  await resetMouse();
});

async function timeline(attributes = '', width = 640): Promise<FactboxEventsTimeline> {
  const { element } = mount<FactboxEventsTimeline>(
    `<factbox-events-timeline ${attributes}></factbox-events-timeline>`,
    `width: ${width}px`,
  );
  await whenReady(element);
  await element.updateComplete;
  return element;
}

function lanes(element: Element): HTMLLIElement[] {
  return [...shadow(element).querySelectorAll<HTMLLIElement>('.lanes > li')];
}

function lane(element: Element, key: string): HTMLLIElement {
  const found = lanes(element).find((li) => li.dataset['key'] === key);
  if (!found) throw new Error(`no lane for ${key}`);
  return found;
}

function markOf(element: Element, key: string): DOMRect {
  return (lane(element, key).querySelector('.mark') as HTMLElement).getBoundingClientRect();
}

const rowsOf = (key: string): EventRow[] => events.filter((row) => row.event_key === key);
const KEYS = [...new Set(events.map((row) => row.event_key))];
const TREATY = 'north-korea-russia-treaty-signing';
const panel = (element: Element): string => textOf(shadow(element).querySelector('[part="quote"]'));

describe('<factbox-events-timeline>', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`shows every built-in event once (${lang}): 22 entries for 23 rows, the treaty signing one entry with both accounts`, async () => {
      const element = await timeline(`lang="${lang}"`);
      expect(events.length).to.equal(23);
      expect(
        lanes(element)
          .map((li) => li.dataset['key'])
          .sort(),
      ).to.deep.equal([...KEYS].sort());
      expect(KEYS.length).to.equal(22);
      for (const key of KEYS) {
        const [first] = rowsOf(key) as [EventRow];
        const title = lang === 'en' ? first.title : localDigits('ar', first.title_ar);
        expect(textOf(lane(element, key)), key).to.include(title);
      }
      expect(textOf(lane(element, TREATY))).to.include(lang === 'en' ? '(2 accounts)' : '(روايتان)');
      // Earliest first: the 2020 border closure opens the timeline, the air drills "before 20 November 2024" close it.
      expect(lanes(element)[0]?.dataset['key']).to.equal('covid-border-closure');
      expect(lanes(element).at(-1)?.dataset['key']).to.equal('south-korea-japan-us-air-drills');
    });
  }

  it('draws a day as a point, a month as a span over that month, a year over the year', async () => {
    const element = await timeline();
    const axis = (shadow(element).querySelector('.lanes') as HTMLElement).getBoundingClientRect();
    const x = (iso: string): number =>
      axis.left + (axis.width * (Date.parse(iso) - Date.parse('2020-01-01'))) / (Date.parse('2025-01-01') - Date.parse('2020-01-01'));
    const day = markOf(element, 'north-korea-ratifies-defence-treaty');
    const month = markOf(element, 'kim-visits-russia');
    const year = markOf(element, 'ukraine-crisis-erupts');
    expect(Math.abs(day.width - day.height), 'a day is a dot').to.be.lessThan(0.5);
    expect(Math.abs(day.left + day.width / 2 - x('2024-11-11T12:00:00Z'))).to.be.lessThan(1);
    expect(month.width, 'a month is wider than a day').to.be.greaterThan(day.width);
    expect(month.left).to.be.closeTo(x('2023-09-01'), 1);
    expect(month.right).to.be.closeTo(x('2023-10-01'), 1);
    expect(year.left).to.be.closeTo(x('2022-01-01'), 1);
    expect(year.right).to.be.closeTo(x('2023-01-01'), 1);
  });

  it('ends "by" and "before" at their date with an open start, starts "since" at its date with an open end', async () => {
    const element = await timeline();
    const axis = (shadow(element).querySelector('.lanes') as HTMLElement).getBoundingClientRect();
    const x = (iso: string): number =>
      axis.left + (axis.width * (Date.parse(iso) - Date.parse('2020-01-01'))) / (Date.parse('2025-01-01') - Date.parse('2020-01-01'));
    const fades = (key: string, towards: 'left' | 'right'): void => {
      const image = getComputedStyle(lane(element, key).querySelector('.mark') as HTMLElement).backgroundImage;
      // Transparent on the open side, the category's colour where the text gives the date.
      expect(image, key).to.match(new RegExp(`^linear-gradient\\(to ${towards === 'left' ? 'right' : 'left'}, rgba\\(0, 0, 0, 0\\), rgb`));
    };
    const by = markOf(element, 'russia-first-petroleum-shipment');
    expect(by.right, '"by April 2023" ends at the end of April').to.be.closeTo(x('2023-05-01'), 1);
    fades('russia-first-petroleum-shipment', 'left');
    const before = markOf(element, 'south-korea-japan-us-air-drills');
    expect(before.right, '"before 20 November 2024" ends on that day').to.be.closeTo(x('2024-11-20'), 1);
    fades('south-korea-japan-us-air-drills', 'left');
    const since = markOf(element, 'russia-petroleum-shipments-halted');
    expect(since.left, '"since August 2020" starts in August').to.be.closeTo(x('2020-08-01'), 1);
    fades('russia-petroleum-shipments-halted', 'right');
  });

  it('says each date in words at its precision: "early", "by", "since", resolved relative dates marked', async () => {
    const element = await timeline();
    const when = (key: string): string => textOf(lane(element, key).querySelector('.when'));
    expect(when('xi-omits-friendly-neighbour')).to.equal('early October 2024');
    expect(when('russia-first-petroleum-shipment')).to.equal('by April 2023');
    expect(when('russia-petroleum-shipments-halted')).to.equal('since August 2020');
    expect(when('china-key-export-destinations')).to.equal('by 2021');
    expect(when('china-foreign-ministry-bilateral-matter')).to.equal('13 September 2023');
    expect(when('south-korea-japan-us-air-drills')).to.equal('“Recently”: before 20 November 2024');
    expect(when('xi-zelenskyy-call')).to.equal('“In the following month”: April 2023');
    // "in June" is resolved in one account, but the other writes "In June 2024": nothing to mark.
    expect(when(TREATY)).to.equal('June 2024');
    // "early October": the first third of October, solid over the faint month.
    const month = markOf(element, 'xi-omits-friendly-neighbour');
    const part = (lane(element, 'xi-omits-friendly-neighbour').querySelector('.mark.part') as HTMLElement).getBoundingClientRect();
    expect(part.left).to.be.closeTo(month.left, 0.5);
    expect(part.width).to.be.closeTo((month.width * 10) / 31, 0.6);
    // What the sources report or plan is said so.
    expect(textOf(lane(element, 'north-korean-troops-dispatch-reported').querySelector('.status'))).to.equal('reported');
    expect(textOf(lane(element, 'north-korea-2024-military-aims').querySelector('.status'))).to.equal('planned');
    expect(lane(element, 'kim-visits-russia').querySelector('.status')).to.equal(null);
  });

  it('marks each category by a shape and a word, not by colour alone', async () => {
    const element = await timeline();
    const shape = (glyph: Element): string => {
      const style = getComputedStyle(glyph);
      return `${style.borderRadius} ${style.clipPath}`;
    };
    const key = [...shadow(element).querySelectorAll('.key li')].filter((li) => li.querySelector('.glyph'));
    expect(key.map((li) => textOf(li))).to.deep.equal(['Diplomacy', 'Military', 'Economy', 'Statement']);
    expect(new Set(key.map((li) => shape(li.querySelector('.glyph') as Element))).size, 'four shapes').to.equal(4);
    for (const li of lanes(element)) {
      const row = rowsOf(li.dataset['key'] as string)[0] as EventRow;
      const glyph = li.querySelector('.glyph') as Element;
      expect(shape(glyph)).to.equal(shape(key.find((k) => textOf(k).toLowerCase() === row.category)?.querySelector('.glyph') as Element));
      // Screen readers hear the category with the event.
      expect(textOf(glyph)).to.equal(`${row.category[0]?.toUpperCase()}${row.category.slice(1)}:`);
    }
  });

  it('puts each doubt about a source on screen once, marked on the events it concerns', async () => {
    const element = await timeline();
    const notes = textOf(shadow(element).querySelector('[part="notes"]'));
    expect(notes).to.equal('* Name as given by the source; other reporting names these drills differently.');
    for (const key of ['ocean-2024', 'northern-interaction-2024'])
      expect(textOf(lane(element, key).querySelector('.footnote'))).to.equal('*');
    expect(lanes(element).filter((li) => li.querySelector('.footnote')).length).to.equal(2);
  });

  it('moves through the events with Tab in date order, each one’s details in the panel: quotes, who said it, how the date was read, caveat, note', async () => {
    const { container } = mount<HTMLElement>(
      '<button id="start">start</button><factbox-events-timeline></factbox-events-timeline><button id="end">end</button>',
      'width: 640px',
    );
    const element = container.querySelector('factbox-events-timeline') as FactboxEventsTimeline;
    await whenReady(element);
    (container.querySelector('#start') as HTMLButtonElement).focus();
    const visited: string[] = [];
    const panels = new Map<string, string>();
    for (let press = 0; visited.length < 22 && press < 50; press++) {
      await sendKeys({ press: 'Tab' });
      await element.updateComplete;
      const focused = shadow(element).activeElement as HTMLElement;
      const key = (focused.closest('.lanes > li') as HTMLElement | null)?.dataset['key'] as string;
      if (focused.classList.contains('close')) {
        // After each event, the button that closes its details, which open right under it.
        expect(key, `Tab ${press + 1}: the close button of the event just visited`).to.equal(visited.at(-1));
        continue;
      }
      expect(focused.classList.contains('lane'), `Tab ${press + 1} reaches a lane`).to.equal(true);
      expect(focused.getAttribute('aria-expanded')).to.equal('true');
      visited.push(key);
      panels.set(key, panel(element));
    }
    expect(visited).to.deep.equal(lanes(element).map((li) => li.dataset['key']));
    const treaty = panels.get(TREATY) as string;
    for (const row of rowsOf(TREATY)) expect(treaty).to.include(row.quote);
    expect(treaty).to.include('How the date was read: "in June" without a year');
    expect(treaty.match(/— FUTURE for Advanced Research and Studies, 20 November 2024/g)?.length).to.equal(2);
    expect(panels.get('south-korea-japan-us-air-drills')).to.include('“Recently”: before 20 November 2024 (open start: before this date)');
    expect(panels.get('south-korea-japan-us-air-drills')).to.include(
      'How the date was read: "Recently" in an article published on 20 November 2024',
    );
    expect(panels.get('ocean-2024')).to.include('Caution: Name as given by the source');
    expect(panels.get('xi-omits-friendly-neighbour')).to.include('Note: Contrast The Phnom Penh Post (5 January 2024)');
    expect(panels.get('kim-visits-russia')).to.include('— The Phnom Penh Post, 5 January 2024');
    // Escape closes the panel; the controls after the timeline come next.
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(shadow(element).querySelector('[part="quote"]')).to.equal(null);
    await sendKeys({ press: 'Tab' });
    expect(textOf(shadow(element).activeElement)).to.equal('About the source');
  });

  for (const width of [640, 343]) {
    it(`opens an event's details right under it, pushing the later events down (${width} px)`, async () => {
      const element = await timeline('', width);
      expect(textOf(shadow(element).querySelector('.timeline > .panel-slot'))).to.equal(
        'Hover over, tap or Tab to an item for the words that support it.',
      );
      const next = lane(element, 'xi-visits-russia');
      const before = next.getBoundingClientRect().top;
      (lane(element, 'ukraine-crisis-erupts').querySelector('button') as HTMLButtonElement).click();
      await element.updateComplete;
      expect(shadow(element).querySelectorAll('[part="quote"]').length, 'one panel').to.equal(1);
      const details = shadow(element).querySelector('[part="quote"]') as HTMLElement;
      expect(details.closest('.lanes > li')).to.equal(lane(element, 'ukraine-crisis-erupts'));
      const button = (lane(element, 'ukraine-crisis-erupts').querySelector('button') as HTMLButtonElement).getBoundingClientRect();
      expect(details.getBoundingClientRect().top - button.bottom).to.be.within(0, 12);
      expect(next.getBoundingClientRect().top, 'the next event moves down, uncovered').to.be.at.least(
        details.getBoundingClientRect().bottom,
      );
      expect(next.getBoundingClientRect().top).to.be.greaterThan(before);
      expect(shadow(element).querySelector('.timeline > .panel-slot'), 'the hint makes way').to.equal(null);
    });
  }

  it('shows a tooltip with the source’s words at the event under the pointer', async () => {
    const element = await timeline();
    lane(element, 'hyunmoo-5-unveiled').scrollIntoView({ block: 'center' });
    const target = markOf(element, 'hyunmoo-5-unveiled');
    const words = (lane(element, 'hyunmoo-5-unveiled').querySelector('.what') as HTMLElement).getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(words.left + 10), Math.round(words.top + words.height / 2)] });
    await waitUntil(() => shadow(element).querySelector('[part="tooltip"]'), 'a tooltip appears');
    const tooltip = shadow(element).querySelector('[part="tooltip"]') as HTMLElement;
    expect(textOf(tooltip)).to.include('Seoul unveils the Hyunmoo-5, its most powerful ballistic missile: October 2024');
    expect(textOf(tooltip.querySelector('blockquote'))).to.include('In October 2024, Seoul unveiled its most powerful ballistic missile');
    // At the mark: the tooltip's corner is within a few pixels of the mark's centre.
    const box = tooltip.getBoundingClientRect();
    const [cx, cy] = [target.left + target.width / 2, target.top + target.height / 2];
    expect(Math.min(Math.abs(box.left - cx), Math.abs(box.right - cx))).to.be.lessThan(16);
    expect(Math.min(Math.abs(box.top - cy), Math.abs(box.bottom - cy))).to.be.lessThan(16);
    await sendMouse({ type: 'move', position: [2, 2] });
    await waitUntil(() => !shadow(element).querySelector('[part="tooltip"]'), 'the tooltip goes');
  });

  it('credits each document on its own line, and an open “About the source” sits under its own document', async () => {
    const element = await timeline();
    const source = shadow(element).querySelector('[part="source"]') as HTMLElement;
    expect(source.innerText).to.match(
      /^Sources:\s+FUTURE for Advanced Research and Studies, 20 November 2024 About the source\s*\nThe Phnom Penh Post, 5 January 2024 About the source/,
    );
    const [first, second] = [...source.querySelectorAll<HTMLElement>('.source-item')] as [HTMLElement, HTMLElement];
    (first.querySelector('summary') as HTMLElement).click();
    await element.updateComplete;
    const about = (first.querySelector('dl') as HTMLElement).getBoundingClientRect();
    const secondLine = second.getClientRects()[0] as DOMRect;
    // The second document's line starts under the first one's panel, aligned with the first document: no orphan separator.
    expect(secondLine.top).to.be.at.least(about.bottom);
    expect(second.innerText.trimStart()).to.match(/^The Phnom Penh Post, 5 January 2024/);
    expect(Math.abs(secondLine.left - first.getBoundingClientRect().left)).to.be.lessThan(2);
  });

  it('on a phone, shows the table as cards under a caption as wide as the widget', async () => {
    const element = await timeline('', 343);
    (shadow(element).querySelector('button.table-toggle') as HTMLButtonElement).click();
    await element.updateComplete;
    const table = shadow(element).querySelector('table') as HTMLTableElement;
    expect((table.caption as HTMLElement).getBoundingClientRect().width).to.be.closeTo(table.getBoundingClientRect().width, 1);
    expect(table.querySelectorAll('tr.values').length).to.equal(22);
  });

  it('in Arabic: time runs right to left, Arabic dates and digits, Arabic titles', async () => {
    const element = await timeline('lang="ar"');
    expect(markOf(element, 'covid-border-closure').left, '2020 on the right').to.be.greaterThan(
      markOf(element, 'hyunmoo-5-unveiled').right,
    );
    const years = [...shadow(element).querySelectorAll('.axis.top .year')].map((y) => [textOf(y), y.getBoundingClientRect().left] as const);
    expect(years.map(([text]) => text)).to.deep.equal(['٢٠٢٠', '٢٠٢١', '٢٠٢٢', '٢٠٢٣', '٢٠٢٤']);
    expect(years[0]![1]).to.be.greaterThan(years[4]![1]);
    const when = (key: string): string => textOf(lane(element, key).querySelector('.when'));
    expect(when('xi-omits-friendly-neighbour')).to.equal('أوائل أكتوبر ٢٠٢٤');
    expect(when('russia-first-petroleum-shipment')).to.equal('بحلول أبريل ٢٠٢٣');
    expect(when('russia-petroleum-shipments-halted')).to.equal('منذ أغسطس ٢٠٢٠');
    expect(when('south-korea-japan-us-air-drills')).to.equal('قبل ٢٠ نوفمبر ٢٠٢٤ (\u2068“Recently”\u2069 في المصدر)');
    for (const li of lanes(element))
      expect(textOf(li.querySelector('.when')).replace('“Recently”', '').replace('“In the following month”', '')).not.to.match(/[0-9]/);
    expect(textOf(lane(element, 'ocean-2024'))).to.include('«المحيط ٢٠٢٤»');
    expect(textOf(lane(element, 'north-korean-troops-dispatch-reported').querySelector('.status'))).to.equal('بحسب تقارير');
  });
});
