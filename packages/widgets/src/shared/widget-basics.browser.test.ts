/**
 * What every widget owes its readers, checked on all of them in a real
 * Chromium: events, the data table, the source line, axe, languages and
 * direction, themes, sizing, the keyboard, and moving in the page.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
import '../trade-share-pie.js';
import '../delegation-bars.js';
import '../exercises-map.js';
import '../events-timeline.js';
import '../key-figures.js';
import { CASES, type WidgetCase } from '../test/cases.js';
import { mount, shadow, textOf, whenReady, watchConsole, type AnyWidget } from '../test/helpers.js';

const cleanups: (() => void)[] = [];
afterEach(async () => {
  while (cleanups.length) cleanups.pop()?.();
  document.body.replaceChildren();
  await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
});

function place(c: WidgetCase, attributes = '', containerStyle = 'width: 640px'): { element: AnyWidget; container: HTMLElement } {
  return mount<AnyWidget>(`<${c.tag} ${attributes}></${c.tag}>`, containerStyle);
}

function frameOf(element: Element): HTMLElement {
  return shadow(element).querySelector('.frame') as HTMLElement;
}

for (const c of CASES) {
  describe(`<${c.tag}>`, () => {
    it('shows its built-in rows, says it is ready, and fires factbox-ready once (bubbling, composed)', async () => {
      const events: CustomEvent[] = [];
      const listener = (event: Event): void => {
        events.push(event as CustomEvent);
      };
      document.addEventListener('factbox-ready', listener);
      cleanups.push(() => document.removeEventListener('factbox-ready', listener));
      const { element } = place(c);
      expect(element.getAttribute('state')).to.equal('loading');
      await whenReady(element);
      await aTimeout(50);
      expect(events.length).to.equal(1);
      expect(events[0]?.bubbles).to.equal(true);
      expect(events[0]?.composed).to.equal(true);
      expect((events[0]?.detail as { rowCount: number }).rowCount).to.equal(c.rows.length);
      expect(textOf(shadow(element).querySelector('[part="heading"]'))).to.equal(c.englishHeading);
    });

    it('has a real data table with a caption, column headers and one row per item', async () => {
      const { element } = place(c);
      await whenReady(element);
      const table = shadow(element).querySelector('table') as HTMLTableElement;
      expect(table).to.exist;
      expect(textOf(table.caption)).to.equal(c.englishHeading);
      expect(table.tHead?.querySelectorAll('th[scope="col"]').length).to.be.greaterThan(2);
      expect(table.tBodies[0]?.querySelectorAll('tr.values').length).to.equal(c.items);
      // Every quote, as the table shows it (a quote's paragraph break is white space like any other).
      for (const row of c.rows) expect(textOf(table)).to.include(String(row['quote']).replace(/\s+/g, ' '));
    });

    it('shows its source line: publisher, date and the details of the document', async () => {
      const { element } = place(c);
      await whenReady(element);
      const source = shadow(element).querySelector('[part="source"]');
      expect(textOf(source)).to.include('FUTURE for Advanced Research and Studies');
      expect(textOf(source)).to.include('20 November 2024');
      const summary = source?.querySelector('summary') as HTMLElement;
      summary.click();
      expect(textOf(source?.querySelector('dl'))).to.include('original address not known');
      // And a link to the published metadata of the sources.
      const link = source?.querySelector('details a[href$="/data/sources.json"]') as HTMLAnchorElement;
      expect(link.href).to.match(/^https:\/\/cdn\.jsdelivr\.net\/npm\/@factbox\/datasets@\d+\.\d+\.\d+[^/]*\/data\/sources\.json$/);
    });

    for (const lang of ['en', 'ar'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        it(`passes axe with no violations in ${lang}, ${theme}`, async () => {
          const { element } = place(c, `lang="${lang}" theme="${theme}"`);
          await whenReady(element);
          await expect(element).to.be.accessible();
          // The table view too: it is part of what readers can reach.
          (shadow(element).querySelector('button.table-toggle') as HTMLButtonElement).click();
          await element.updateComplete;
          await expect(element).to.be.accessible();
        });
      }
    }

    it('in Arabic lays out right to left, with an Arabic heading and Arabic-Indic digits', async () => {
      const { element } = place(c, 'lang="ar"');
      await whenReady(element);
      const frame = frameOf(element);
      expect(frame.getAttribute('dir')).to.equal('rtl');
      expect(frame.getAttribute('lang')).to.equal('ar');
      expect(getComputedStyle(frame).direction).to.equal('rtl');
      expect(textOf(shadow(element).querySelector('[part="heading"]'))).to.equal(c.arabicHeading);
      // What a reader sees (innerText leaves out the closed "About the source" details).
      const visible = (shadow(element).querySelector('[part="source"]') as HTMLElement).innerText;
      expect(visible).to.include('٢٠ نوفمبر ٢٠٢٤');
      expect(visible).not.to.include('2024');
      // The heading starts at the right edge of the frame.
      const heading = shadow(element).querySelector('[part="heading"] bdi') as HTMLElement;
      expect(frame.getBoundingClientRect().right - heading.getBoundingClientRect().right).to.be.lessThan(24);
    });

    it("tells a reader about each source in the reader's language, without the curators' file notes", async () => {
      for (const [lang, languageName] of [
        ['en', 'English'],
        ['ar', 'الإنجليزية'],
      ] as const) {
        const { element, container } = place(c, `lang="${lang}"`);
        await whenReady(element);
        for (const details of shadow(element).querySelectorAll<HTMLDetailsElement>('[part="source"] details')) details.open = true;
        await element.updateComplete;
        const about = (shadow(element).querySelector('[part="source"]') as HTMLElement).innerText;
        expect(about, lang).to.include(languageName);
        expect(about, lang).not.to.match(/The file starts|Byline block|January 5, 2024|نوفمبر، 2024/);
        container.remove();
      }
    });

    it('takes its language from the nearest lang on the page when it has none', async () => {
      const { element } = mount<AnyWidget>(`<section lang="ar-EG"><div><${c.tag}></${c.tag}></div></section>`);
      const widget = element.querySelector(c.tag) as AnyWidget;
      await whenReady(widget);
      expect(frameOf(widget).getAttribute('lang')).to.equal('ar');
    });

    it('falls back from an unknown lang to the page language with one console warning', async () => {
      const watch = watchConsole();
      cleanups.push(watch.stop);
      const { element } = place(c, 'lang="xx-bogus"');
      await whenReady(element);
      expect(frameOf(element).getAttribute('lang')).to.equal('en');
      expect(watch.warnings.filter((w) => w.includes('xx-bogus')).length).to.equal(1);
      expect(watch.uncaught).to.deep.equal([]);
    });

    it('follows theme="dark", theme="light" and, by default, the reader’s colour scheme', async () => {
      const dark = place(c, 'theme="dark"').element;
      const light = place(c, 'theme="light"').element;
      const auto = place(c).element;
      for (const e of [dark, light, auto]) await whenReady(e);
      const background = (e: Element): string => getComputedStyle(frameOf(e)).backgroundColor;
      expect(background(dark)).to.equal('rgb(21, 24, 28)');
      expect(background(light)).to.equal('rgb(255, 255, 255)');
      expect(background(auto)).to.equal('rgb(255, 255, 255)');
      await emulateMedia({ colorScheme: 'dark' });
      expect(background(auto)).to.equal('rgb(21, 24, 28)');
      expect(background(light)).to.equal('rgb(255, 255, 255)');
    });

    it('treats an unknown theme as auto, with one console warning', async () => {
      const watch = watchConsole();
      cleanups.push(watch.stop);
      const { element } = place(c, 'theme="neon"');
      await whenReady(element);
      expect(getComputedStyle(frameOf(element)).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(watch.warnings.filter((w) => w.includes('neon')).length).to.equal(1);
    });

    it('is themable from outside with custom properties and ::part', async () => {
      const style = document.createElement('style');
      style.textContent = `${c.tag} { --factbox-background: rgb(1, 2, 3); --factbox-text: rgb(250, 250, 250); } ${c.tag}::part(heading) { letter-spacing: 3px; }`;
      document.head.append(style);
      cleanups.push(() => style.remove());
      const { element } = place(c, 'theme="light"');
      await whenReady(element);
      expect(getComputedStyle(frameOf(element)).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(shadow(element).querySelector('[part="heading"]') as Element).letterSpacing).to.equal('3px');
    });

    it('fills its container’s width and keeps the same height, its language’s reserve, from first render to ready', async () => {
      for (const [width, lang, reserved] of [
        [320, 'en', c.height.en.narrow],
        [680, 'en', c.height.en.wide],
        [320, 'ar', c.height.ar.narrow],
        [680, 'ar', c.height.ar.wide],
      ] as const) {
        const { element } = place(c, `lang="${lang}"`, `width: ${width}px`);
        await element.updateComplete;
        const before = element.getBoundingClientRect();
        await whenReady(element);
        const after = element.getBoundingClientRect();
        expect(after.width).to.equal(width);
        expect(frameOf(element).getBoundingClientRect().width).to.equal(width);
        expect(before.height, `${width} px wide, first render`).to.equal(reserved);
        expect(after.height, `${width} px wide, ready`).to.equal(before.height);
      }
    });

    it('honours prefers-reduced-motion: no transitions', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const { element } = place(c);
      await whenReady(element);
      const button = shadow(element).querySelector('.button') as HTMLElement;
      expect(getComputedStyle(button).transitionDuration).to.equal('0s');
    });

    it('switches to a visible table and back from the keyboard', async () => {
      const { element } = place(c);
      await whenReady(element);
      const toggle = shadow(element).querySelector('button.table-toggle') as HTMLButtonElement;
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(textOf(toggle)).to.equal('Show chart');
      const region = shadow(element).querySelector(`[role="region"][aria-label="Data table: ${c.englishHeading}"]`) as HTMLElement;
      expect(region.classList.contains('visually-hidden')).to.equal(false);
      expect(region.getBoundingClientRect().height).to.be.greaterThan(50);
      expect((shadow(element).querySelector('.chart-area') as HTMLElement).hidden).to.equal(true);
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(textOf(toggle)).to.equal('Show table');
      expect((shadow(element).querySelector('.chart-area') as HTMLElement).hidden).to.equal(false);
    });

    it("draws its chart again when moved to another place in the page, to that place's size", async () => {
      const { element } = place(c);
      await whenReady(element);
      // A canvas chart (Chart.js), an SVG map, or a chart the template renders (key figures' cards): drawn, not the placeholder.
      const drawn = (): boolean => {
        const canvas = shadow(element).querySelector('.chart canvas') as HTMLCanvasElement | null;
        if (canvas) return Chart.getChart(canvas) !== undefined;
        if (shadow(element).querySelector('.chart svg')) return shadow(element).querySelectorAll('.chart svg .land path').length > 0;
        return shadow(element).querySelector('.chart > :not(.chart-placeholder):not([part="tooltip"])') !== null;
      };
      expect(drawn()).to.equal(true);
      const elsewhere = document.createElement('section');
      document.body.append(elsewhere);
      elsewhere.append(element);
      await waitUntil(drawn, 'the chart is drawn again');
      expect(element.getAttribute('state')).to.equal('ready');
      // And there it still follows its container's size.
      const drawnWidth = (): number => {
        const canvas = shadow(element).querySelector('.chart canvas') as HTMLCanvasElement | null;
        if (canvas) return Chart.getChart(canvas)?.width ?? 0;
        const svg = shadow(element).querySelector('.chart svg');
        if (svg) return Number(svg.getAttribute('width'));
        return (
          (shadow(element).querySelector('.chart > :not(.chart-placeholder)') as HTMLElement | null)?.getBoundingClientRect().width ?? 0
        );
      };
      elsewhere.style.width = '300px';
      await waitUntil(() => drawnWidth() > 0 && drawnWidth() <= 300, "the chart is drawn to its new container's width");
    });

    it('keeps its state attribute its own: a value written from outside is put back', async () => {
      const { element } = place(c);
      await whenReady(element);
      element.setAttribute('state', 'error');
      expect(element.getAttribute('state')).to.equal('ready');
      expect((element as unknown as { state: string }).state).to.equal('ready');
    });
  });
}

describe('keyboard path through a page of widgets', () => {
  it('reaches every interactive control in order, without traps', async () => {
    const { container } = mount<HTMLElement>(
      '<button id="before">before</button><factbox-trade-share-pie></factbox-trade-share-pie><button id="after">after</button>',
    );
    const widget = container.querySelector('factbox-trade-share-pie') as AnyWidget;
    await whenReady(widget);
    (container.querySelector('#before') as HTMLButtonElement).focus();
    const visited: string[] = [];
    for (let i = 0; i < 12 && document.activeElement?.id !== 'after'; i++) {
      await sendKeys({ press: 'Tab' });
      const active = widget.shadowRoot?.activeElement ?? document.activeElement;
      visited.push(textOf(active).slice(0, 30) || (active?.getAttribute('aria-label') ?? active?.localName ?? ''));
    }
    expect(document.activeElement?.id).to.equal('after');
    expect(visited.some((v) => v.startsWith('China'))).to.equal(true);
    expect(visited.some((v) => v.startsWith('Rest of the world'))).to.equal(true);
    expect(visited).to.include('Show table');
    expect(visited).to.include('Get the data');
  });
});
