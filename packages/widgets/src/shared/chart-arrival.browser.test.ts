/**
 * Nothing inside a widget moves when its chart code arrives: while it loads,
 * the widget shows its title and the chart's place, and what goes under the
 * chart (notes, source line, buttons) arrives with it, so nothing on screen
 * is pushed down; the page keeps the reserved height throughout. The chart
 * code is held back until the loading state has been painted, as on a slow
 * network, so that every widget's arrival is seen whatever the cache holds.
 */
import { expect } from '@open-wc/testing';
import { WIDGET_CATALOGUE } from '../catalogue.js';
import type { Locale } from './i18n.js';
import { waitForState } from '../test/helpers.js';

interface ChartImport {
  importChart(): Promise<unknown>;
}

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** The widget's class with its chart code held until `release()`; a new tag per widget and language. */
async function heldWidget(name: string, tag: string, lang: Locale): Promise<{ element: HTMLElement; release: () => void }> {
  await import(new URL(`../${name}.ts`, import.meta.url).href);
  const Base = customElements.get(tag) as unknown as { new (): HTMLElement };
  let release = (): void => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const baseImport = (Base.prototype as unknown as ChartImport).importChart;
  class Held extends Base {}
  (Held.prototype as unknown as ChartImport).importChart = function (this: ChartImport) {
    return gate.then(() => baseImport.call(this));
  };
  const heldTag = `held-${name}-${lang}`;
  customElements.define(heldTag, Held);
  const element = document.createElement(heldTag);
  element.lang = lang;
  const column = document.createElement('div');
  column.style.width = '640px';
  column.append(element);
  document.body.append(column);
  return { element, release };
}

afterEach(() => document.body.replaceChildren());

describe('a widget whose chart code arrives late', () => {
  for (const entry of WIDGET_CATALOGUE) {
    for (const lang of ['en', 'ar'] as const) {
      it(`${entry.name} (${lang}): nothing in it moves when the chart is drawn`, async () => {
        const { element, release } = await heldWidget(entry.name, entry.tag, lang);
        await nextFrame();
        await nextFrame();
        expect(element.getAttribute('state')).to.equal('loading');
        const shifts: string[] = [];
        const observer = new PerformanceObserver((list) => {
          for (const shift of list.getEntries() as (PerformanceEntry & { value: number; sources: { node: Node | null }[] })[]) {
            shifts.push(`${shift.value.toFixed(4)}: ${shift.sources.map((s) => s.node?.nodeName ?? '(removed)').join(', ')}`);
          }
        });
        observer.observe({ type: 'layout-shift' });
        release();
        await waitForState(element, 'ready');
        await nextFrame();
        await nextFrame();
        observer.disconnect();
        expect(shifts, 'layout shifts after the chart arrived').to.deep.equal([]);
      });
    }
  }
});
