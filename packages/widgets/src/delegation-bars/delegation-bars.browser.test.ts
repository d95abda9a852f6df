/**
 * The delegation bars as a reader meets them: stated counts solid, the count
 * derived from "four-fold" hatched, outlined, in the key and explained with
 * the sentence behind it; mirrored for Arabic; only the bar pieces of
 * Chart.js registered.
 */
import { expect } from '@open-wc/testing';
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

describe('<factbox-delegation-bars>', () => {
  it('shows the stated count and the derived one, told apart in words', async () => {
    const element = await bars();
    const items = [...shadow(element).querySelectorAll('[part="legend"] button')].map((b) => textOf(b));
    expect(items).to.deep.equal(['North Korea–Russia: 40', 'North Korea–China: around 10 (derived)']);
    const name = shadow(element).querySelector('[part="chart"]')?.getAttribute('aria-label') ?? '';
    expect(name).to.equal('Bar chart of delegations exchanged: North Korea–Russia, 40; North Korea–China, around 10 (derived).');
    expect(textOf(shadow(element).querySelector('[part="subtitle"]'))).to.equal('In 2024 alone (1 January 2024 – 20 November 2024)');
  });

  it('draws the derived bar hatched with an outline, the stated bar solid', async () => {
    const element = await bars();
    const dataset = chartOf<'bar'>(element).data.datasets[0];
    const fills = dataset?.backgroundColor as unknown[];
    expect(typeof fills[0]).to.equal('string');
    expect(fills[1]).to.be.instanceOf(CanvasPattern);
    expect(dataset?.borderWidth).to.deep.equal([0, 2]);
    expect(dataset?.data).to.deep.equal([40, 10]);
  });

  it('gives the sentence behind the derived count as a footnote, and on focus', async () => {
    const element = await bars();
    const footnote = textOf(shadow(element).querySelector('[part="quote"]'));
    expect(footnote).to.include('North Korea–China (derived):');
    expect(footnote).to.include('40 ÷ 4 = 10');
    (shadow(element).querySelectorAll('[part="legend"] button')[1] as HTMLButtonElement).focus();
    await element.updateComplete;
    expect(textOf(shadow(element).querySelector('[part="quote"] blockquote'))).to.include('a four-fold increase in interaction between Pyongyang and Beijing');
  });

  it('shows the quote behind a bar under the pointer', async () => {
    const element = await bars();
    const chart = chartOf<'bar'>(element);
    const canvas = chart.canvas.getBoundingClientRect();
    const bar = chart.getDatasetMeta(0).data[0]?.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number };
    await sendMouse({ type: 'move', position: [Math.round(canvas.left + (bar.x + bar.base) / 2), Math.round(canvas.top + bar.y)] });
    await element.updateComplete;
    expect(textOf(shadow(element).querySelector('[part="quote"] blockquote'))).to.include('40 diplomatic, economic, and military delegations');
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

  it('in Arabic: bars grow from the right, Arabic names, Arabic-Indic tick labels', async () => {
    const element = await bars('lang="ar"');
    const chart = chartOf<'bar'>(element);
    expect(chart.options.scales?.['x']?.reverse).to.equal(true);
    const bar = chart.getDatasetMeta(0).data[0]?.getProps(['x', 'base'], true) as { x: number; base: number };
    expect(bar.x).to.be.lessThan(bar.base);
    const ticks = chart.scales['x']?.ticks.map((t) => chart.scales['x']?.getLabelForValue(t.value)) ?? [];
    expect(chart.scales['x']?.getTicks().length).to.be.greaterThan(2);
    expect(ticks.length).to.be.greaterThan(2);
    const labels = (chart.scales['x'] as unknown as { _labelItems?: { label: string }[] })._labelItems?.map((l) => l.label) ?? [];
    expect(labels.join(' ')).to.match(/[٠-٩]/);
    expect(chart.data.labels).to.deep.equal(['كوريا الشمالية–روسيا', 'كوريا الشمالية–الصين']);
  });
});
