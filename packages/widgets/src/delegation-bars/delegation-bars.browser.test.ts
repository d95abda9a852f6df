/**
 * The delegation bars as a reader meets them: the stated count drawn, named
 * above its bar and valued at its end; the count derived from an ambiguous
 * "four-fold" not drawn like a stated one — explained in the notes, and
 * drawn hatched as a derived reading only on request; mirrored for Arabic;
 * only the bar pieces of Chart.js registered.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
import '../delegation-bars.js';
import type { FactboxDelegationBars } from './delegation-bars.js';
import { chartOf } from '../test/chart-helpers.js';
import { mount, shadow, textOf, whenReady } from '../test/helpers.js';

afterEach(async () => {
  document.body.replaceChildren();
  await resetMouse();
});

async function bars(attributes = ''): Promise<FactboxDelegationBars> {
  const { element } = mount<FactboxDelegationBars>(`<factbox-delegation-bars ${attributes}></factbox-delegation-bars>`, 'width: 640px');
  await whenReady(element);
  return element;
}

const names = (element: Element): string[] => [...shadow(element).querySelectorAll('.bar-name')].map((n) => textOf(n));
const values = (element: Element): string[] => [...shadow(element).querySelectorAll('.bar-value')].map((n) => textOf(n));
const toggle = (element: Element): HTMLButtonElement => shadow(element).querySelector('button[aria-pressed]') as HTMLButtonElement;

describe('<factbox-delegation-bars>', () => {
  it('draws the stated count only, and says why the North Korea–China one is not drawn', async () => {
    const element = await bars();
    expect(chartOf<'bar'>(element).data.datasets[0]?.data).to.deep.equal([40]);
    expect(names(element)).to.deep.equal(['North Korea–Russia']);
    expect(values(element)).to.deep.equal(['40']);
    const notes = textOf(shadow(element).querySelector('[part="notes"]'));
    expect(notes).to.include(
      'North Korea–China: not drawn, because the source states no count, only “a four-fold increase in interaction between Pyongyang and Beijing”.',
    );
    const name = shadow(element).querySelector('[part="chart"]')?.getAttribute('aria-label') ?? '';
    expect(name).to.include('North Korea–Russia, 40');
    expect(name).to.include('North Korea–China, not drawn, because the source states no count');
    // The table still lists every row, the derived one labelled as such.
    const rows = [...shadow(element).querySelectorAll('tbody tr.values')].map((r) => textOf(r));
    expect(rows.length).to.equal(2);
    expect(rows[1]).to.include('derived reading, not stated');
    // Its number is never a bare figure like the stated 40: the basis sits in the same cell.
    const counts = [...shadow(element).querySelectorAll('tbody tr.values')].map((r) => textOf(r.querySelectorAll('td')[0] ?? null));
    expect(counts[0]).to.match(/40$/);
    expect(counts[1]).to.match(/10 \(derived reading, not stated\)$/);
  });

  it('draws the derived reading only on request: hatched, outlined, and labelled as not stated', async () => {
    const element = await bars();
    expect(toggle(element).getAttribute('aria-pressed')).to.equal('false');
    toggle(element).click();
    await waitUntil(() => chartOf<'bar'>(element).data.datasets[0]?.data.length === 2, 'the derived bar is drawn');
    const dataset = chartOf<'bar'>(element).data.datasets[0];
    const fills = dataset?.backgroundColor as unknown[];
    expect(typeof fills[0]).to.equal('string');
    expect(fills[1]).to.be.instanceOf(CanvasPattern);
    expect(dataset?.borderWidth).to.deep.equal([0, 2]);
    await waitUntil(() => values(element).length === 2, 'both bars are labelled');
    expect(values(element)[1]).to.include('(derived reading, not stated)');
    expect(toggle(element).getAttribute('aria-pressed')).to.equal('true');
    expect(textOf(shadow(element).querySelector('[part="notes"]'))).to.include(
      'North Korea–China: derived, not stated in the source (hatched)',
    );
  });

  it('names each bar above it and writes its value at its end, in the page (not on the canvas)', async () => {
    const element = await bars();
    const chart = chartOf<'bar'>(element);
    const canvas = chart.canvas.getBoundingClientRect();
    const bar = chart.getDatasetMeta(0).data[0]?.getProps(['x', 'y', 'base', 'height'], true) as {
      x: number;
      y: number;
      base: number;
      height: number;
    };
    const name = (shadow(element).querySelector('.bar-name') as HTMLElement).getBoundingClientRect();
    const value = (shadow(element).querySelector('.bar-value') as HTMLElement).getBoundingClientRect();
    expect(name.bottom).to.be.at.most(canvas.top + bar.y - bar.height / 2 + 1);
    expect(Math.abs(name.left - (canvas.left + bar.base))).to.be.lessThan(2);
    expect(value.left).to.be.at.least(canvas.left + bar.x);
    expect(value.right).to.be.at.most(canvas.right + 1);
  });

  it('opens the sentence behind a bar from its name, with the keyboard', async () => {
    const element = await bars();
    (shadow(element).querySelector('.bar-name button') as HTMLButtonElement).focus();
    await element.updateComplete;
    expect(textOf(shadow(element).querySelector('[part="quote"] blockquote'))).to.include(
      '40 diplomatic, economic, and military delegations',
    );
  });

  it('shows a tooltip with the quote at the bar under the pointer', async () => {
    const element = await bars();
    const chart = chartOf<'bar'>(element);
    const canvas = chart.canvas.getBoundingClientRect();
    const bar = chart.getDatasetMeta(0).data[0]?.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number };
    await sendMouse({ type: 'move', position: [Math.round(canvas.left + (bar.x + bar.base) / 2), Math.round(canvas.top + bar.y)] });
    await waitUntil(() => shadow(element).querySelector('[part="tooltip"]'), 'a tooltip appears');
    expect(textOf(shadow(element).querySelector('[part="tooltip"] blockquote'))).to.include(
      '40 diplomatic, economic, and military delegations',
    );
  });

  it('registers only the bar controller, bar element and two scales of Chart.js', async () => {
    await bars();
    expect(Chart.registry.getController('bar')).to.exist;
    expect(Chart.registry.getScale('category')).to.exist;
    expect(Chart.registry.getScale('linear')).to.exist;
    expect(() => Chart.registry.getController('doughnut')).to.throw();
    expect(() => Chart.registry.getPlugin('legend')).to.throw();
    expect(() => Chart.registry.getPlugin('tooltip')).to.throw();
  });

  it('in Arabic: bars grow from the right, Arabic names and Arabic-Indic values at their ends', async () => {
    const element = await bars('lang="ar"');
    const chart = chartOf<'bar'>(element);
    expect(chart.options.scales?.['x']?.reverse).to.equal(true);
    const bar = chart.getDatasetMeta(0).data[0]?.getProps(['x', 'base'], true) as { x: number; base: number };
    expect(bar.x).to.be.lessThan(bar.base);
    expect(names(element)).to.deep.equal(['كوريا الشمالية–روسيا']);
    expect(values(element)).to.deep.equal(['٤٠']);
    const canvas = chart.canvas.getBoundingClientRect();
    const value = (shadow(element).querySelector('.bar-value') as HTMLElement).getBoundingClientRect();
    expect(value.right).to.be.at.most(canvas.left + bar.x + 1);
  });
});
