/**
 * Every widget with rows from outside, in a real Chromium: `src` and
 * `data`, what is credited to a publisher and what is not, "Get the data",
 * and invalid rows shown as an error inside the widget.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { parseCsv, validateRows, type Row } from '@factbox/datasets';
import '../trade-share-pie.js';
import '../delegation-bars.js';
import '../exercises-map.js';
import '../events-timeline.js';
import '../key-figures.js';
import { CASES, type WidgetCase } from '../test/cases.js';
import { clickDownload, mount, shadow, textOf, waitForState, whenReady, watchConsole, type AnyWidget } from '../test/helpers.js';

const cleanups: (() => void)[] = [];
afterEach(async () => {
  while (cleanups.length) cleanups.pop()?.();
  document.body.replaceChildren();
  await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
});

function place(c: WidgetCase, attributes = '', containerStyle = 'width: 640px'): { element: AnyWidget; container: HTMLElement } {
  return mount<AnyWidget>(`<${c.tag} ${attributes}></${c.tag}>`, containerStyle);
}

for (const c of CASES) {
  describe(`<${c.tag}>`, () => {
    it('downloads cells that would run as spreadsheet formulas as plain text', async () => {
      const { element } = place(c);
      element.data = c.rows.map((row, i) => (i === 0 ? { ...row, quote: '=HYPERLINK("http://evil.example","click")' } : row));
      await element.updateComplete;
      await whenReady(element);
      const button = [...shadow(element).querySelectorAll('button')].find((b) => textOf(b) === 'Get the data') as HTMLButtonElement;
      const { text } = await clickDownload(button);
      const parsed = parseCsv(text);
      expect(parsed[0]?.['quote']).to.equal('\'=HYPERLINK("http://evil.example","click")');
    });

    it('downloads exactly the rows it shows as CSV', async () => {
      const { element } = place(c);
      await whenReady(element);
      const button = [...shadow(element).querySelectorAll('button')].find((b) => textOf(b) === 'Get the data') as HTMLButtonElement;
      const { name, text, bytes } = await clickDownload(button);
      expect(name).to.equal(`factbox-${c.resource}.csv`);
      // UTF-8 byte order mark, so that spreadsheets read the Arabic text right.
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const parsed = validateRows(c.schema, parseCsv(text));
      expect(parsed.errors).to.deep.equal([]);
      expect(parsed.rows).to.deep.equal(c.rows);
    });

    it('loads rows from src as JSON and as CSV', async () => {
      const csv = place(c, `src="/packages/datasets/data/${c.resource}.csv"`).element;
      const json = place(c, `src="/packages/datasets/data/${c.resource}.json"`).element;
      await whenReady(csv);
      await whenReady(json);
      for (const element of [csv, json]) expect(shadow(element).querySelectorAll('tbody tr.values').length).to.equal(c.items);
    });

    it('renders rows given to the data property, and updates when they change', async () => {
      const { element } = place(c);
      await whenReady(element);
      element.data = c.rows.map((row, i) => (i === 0 ? { ...row, quote: 'A quote of our own.' } : row));
      // The change starts a new load (state "loading"), then the widget is ready again.
      await element.updateComplete;
      await whenReady(element);
      await element.updateComplete;
      const table = shadow(element).querySelector('tbody') as HTMLTableSectionElement;
      expect(table.querySelectorAll('tr.values').length).to.equal(c.items);
      expect(textOf(table)).to.include('A quote of our own.');
      // A quote Factbox has not checked against the document is not credited to the publisher.
      const source = (shadow(element).querySelector('[part="source"]') as HTMLElement).innerText;
      expect(source).to.include('supplied with the data, not checked against the source document');
      expect(source).not.to.include('FUTURE for Advanced Research and Studies');
    });

    it('does not credit the publisher for a verified quote given with other values', async () => {
      const { element } = place(c);
      const [first] = c.rows.filter((row) => row['derived'] !== true);
      element.data = [c.altered(first!)];
      await element.updateComplete;
      await whenReady(element);
      const source = (shadow(element).querySelector('[part="source"]') as HTMLElement).innerText;
      expect(source).to.include('supplied with the data, not checked against the source document');
      expect(source).not.to.include('FUTURE for Advanced Research and Studies');
    });

    it('credits the publisher for rows given to data that are the verified ones', async () => {
      const { element } = place(c);
      element.data = c.rows.filter((row) => row['derived'] !== true);
      await element.updateComplete;
      await whenReady(element);
      expect((shadow(element).querySelector('[part="source"]') as HTMLElement).innerText).to.include(
        'FUTURE for Advanced Research and Studies',
      );
    });

    it('shows invalid rows as an accessible error inside the widget, warns once, and fires factbox-error', async () => {
      const watch = watchConsole();
      cleanups.push(watch.stop);
      const errors: CustomEvent[] = [];
      const alertShown: boolean[] = [];
      const listener = (event: Event): void => {
        errors.push(event as CustomEvent);
        // The event comes once the message is on screen.
        alertShown.push(Boolean((event.target as Element).shadowRoot?.querySelector('[role="alert"]')));
      };
      document.addEventListener('factbox-error', listener);
      cleanups.push(() => document.removeEventListener('factbox-error', listener));
      const neighbour = place(c).element;
      const { element } = place(c);
      element.data = [{ ...(c.rows[0] as Row), quote_start: Number.NaN }];
      await waitForState(element, 'error');
      await waitUntil(() => errors.length === 1, 'factbox-error fired');
      expect(alertShown).to.deep.equal([true]);
      const alert = shadow(element).querySelector('[role="alert"]');
      expect(textOf(alert)).to.include('The data does not fit this chart');
      expect(textOf(alert)).to.include('"quote_start" must be a finite number');
      expect(watch.warnings.length).to.equal(1);
      expect(errors.length).to.equal(1);
      expect(errors[0]?.composed).to.equal(true);
      await expect(element).to.be.accessible();
      // The other widget on the page is unaffected.
      await whenReady(neighbour);
      expect(watch.uncaught).to.deep.equal([]);
    });
  });
}
