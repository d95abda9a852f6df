/**
 * The timeline's `from` and `to`: only the events whose dates overlap the
 * range, on an axis of the range, in the table, the source line, the count
 * and "Get the data"; invalid values warned about once and ignored; and rows
 * that tell one event with two dates refused.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { events, parseCsv, validateRows, eventsSchema, type EventRow } from '@factbox/datasets';
import '../events-timeline.js';
import type { FactboxEventsTimeline } from './events-timeline.js';
import { clickDownload, mount, shadow, textOf, waitForState, watchConsole, whenReady } from '../test/helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
  document.body.replaceChildren();
});

async function timeline(attributes = ''): Promise<FactboxEventsTimeline> {
  const { element } = mount<FactboxEventsTimeline>(`<factbox-events-timeline ${attributes}></factbox-events-timeline>`, 'width: 640px');
  await whenReady(element);
  await element.updateComplete;
  return element;
}

const keys = (element: Element): string[] =>
  [...shadow(element).querySelectorAll<HTMLElement>('.lanes > li')].map((li) => li.dataset['key'] as string);
/** Every event, earliest first. */
const ALL_IN_ORDER = [
  'covid-border-closure',
  'russia-petroleum-shipments-halted',
  'china-key-export-destinations',
  'ukraine-crisis-erupts',
  'xi-visits-russia',
  'saudi-iran-deal',
  'xi-zelenskyy-call',
  'russia-first-petroleum-shipment',
  'us-intelligence-report-china-russia-economy',
  'north-korea-agrees-to-supply-russia',
  'kim-visits-russia',
  'china-foreign-ministry-bilateral-matter',
  'north-korea-2024-military-aims',
  'north-korea-russia-treaty-signing',
  'northern-interaction-2024',
  'ocean-2024',
  'xi-omits-friendly-neighbour',
  'north-korean-troops-dispatch-reported',
  'belousov-visits-china',
  'hyunmoo-5-unveiled',
  'north-korea-ratifies-defence-treaty',
  'south-korea-japan-us-air-drills',
];

/** The events of September 2023 to November 2024, by hand from the dates: "since August 2020" has no end, "before 20 November 2024" reaches into it. */
const AUTUMN_2023_TO_2024 = [
  'russia-petroleum-shipments-halted',
  'north-korea-agrees-to-supply-russia',
  'kim-visits-russia',
  'china-foreign-ministry-bilateral-matter',
  'north-korea-2024-military-aims',
  'north-korea-russia-treaty-signing',
  'northern-interaction-2024',
  'ocean-2024',
  'xi-omits-friendly-neighbour',
  'north-korean-troops-dispatch-reported',
  'belousov-visits-china',
  'hyunmoo-5-unveiled',
  'north-korea-ratifies-defence-treaty',
  'south-korea-japan-us-air-drills',
];

