/**
 * The trade-share pie as a reader meets it: the bound kept ("over 90%"), the
 * remainder labelled and marked derived, the quote behind every slice on
 * hover and on keyboard focus, right-to-left Arabic, and nothing from
 * Chart.js registered beyond what the doughnut needs.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
import { tradeShare, type TradeShareRow } from '@factbox/datasets';
import '../trade-share-pie.js';
import type { FactboxTradeSharePie } from './trade-share-pie.js';
import { chartOf } from '../test/chart-helpers.js';
import { mount, shadow, textOf, waitForState, whenReady, watchConsole } from '../test/helpers.js';

afterEach(async () => {
  document.body.replaceChildren();
  await resetMouse();
});

async function pie(attributes = ''): Promise<FactboxTradeSharePie> {
  const { element } = mount<FactboxTradeSharePie>(`<factbox-trade-share-pie ${attributes}></factbox-trade-share-pie>`, 'width: 600px');
  await whenReady(element);
  return element;
}

function legendTexts(element: Element): string[] {
  return [...shadow(element).querySelectorAll('[part="legend"] button')].map((b) => textOf(b));
}

describe('<factbox-trade-share-pie>', () => {
  it('keeps the bound: China is "over 90%", never a bare 90%, and the rest is "under 10%", derived', async () => {
    const element = await pie();
    expect(legendTexts(element)).to.deep.equal(['China over 90%', 'Rest of the world under 10% (derived)']);
    const name = shadow(element).querySelector('[part="chart"]')?.getAttribute('aria-label') ?? '';
    expect(name).to.include('China, over 90% (drawn at 90%, the lower bound)');
    expect(name).to.include('Rest of the world, under 10% (derived)');
    expect(shadow(element).querySelector('[part="chart"]')?.getAttribute('role')).to.equal('img');
  });

  it('says on screen that the slice is drawn at 90%, the lower bound of "over 90%"', async () => {
    const element = await pie();
    const notes = textOf(shadow(element).querySelector('[part="notes"]'));
    expect(notes).to.include('China: the source says “over 90%”; drawn at 90%, the lower bound.');
    expect(chartOf<'doughnut'>(element).data.datasets[0]?.data[0]).to.equal(90);
  });

  it('shows the period as the source gives it: none, as of the article’s date', async () => {
    const element = await pie();
    expect(textOf(shadow(element).querySelector('[part="subtitle"]'))).to.equal(
      'Share of total trade volume by partner; period not stated in the source (as of 20 November 2024)',
    );
  });

  it('draws the derived remainder hatched and outlined, the stated share solid, and says how it is derived', async () => {
    const element = await pie();
    const dataset = chartOf<'doughnut'>(element).data.datasets[0];
    const fills = dataset?.backgroundColor as unknown[];
    expect(typeof fills[0]).to.equal('string');
    expect(fills[1]).to.be.instanceOf(CanvasPattern);
    expect(dataset?.data).to.deep.equal([90, 10]);
    expect(shadow(element).querySelector('[part="legend"] .swatch.derived')).to.exist;
    const notes = textOf(shadow(element).querySelector('[part="notes"]'));
    expect(notes).to.include('Rest of the world: derived, not stated in the source (hatched)');
    expect(notes).to.include("100% minus China's share");
  });

  it('registers only the doughnut controller and arc element of Chart.js, no legend or tooltip plugin', async () => {
    await pie();
    expect(Chart.registry.getController('doughnut')).to.exist;
    expect(() => Chart.registry.getController('bar')).to.throw();
    expect(() => Chart.registry.getPlugin('legend')).to.throw();
    expect(() => Chart.registry.getPlugin('tooltip')).to.throw();
  });

  it('shows a tooltip with the quote at the slice under the pointer, and highlights the slice', async () => {
    const element = await pie();
    const chart = chartOf<'doughnut'>(element);
    const canvas = chart.canvas.getBoundingClientRect();
    const { x, y } = chart.getDatasetMeta(0).data[0]?.tooltipPosition(true) ?? { x: 0, y: 0 };
    await sendMouse({ type: 'move', position: [Math.round(canvas.left + (x ?? 0)), Math.round(canvas.top + (y ?? 0))] });
    await waitUntil(() => shadow(element).querySelector('[part="tooltip"]'), 'a tooltip appears');
    const tooltip = shadow(element).querySelector('[part="tooltip"]') as HTMLElement;
    expect(textOf(tooltip.querySelector('blockquote'))).to.include(
      'trade with China accounts for over 90% of North Korea’s total trade volume',
    );
    // At the slice: the tooltip's near corner is 12 px (0.75rem) beside the point it names, on whichever side keeps it in.
    const box = tooltip.getBoundingClientRect();
    const point = canvas.left + (x ?? 0);
    expect(Math.min(Math.abs(box.left + 12 - point), Math.abs(box.right - 12 - point))).to.be.lessThan(2);
    expect(chart.getActiveElements().map((a) => a.index)).to.deep.equal([0]);
    await sendMouse({ type: 'move', position: [0, 0] });
    await waitUntil(() => !shadow(element).querySelector('[part="tooltip"]'), 'the tooltip goes with the pointer');
  });

  it('opens an item’s details under the chart on keyboard focus, and highlights its slice', async () => {
    const { container } = mount<HTMLElement>(
      '<button id="start">start</button><factbox-trade-share-pie></factbox-trade-share-pie>',
      'width: 600px',
    );
    const element = container.querySelector('factbox-trade-share-pie') as FactboxTradeSharePie;
    await whenReady(element);
    const before = element.getBoundingClientRect().height;
    (container.querySelector('#start') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    await element.updateComplete;
    expect(textOf(shadow(element).activeElement)).to.equal('China over 90%');
    expect(shadow(element).activeElement?.getAttribute('aria-expanded')).to.equal('true');
    const panel = (): string => textOf(shadow(element).querySelector('[part="quote"]'));
    expect(panel()).to.include('accounts for over 90%');
    expect(panel()).to.include('drawn at 90%, the lower bound');
    expect(
      chartOf<'doughnut'>(element)
        .getActiveElements()
        .map((a) => a.index),
    ).to.deep.equal([0]);
    await sendKeys({ press: 'Tab' });
    await element.updateComplete;
    expect(textOf(shadow(element).activeElement)).to.equal('Rest of the world under 10% (derived)');
    expect(panel()).to.include('100% minus China');
    expect(panel()).to.include('FUTURE for Advanced Research and Studies');
    // The panel is in the flow: the widget grows to hold it, nothing is cut.
    expect(element.getBoundingClientRect().height).to.be.greaterThan(before);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(shadow(element).querySelector('[part="quote"]')).to.equal(null);
  });

  it('in Arabic: Arabic labels and digits, legend running right to left, quotes marked as English', async () => {
    const element = await pie('lang="ar"');
    // Intl may add an Arabic letter mark (U+061C) after the per-cent sign; what matters is the words and digits.
    expect(legendTexts(element).map((t) => t.replace(/\u061C/g, ''))).to.deep.equal(['الصين أكثر من ٩٠٪', 'بقية العالم أقل من ١٠٪ (مشتق)']);
    const swatch = shadow(element).querySelector('[part="legend"] .swatch') as HTMLElement;
    const label = shadow(element).querySelector('[part="legend"] bdi') as HTMLElement;
    expect(swatch.getBoundingClientRect().left).to.be.greaterThan(label.getBoundingClientRect().left);
    (shadow(element).querySelector('[part="legend"] button') as HTMLButtonElement).focus();
    await element.updateComplete;
    const blockquote = shadow(element).querySelector('[part="quote"] blockquote');
    expect(blockquote?.getAttribute('lang')).to.equal('en');
    expect(blockquote?.getAttribute('dir')).to.equal('ltr');
    expect(textOf(shadow(element).querySelector('[part="quote"]'))).to.include('بنص المصدر (بالإنجليزية)');
  });

  it('reads host colours into the canvas: --factbox-series-1 reaches the slice', async () => {
    const style = document.createElement('style');
    style.textContent = 'factbox-trade-share-pie { --factbox-series-1: #123456; }';
    document.head.append(style);
    try {
      const element = await pie('theme="light"');
      expect((chartOf<'doughnut'>(element).data.datasets[0]?.backgroundColor as unknown[])[0]).to.equal('#123456');
    } finally {
      style.remove();
    }
  });

  it('redraws in dark colours when the theme changes', async () => {
    const element = await pie('theme="light"');
    element.theme = 'dark';
    // Redrawing happens in a task of its own, after the update.
    await waitUntil(
      () => (chartOf<'doughnut'>(element).data.datasets[0]?.backgroundColor as unknown[])[0] === '#56b4e9',
      "the slice turns the dark theme's blue",
    );
  });

  it('draws without animation, so that it is complete at first paint and never moves for reduced-motion readers', async () => {
    const element = await pie();
    expect(chartOf<'doughnut'>(element).options.animation).to.equal(false);
  });

  it('adds an unstated remainder when user rows do not add up to 100%, labelled as not in the data', async () => {
    const { element } = mount<FactboxTradeSharePie>('<factbox-trade-share-pie></factbox-trade-share-pie>');
    element.data = [tradeShare[0] as TradeShareRow];
    await whenReady(element);
    expect(legendTexts(element)).to.deep.equal(['China over 90%', 'Not in the data 10% (derived)']);
  });

  it('rejects shares that add up to more than 100%, and rows that describe two different wholes', async () => {
    const watch = watchConsole();
    try {
      const china = tradeShare[0] as TradeShareRow;
      const over = mount<FactboxTradeSharePie>('<factbox-trade-share-pie></factbox-trade-share-pie>').element;
      over.data = [china, { ...china, id: 'other', partner: 'Russia', share_percent: 30, qualifier: 'exact' }];
      await waitForState(over, 'error');
      expect(textOf(shadow(over).querySelector('[role="alert"]'))).to.include('add up to at least 120%, more than 100%');
      const mixed = mount<FactboxTradeSharePie>('<factbox-trade-share-pie></factbox-trade-share-pie>').element;
      mixed.data = [china, { ...china, id: 'russia', economy: 'Russia', share_percent: 5 }];
      await waitForState(mixed, 'error');
      expect(textOf(shadow(mixed).querySelector('[role="alert"]'))).to.include('A pie shows one whole');
      expect(watch.uncaught).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });

  it('isolates hostile text: markup in labels is shown as text, never parsed', async () => {
    const china = tradeShare[0] as TradeShareRow;
    const { element } = mount<FactboxTradeSharePie>('<factbox-trade-share-pie></factbox-trade-share-pie>');
    element.data = [
      { ...china, partner: '<img src=x onerror="window.__pwned=1">\u202Eevil', quote: '</script><script>window.__pwned=2</script>' },
    ];
    await whenReady(element);
    expect(shadow(element).querySelector('img')).to.equal(null);
    expect(shadow(element).querySelector('script')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(legendTexts(element)[0]).to.include('<img src=x onerror="window.__pwned=1">');
    // The right-to-left override is isolated in a <bdi> so it cannot reorder the text around it.
    expect(shadow(element).querySelector('[part="legend"] button bdi')?.textContent).to.include('\u202E');
  });
});
