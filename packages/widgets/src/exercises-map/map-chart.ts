/**
 * The exercises map as Lit-rendered SVG: d3-geo projects a regional basemap
 * (clipped and simplified at build time) and the approximate areas; labels
 * are placed by map-layout.ts. Loaded only when the widget nears the
 * viewport. SVG rather than canvas: every area is a focusable element with a
 * name, and text stays crisp and measurable at any size.
 */
import { svg, nothing, type SVGTemplateResult } from 'lit';
import { LINE_HEIGHT, type MeasureText } from './label-layout.js';
import { layoutMap, type MapLayout, type PlacedArea, type PlacedName, type RegionLayout } from './map-layout.js';
import type { MapArea, MapInput, MapWords } from './map-types.js';

/** Label widths measured once per text, size and font: a hover never measures again. */
const widths = new Map<string, number>();
let context: CanvasRenderingContext2D | null | undefined;
function measurer(fontFamily: string): MeasureText {
  return (text, fontSize) => {
    const key = `${fontSize}|${fontFamily}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      context ??= document.createElement('canvas').getContext('2d');
      if (context) context.font = `700 ${fontSize}px ${fontFamily}`;
      // Bold, to be safe: a label measured too wide only keeps a little more room.
      width = context ? context.measureText(text).width : text.length * fontSize * 0.62;
      if (widths.size > 2000) widths.clear();
      widths.set(key, width);
    }
    return width;
  };
}

let last: { readonly key: string; readonly areas: readonly MapArea[]; readonly words: MapWords; readonly layout: MapLayout } | null = null;
/** The layout for these areas, size, words and font: computed once, reused on every hover and focus. */
function layoutFor(input: MapInput): MapLayout {
  const key = `${input.width}x${input.height}|${input.fontFamily}`;
  if (last && last.key === key && last.areas === input.areas && last.words === input.words) return last.layout;
  const layout = layoutMap({
    width: input.width,
    height: input.height,
    areas: input.areas,
    words: input.words,
    measure: measurer(input.fontFamily),
  });
  last = { key, areas: input.areas, words: input.words, layout };
  return layout;
}

function lines(
  label: { cx: number; cy: number },
  texts: readonly string[],
  fontSize: number,
  lineClass: (index: number) => string,
): SVGTemplateResult {
  const lineHeight = fontSize * LINE_HEIGHT;
  const top = label.cy - (lineHeight * (texts.length - 1)) / 2;
  // A space between lines, so that the text reads "North Korea", not "NorthKorea", when copied or read out.
  return svg`${texts.map((text, i) => svg`${i > 0 ? ' ' : ''}<tspan class=${lineClass(i)} x=${label.cx} y=${top + i * lineHeight}>${text}</tspan>`)}`;
}

function nameLayer(names: readonly PlacedName[], fontSize: number): SVGTemplateResult {
  return svg`<g class="names" aria-hidden="true" font-size=${fontSize}>
    ${names.map(
      (
        n,
      ) => svg`${n.label.leader ? svg`<line class="leader" x1=${n.label.leader[0]} y1=${n.label.leader[1]} x2=${n.label.leader[2]} y2=${n.label.leader[3]}></line>` : nothing}
      <text class=${n.sea ? 'sea-name' : 'country-name'} text-anchor="middle" dominant-baseline="central">${lines(n.label, n.lines, fontSize, () => '')}</text>`,
    )}
  </g>`;
}

function areaLayer(areas: readonly PlacedArea[], input: MapInput, fontSize: number, names: SVGTemplateResult): SVGTemplateResult {
  const state = (key: string): string => `${input.activeKey === key ? 'active' : ''} ${input.selectedKey === key ? 'selected' : ''}`;
  return svg`
    ${areas.map(
      ({ area, outline, centre: [x, y] }) => svg`
      <g class="area ${area.kind} ${state(area.key)}" tabindex="0" role="button" aria-label=${area.description} aria-expanded=${input.selectedKey === area.key ? 'true' : 'false'} aria-controls="panel"
        @focus=${() => input.select(area.key)} @click=${() => input.select(area.key)}
        @mouseenter=${() => input.hover(area.key)} @mouseleave=${() => input.hover(null)}
        @keydown=${(event: KeyboardEvent) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            input.select(area.key);
          }
        }}>
        <path class="outline" d=${outline}></path>
        ${
          area.kind === 'deployment'
            ? svg`<path class="marker" d=${`M${x},${y - 7}L${x + 6.5},${y + 5}L${x - 6.5},${y + 5}Z`}></path>`
            : svg`<circle class="marker" cx=${x} cy=${y} r="5"></circle>`
        }
      </g>`,
    )}
    ${names}
    <g class="area-labels" aria-hidden="true" font-size=${fontSize}>
      ${areas.map(({ area, label, lines: texts, nameLines }) =>
        !label
          ? nothing
          : svg`
        ${label.leader ? svg`<line class="leader" x1=${label.leader[0]} y1=${label.leader[1]} x2=${label.leader[2]} y2=${label.leader[3]}></line>` : nothing}
        <text class="area-label ${state(area.key)}" text-anchor="middle" dominant-baseline="central"
          @mouseenter=${() => input.hover(area.key)} @mouseleave=${() => input.hover(null)} @click=${() => input.select(area.key)}>
          ${lines(label, texts, fontSize, (i) => (i < nameLines ? 'name' : i === texts.length - 1 ? 'date' : 'place'))}
        </text>`,
      )}
    </g>`;
}

/** Land, then the areas, then the names (a small country's may lie over a circle's translucent edge), then the areas' labels. */
function regionLayers(region: RegionLayout, input: MapInput, fontSize: number): SVGTemplateResult {
  return svg`
    <g class="land">${region.land.map((d) => svg`<path d=${d}></path>`)}</g>
    ${areaLayer(region.areas, input, fontSize, nameLayer(region.names, fontSize))}`;
}

/** The contents of an <svg> of `input.width` × `input.height` (the caller owns the <svg> element). */
export function renderMap(input: MapInput): SVGTemplateResult {
  const layout = layoutFor(input);
  const { fontSize, inset, locator } = layout;
  const frame = inset.frame;
  const lf = locator.frame;
  const box = (b: { x0: number; y0: number; x1: number; y1: number }, cls: string) =>
    svg`<rect class=${cls} x=${b.x0} y=${b.y0} width=${b.x1 - b.x0} height=${b.y1 - b.y0}></rect>`;
  return svg`
    <rect class="sea" x="0" y="0" width=${input.width} height=${input.height}></rect>
    ${regionLayers(layout.main, input, fontSize)}
    <g class="inset">
      ${box(frame, 'inset-frame')}
      <clipPath id="inset-clip">${box(frame, '')}</clipPath>
      <g clip-path="url(#inset-clip)">${regionLayers(inset, input, fontSize)}</g>
      <text class="inset-title" text-anchor="middle" dominant-baseline="central" font-size=${fontSize} aria-hidden="true">${lines({ cx: (frame.x0 + frame.x1) / 2, cy: inset.titleY }, inset.title, fontSize, () => '')}</text>
    </g>
    <g class="locator" aria-hidden="true">
      ${box(lf, 'locator-frame')}
      <path class="locator-land" d=${locator.land}></path>
      ${box(locator.main, 'locator-main')}
      ${box(locator.inset, 'locator-inset')}
    </g>`;
}

/** Where an area's tooltip points: the centre of its circle, in the last map drawn. */
export function anchorOf(key: string): { x: number; y: number } | null {
  const layout = last?.layout;
  const found = layout && [...layout.main.areas, ...layout.inset.areas].find((placed) => placed.area.key === key);
  return found ? { x: found.centre[0], y: found.centre[1] } : null;
}