describe('<factbox-events-timeline from to>', () => {
  it('shows only the events whose dates overlap the range, on an axis of the range', async () => {
    const ready: number[] = [];
    const listener = (event: Event): void => {
      ready.push((event as CustomEvent<{ rowCount: number }>).detail.rowCount);
    };
    document.addEventListener('factbox-ready', listener);
    cleanups.push(() => document.removeEventListener('factbox-ready', listener));
    const element = await timeline('from="2023-09" to="2024-11"');
    expect(keys(element)).to.deep.equal(AUTUMN_2023_TO_2024);
    expect(ready, 'factbox-ready counts the rows shown').to.deep.equal([15]);
    expect([...shadow(element).querySelectorAll('.axis.top .year')].map((y) => textOf(y))).to.deep.equal(['2023', '2024']);
    expect(shadow(element).querySelectorAll('.axis.top .tick').length, 'months marked on a short axis').to.equal(13);
    expect(textOf(shadow(element).querySelector('[part="heading"]'))).to.equal('North Korea, Russia and China: a timeline, 2023–2024');
    expect(shadow(element).querySelectorAll('tbody tr.values').length).to.equal(14);
    // "since August 2020" starts before the axis: its mark begins at the axis's start.
    const axis = (shadow(element).querySelector('.lanes') as HTMLElement).getBoundingClientRect();
    const since = (
      shadow(element).querySelector('[data-key="russia-petroleum-shipments-halted"] .mark') as HTMLElement
    ).getBoundingClientRect();
    expect(since.left).to.be.closeTo(axis.left, 1);
  });

  it('downloads the rows it shows, no others', async () => {
    const element = await timeline('from="2023-09" to="2024-11"');
    const button = [...shadow(element).querySelectorAll('button')].find((b) => textOf(b) === 'Get the data') as HTMLButtonElement;
    const { text } = await clickDownload(button);
    const parsed = validateRows<EventRow>(eventsSchema, parseCsv(text));
    expect(parsed.errors).to.deep.equal([]);
    expect(parsed.rows.map((row) => row.id)).to.deep.equal(
      events.filter((row) => AUTUMN_2023_TO_2024.includes(row.event_key)).map((row) => row.id),
    );
  });

  it('follows changes to from and to; an open side reaches into any range on that side', async () => {
    const element = await timeline('from="2024-06"');
    expect(keys(element)).to.include('north-korea-russia-treaty-signing');
    expect(keys(element)).not.to.include('kim-visits-russia');
    element.setAttribute('to', '2024-07');
    await element.updateComplete;
    // "since August 2020", the year 2024 and "before 20 November 2024" all allow June–July 2024.
    expect(keys(element)).to.deep.equal([
      'russia-petroleum-shipments-halted',
      'north-korea-2024-military-aims',
      'north-korea-russia-treaty-signing',
      'northern-interaction-2024',
      'south-korea-japan-us-air-drills',
    ]);
    element.setAttribute('from', '2022');
    element.setAttribute('to', '2022');
    await element.updateComplete;
    // "by 2021" ends as 2022 begins; "by April 2023" may be in 2022.
    expect(keys(element)).to.deep.equal([
      'russia-petroleum-shipments-halted',
      'ukraine-crisis-erupts',
      'russia-first-petroleum-shipment',
      'south-korea-japan-us-air-drills',
    ]);
    element.removeAttribute('from');
    element.removeAttribute('to');
    await element.updateComplete;
    expect(keys(element).length).to.equal(22);
  });

  it('names only the sources of the events it shows', async () => {
    const { element } = mount<FactboxEventsTimeline>(
      '<factbox-events-timeline from="2021-06" to="2021-12"></factbox-events-timeline>',
      'width: 640px',
    );
    // Without the air drills ("before 20 November 2024"), every event that reaches into late 2021 is from The Phnom Penh Post.
    element.data = events.filter((row) => row.id !== 'south-korea-japan-us-air-drills');
    await whenReady(element);
    await element.updateComplete;
    expect(keys(element)).to.deep.equal([
      'russia-petroleum-shipments-halted',
      'china-key-export-destinations',
      'russia-first-petroleum-shipment',
    ]);
    const source = (shadow(element).querySelector('[part="source"]') as HTMLElement).innerText;
    expect(source).to.include('The Phnom Penh Post');
    expect(source).not.to.include('FUTURE for Advanced Research and Studies');
  });

  it('ignores an invalid from or to with one warning each, and from after to', async () => {
    const watch = watchConsole();
    cleanups.push(watch.stop);
    for (const attributes of ['from="2023-13"', 'to="September 2023"', 'from="2023-02-30" to="2024"', 'from="2024-11" to="2023-09"']) {
      const element = await timeline(attributes);
      // Rendering again does not warn again.
      element.heading = 'Again';
      await element.updateComplete;
      // (to="2024" alone is valid, and every event allows a date before 2025.)
      expect(keys(element), attributes).to.deep.equal(ALL_IN_ORDER);
      expect(element.getAttribute('state')).to.equal('ready');
    }
    expect(watch.warnings.length).to.equal(4);
    expect(watch.warnings[0]).to.include('from="2023-13" is not a date (YYYY, YYYY-MM or YYYY-MM-DD); it is ignored.');
    expect(watch.warnings[1]).to.include('to="September 2023" is not a date');
    expect(watch.warnings[2]).to.include('from="2023-02-30" is not a date');
    expect(watch.warnings[3]).to.include('from="2024-11" comes after to="2023-09"; both are ignored.');
    expect(watch.uncaught).to.deep.equal([]);
  });

  it('says so when no event falls within the range, and is ready', async () => {
    // Only events with both ends closed: an open side would reach into 2030 or before 2019.
    const { element } = mount<FactboxEventsTimeline>(
      '<factbox-events-timeline from="2030" to="2031-06"></factbox-events-timeline>',
      'width: 640px',
    );
    element.data = events.filter((row) => row.date_bound === 'on');
    await whenReady(element);
    await element.updateComplete;
    expect(keys(element)).to.deep.equal([]);
    expect(textOf(shadow(element).querySelector('.chart'))).to.equal('No event in the data falls within 2030 – June 2031.');
    expect(element.getAttribute('state')).to.equal('ready');
  });

  it('refuses rows that tell one event with different dates, inside the widget', async () => {
    const watch = watchConsole();
    cleanups.push(watch.stop);
    const { element } = mount<FactboxEventsTimeline>('<factbox-events-timeline></factbox-events-timeline>', 'width: 640px');
    element.data = events.map((row) => (row.id === 'putin-visits-pyongyang' ? { ...row, date: '2024-07' } : row));
    await waitForState(element, 'error');
    await waitUntil(() => shadow(element).querySelector('[role="alert"]'), 'the error is shown');
    expect(textOf(shadow(element).querySelector('[role="alert"]'))).to.include(
      'rows "north-korea-russia-treaty-signed" and "putin-visits-pyongyang" tell one event ("north-korea-russia-treaty-signing") with different dates: on 2024-06, on 2024-07.',
    );
    expect(watch.uncaught).to.deep.equal([]);
  });
});
