/**
 * The exercises map as a reader meets it: every placed area where it lies on the regional
 * map (Kursk in its inset), drawn dashed because it is approximate, reachable
 * by keyboard with a name, its quote on focus and hover; rows without a place
 * listed; Arabic names; redrawn to the container's size.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { exercises, type ExerciseRow } from '@factbox/datasets';
import '../exercises-map.js';
import type { FactboxExercisesMap } from './exercises-map.js';
import { mount, shadow, textOf, whenReady } from '../test/helpers.js';

afterEach(async () => {
  document.body.replaceChildren();
  await resetMouse();
});

async function map(attributes = '', width = 640): Promise<FactboxExercisesMap> {
  const { element } = mount<FactboxExercisesMap>(`<factbox-exercises-map ${attributes}></factbox-exercises-map>`, `width: ${width}px`);
  await whenReady(element);
  await element.updateComplete;
  return element;
}

function areas(element: Element): SVGGElement[] {
  return [...shadow(element).querySelectorAll<SVGGElement>('g.area')];
}

describe('<factbox-exercises-map>', () => {
  it('draws every placed area as a focusable, named SVG shape over a basemap; no canvas', async () => {
    const element = await map();
    expect(shadow(element).querySelector('canvas')).to.equal(null);
    expect(shadow(element).querySelectorAll('.land path').length).to.be.greaterThan(10);
    const names = areas(element).map((a) => a.getAttribute('aria-label'));
    expect(names).to.deep.equal([
      'Ocean 2024 — Sea of Japan, September 2024, Exercise, approximate area',
      'Ocean 2024 — Sea of Okhotsk, September 2024, Exercise, approximate area',
      "Northern/Interaction-2024 — China's southern coasts, July 2024, Exercise, approximate area",
      'North Korean troops in Russia — Kursk region, Russia, by 20 November 2024, Deployment, approximate area',
    ]);
    for (const area of areas(element)) {
      expect(area.getAttribute('role')).to.equal('button');
      expect(area.getAttribute('tabindex')).to.equal('0');
    }
    expect(shadow(element).querySelector('[part="chart"]')?.getAttribute('role')).to.equal('group');
  });

  it('draws approximate areas dashed, and exercises and deployments with different shapes', async () => {
    const element = await map();
    for (const outline of shadow(element).querySelectorAll('.area .outline')) {
      expect(getComputedStyle(outline).strokeDasharray).not.to.equal('none');
    }
    expect(shadow(element).querySelector('.area.exercise circle.marker')).to.exist;
    expect(shadow(element).querySelector('.area.deployment path.marker')).to.exist;
    expect(textOf(shadow(element).querySelector('.key'))).to.include('approximate area');
    expect(textOf(shadow(element).querySelector('[part="notes"]'))).to.include(
      'Areas are approximate: the editors drew each circle from the words of the source',
    );
  });

  it('puts Kursk in the inset, inside its frame', async () => {
    const element = await map();
    const frame = shadow(element).querySelector('.inset-frame')?.getBoundingClientRect() as DOMRect;
    const marker = shadow(element).querySelector('.area.deployment .marker')?.getBoundingClientRect() as DOMRect;
    expect(marker.left).to.be.greaterThan(frame.left);
    expect(marker.right).to.be.lessThan(frame.right);
    expect(marker.top).to.be.greaterThan(frame.top);
    expect(marker.bottom).to.be.lessThan(frame.bottom);
  });

  it('places areas as they lie on the globe (north up, east right), and keeps land inside its frames', async () => {
    const element = await map();
    const [japanSea, okhotsk, southChina] = areas(element).map((a) => a.querySelector('.marker')?.getBoundingClientRect() as DOMRect);
    // Sea of Okhotsk (149.5°E, 53°N) is north-east of the Sea of Japan (135°E, 40.5°N); China's southern coasts (112.5°E, 20.5°N) south-west.
    expect(okhotsk!.x).to.be.greaterThan(japanSea!.x);
    expect(okhotsk!.y).to.be.lessThan(japanSea!.y);
    expect(southChina!.x).to.be.lessThan(japanSea!.x);
    expect(southChina!.y).to.be.greaterThan(japanSea!.y);
    const within = (inner: DOMRect, outer: DOMRect): boolean =>
      inner.left >= outer.left - 1 && inner.right <= outer.right + 1 && inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1;
    const svgBox = shadow(element).querySelector('svg')?.getBoundingClientRect() as DOMRect;
    const mainLand = [...shadow(element).querySelectorAll('svg > .land path')];
    expect(mainLand.length).to.be.greaterThan(10);
    for (const path of mainLand) expect(within(path.getBoundingClientRect(), svgBox), 'main land clipped to the map').to.equal(true);
    // East of Japan, above the inset, is open Pacific: a country drawn inside out would cover it.
    const atSea = shadow(element).elementsFromPoint(svgBox.left + svgBox.width * 0.93, svgBox.top + svgBox.height * 0.45);
    expect(
      atSea.some((e) => e.classList.contains('sea')),
      'the sea is there',
    ).to.equal(true);
    expect(
      atSea.some((e) => e.closest('.land')),
      'no land over the open Pacific',
    ).to.equal(false);
    const frame = shadow(element).querySelector('.inset-frame')?.getBoundingClientRect() as DOMRect;
    const insetLand = [...shadow(element).querySelectorAll('.inset .land path')].filter((p) => p.getAttribute('d'));
    expect(insetLand.length).to.be.greaterThan(1);
    for (const path of insetLand) expect(within(path.getBoundingClientRect(), frame), 'inset land clipped to the inset').to.equal(true);
  });

  it('lists rows without a place under the map, reachable and with their quote', async () => {
    const element = await map();
    const unplaced = shadow(element).querySelector('.unplaced');
    expect(textOf(unplaced)).to.include('Joint air drills, by 20 November 2024 (location not stated)');
    (unplaced?.querySelector('button') as HTMLButtonElement).focus();
    await element.updateComplete;
    expect(textOf(shadow(element).querySelector('[part="quote"] blockquote'))).to.include('South Korea conducted joint air drills');
  });

  it('moves through the areas with Tab, showing each one’s quote, and selects with Enter', async () => {
    const { container } = mount<HTMLElement>(
      '<button id="start">start</button><factbox-exercises-map></factbox-exercises-map>',
      'width: 640px',
    );
    const element = container.querySelector('factbox-exercises-map') as FactboxExercisesMap;
    await whenReady(element);
    await element.updateComplete;
    (container.querySelector('#start') as HTMLButtonElement).focus();
    const quotes: string[] = [];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      await element.updateComplete;
      expect(shadow(element).activeElement?.classList.contains('area')).to.equal(true);
      quotes.push(textOf(shadow(element).querySelector('[part="quote"] blockquote')));
    }
    expect(quotes[0]).to.include('Ocean 2024 strategic exercise');
    expect(quotes[2]).to.include('Northern/ Interaction-2024');
    expect(quotes[3]).to.include('Kursk region');
    // Escape closes the details; Enter on the focused area opens them again.
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(shadow(element).querySelector('[part="quote"]')).to.equal(null);
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(shadow(element).activeElement?.classList.contains('selected')).to.equal(true);
    expect(shadow(element).activeElement?.getAttribute('aria-expanded')).to.equal('true');
    expect(textOf(shadow(element).querySelector('[part="quote"] blockquote'))).to.include('Kursk region');
  });

  it('shows a tooltip with an area’s quote at the area under the pointer', async () => {
    const element = await map();
    const marker = shadow(element).querySelector('.area.exercise .marker')?.getBoundingClientRect() as DOMRect;
    await sendMouse({ type: 'move', position: [Math.round(marker.left + marker.width / 2), Math.round(marker.top + marker.height / 2)] });
    await waitUntil(() => shadow(element).querySelector('[part="tooltip"]'), 'a tooltip appears');
    expect(textOf(shadow(element).querySelector('[part="tooltip"] blockquote'))).to.include('Ocean 2024');
    expect(shadow(element).querySelector('.area.active')).to.exist;
  });

  for (const [lang, width] of [
    ['en', 640],
    ['en', 343],
    ['ar', 640],
    ['ar', 343],
  ] as const) {
    it(`names the places the story is about, labels each area outside its circle, keeps inset labels in the inset (${lang}, ${width} px)`, async () => {
      const element = await map(`lang="${lang}"`, width);
      const names = [...shadow(element).querySelectorAll('.names text')].map((t) => textOf(t));
      const wanted =
        lang === 'en'
          ? ['North Korea', 'South Korea', 'Japan', 'China', 'Russia', 'Ukraine']
          : ['كوريا الشمالية', 'كوريا الجنوبية', 'اليابان', 'الصين', 'روسيا', 'أوكرانيا'];
      for (const name of wanted) expect(names, `${name} is named`).to.include(name);
      // Each Ocean 2024 area is named by its sea.
      const labels = [...shadow(element).querySelectorAll('.area-label')].map((t) => textOf(t));
      const seas = lang === 'en' ? ['Sea of Japan', 'Sea of Okhotsk'] : ['بحر اليابان', 'بحر أوخوتسك'];
      for (const sea of seas)
        expect(
          labels.some((l) => l.includes(sea)),
          `${sea} named`,
        ).to.equal(true);
      // Labels lie outside the circles they name, and at least 11 px tall.
      const circles = [...shadow(element).querySelectorAll('.area .outline')].map((o) => o.getBoundingClientRect());
      [...shadow(element).querySelectorAll('.area-label')].forEach((label, index) => {
        const box = label.getBoundingClientRect();
        const circle = circles[index] as DOMRect;
        const [cx, cy, r] = [circle.left + circle.width / 2, circle.top + circle.height / 2, Math.min(circle.width, circle.height) / 2];
        const nearestX = Math.max(box.left, Math.min(cx, box.right));
        const nearestY = Math.max(box.top, Math.min(cy, box.bottom));
        expect(Math.hypot(nearestX - cx, nearestY - cy), `${textOf(label)} outside its circle`).to.be.at.least(r - 1);
        expect(parseFloat(getComputedStyle(label).fontSize)).to.be.at.least(11);
      });
      const inset = (shadow(element).querySelector('.inset-frame') as SVGRectElement).getBoundingClientRect();
      for (const text of shadow(element).querySelectorAll('.inset text')) {
        const box = text.getBoundingClientRect();
        expect(
          box.left >= inset.left - 1 && box.right <= inset.right + 1 && box.top >= inset.top - 1 && box.bottom <= inset.bottom + 1,
          `${textOf(text)} inside the inset`,
        ).to.equal(true);
      }
      expect(shadow(element).querySelector('.locator .locator-inset'), 'a locator shows where the inset is').to.exist;
      // A name that wraps is bold on each of its lines: only the place and the date are set lighter.
      for (const label of shadow(element).querySelectorAll('.area-label')) {
        const bold = [...label.querySelectorAll('tspan')].filter((line) => Number(getComputedStyle(line).fontWeight) >= 600);
        const joined = (texts: readonly (string | null)[]): string => texts.join('').replace(/\s+/g, '');
        expect(joined(bold.map((line) => line.textContent)), `the bold lines of "${textOf(label)}" are its whole name`).to.be.oneOf(
          (lang === 'en'
            ? ['Ocean 2024', 'Northern/Interaction-2024', 'North Korean troops in Russia']
            : ['المحيط ٢٠٢٤', 'الشمال/التفاعل-٢٠٢٤', 'قوات كورية شمالية في روسيا']
          ).map((name) => joined([name])),
        );
      }
      // One digit system per label: Arabic labels have no Latin digits.
      if (lang === 'ar') for (const text of shadow(element).querySelectorAll('.chart svg text')) expect(textOf(text)).not.to.match(/[0-9]/);
    });
  }

  it('in Arabic: Arabic country and area names, Arabic dates; geography is not mirrored', async () => {
    const element = await map('lang="ar"');
    const labels = [...shadow(element).querySelectorAll('.names text')].map((t) => textOf(t));
    expect(labels).to.include('الصين');
    expect(labels.every((l) => /^[\u0600-\u06FF ]+$/.test(l))).to.equal(true);
    const areaLabels = [...shadow(element).querySelectorAll('.area-label')].map((t) => textOf(t));
    expect(areaLabels.join(' ')).to.include('المحيط ٢٠٢٤');
    expect(areaLabels.join(' ')).to.include('سبتمبر ٢٠٢٤');
    // The Sea of Okhotsk is still east of China.
    const china = [...shadow(element).querySelectorAll('.names text')]
      .find((t) => textOf(t) === 'الصين')
      ?.getBoundingClientRect() as DOMRect;
    const okhotsk = areas(element)[1]?.querySelector('.marker')?.getBoundingClientRect() as DOMRect;
    expect(okhotsk.left).to.be.greaterThan(china.right);
  });

  it('redraws to the size of its container', async () => {
    const element = await map('', 640);
    const svg = (): SVGSVGElement => shadow(element).querySelector('.chart svg') as SVGSVGElement;
    const chart = shadow(element).querySelector('.chart') as HTMLElement;
    expect(svg().getAttribute('width')).to.equal(String(Math.round(chart.getBoundingClientRect().width)));
    (element.parentElement as HTMLElement).style.width = '360px';
    await aTimeout(100);
    await element.updateComplete;
    expect(svg().getAttribute('width')).to.equal(String(Math.round(chart.getBoundingClientRect().width)));
    expect(Number(svg().getAttribute('width'))).to.be.lessThan(360);
  });

  it('lists user rows that fall outside both maps instead of drawing them off-screen', async () => {
    const { element } = mount<FactboxExercisesMap>('<factbox-exercises-map></factbox-exercises-map>', 'width: 640px');
    element.data = [
      ...exercises,
      { ...(exercises[0] as ExerciseRow), id: 'atlantic', name: 'Atlantic drill', longitude: -30, latitude: 40 },
    ];
    await whenReady(element);
    await element.updateComplete;
    expect(textOf(shadow(element).querySelector('.unplaced'))).to.include(
      'Atlantic drill — Sea of Japan, September 2024 (outside the map)',
    );
    expect(areas(element).length).to.equal(4);
  });
});
