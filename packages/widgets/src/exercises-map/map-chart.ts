/**
 * The exercises map as Lit-rendered SVG: d3-geo projects a regional basemap
 * (clipped and simplified at build time) and the approximate areas. Loaded
 * only when the widget nears the viewport. SVG rather than canvas: every area
 * is a focusable element with a name, and text stays crisp at any size.
 */
import { svg, nothing, type SVGTemplateResult } from 'lit';
import { geoCircle, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { eastAsia, kursk } from '../generated/basemap.js';
import { LINE_HEIGHT, labelBox, overlaps, placeLabel, wrap } from './label-layout.js';
import { fitProjection, type Box, type PlaneProjection } from './projection.js';
import { EAST_ASIA_BOUNDS, KURSK_BOUNDS, regionOf, type Bounds } from './regions.js';

export interface MapArea {
  readonly key: string;
  readonly kind: 'exercise' | 'deployment';
  readonly longitude: number;
  readonly latitude: number;
  readonly radiusKm: number;
  readonly name: string;
  readonly dateText: string;
  /** Accessible name: name, area, date, and that the area is approximate. */
  readonly description: string;
}

export interface MapLabels {
  readonly countries: Readonly<Record<string, string>>;
  readonly inset: string;
}

export interface MapInput {
  readonly width: number;
  readonly height: number;
  readonly areas: readonly MapArea[];
  readonly activeKey: string | null;
  readonly labels: MapLabels;
  /** The widget's font, to measure labels with. */
  readonly fontFamily: string;
  readonly onActivate: (key: string) => void;
}

interface Region {
  readonly id: string;
  readonly topology: Topology;
  /** Longitude/latitude box that must be visible. */
  readonly bounds: Bounds;
  readonly rotate: readonly [number, number];
  /** Where country names go (editorial placement, lon/lat), by world-atlas name. */
  readonly countryLabels: Readonly<Record<string, readonly [number, number]>>;
}

const EAST_ASIA: Region = {
  id: 'east-asia',
  topology: eastAsia,
  bounds: EAST_ASIA_BOUNDS,
  rotate: [-130, -38],
  countryLabels: {
    China: [105, 33],
    Mongolia: [104, 46.5],
    Russia: [122, 57],
    'North Korea': [126.2, 41.6],
    'South Korea': [128.2, 36],
    Japan: [139, 37.5],
  },
};

const KURSK: Region = {
  id: 'kursk',
  topology: kursk,
  bounds: KURSK_BOUNDS,
  rotate: [-36.5, -51.5],
  countryLabels: { Russia: [39.5, 54], Ukraine: [32.8, 49.3] },
};

function project(region: Region, x0: number, y0: number, x1: number, y1: number): PlaneProjection {
  return fitProjection(region.rotate, region.bounds, { x0, y0, x1, y1 });
}

const countryFeatures = new Map<Topology, ReturnType<typeof feature>>();
function countries(topology: Topology): { type: 'FeatureCollection'; features: { properties: { name?: string } | null }[] } {
  let collection = countryFeatures.get(topology);
  if (!collection) {
    collection = feature(topology, topology.objects['countries'] as GeometryCollection);
    countryFeatures.set(topology, collection);
  }
  return collection as unknown as { type: 'FeatureCollection'; features: { properties: { name?: string } | null }[] };
}

let measureContext: CanvasRenderingContext2D | null | undefined;
let fontFamily = 'sans-serif';

/** Width of a line of text in the widget's font (bold, to be safe), measured on a canvas. */
function textWidth(text: string, fontSize: number): number {
  if (measureContext === undefined) measureContext = document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.length * fontSize * 0.6;
  measureContext.font = `700 ${fontSize}px ${fontFamily}`;
  return measureContext.measureText(text).width;
}

/**
 * The projected outlines of a region's countries in one extent. Projecting the
 * basemap is most of the cost of drawing the map, and it only depends on the
 * region and the extent: hovering an area redraws the map, and a page with
 * many maps of one width draws the same land, so the outlines are kept (for
 * the last few extents).
 */
const landCache = new Map<string, readonly string[]>();
const LAND_CACHE_SIZE = 8;
function landPaths(region: Region, x0: number, y0: number, x1: number, y1: number): readonly string[] {
  const key = `${region.id}|${x0},${y0},${x1},${y1}`;
  let paths = landCache.get(key);
  if (!paths) {
    const path = geoPath(project(region, x0, y0, x1, y1));
    paths = countries(region.topology).features.map((f) => path(f as GeoPermissibleObjects) ?? '');
    if (landCache.size >= LAND_CACHE_SIZE) landCache.delete(landCache.keys().next().value as string);
    landCache.set(key, paths);
  }
  return paths;
}

function landLayer(paths: readonly string[]): SVGTemplateResult {
  return svg`<g class="land">${paths.map((d) => svg`<path d=${d}></path>`)}</g>`;
}

/** Country names, skipped where they would cover an area's label or marker. */
function countryLabelLayer(region: Region, projection: PlaneProjection, labels: MapLabels, fontSize: number, taken: Box[]): SVGTemplateResult {
  return svg`<g class="country-labels" aria-hidden="true" font-size=${fontSize}>
    ${Object.entries(region.countryLabels).map(([name, lonLat]) => {
      const point = projection(lonLat);
      const text = labels.countries[name] ?? name;
      const box = labelBox(point[0], point[1], [text], fontSize, textWidth);
      if (taken.some((t) => overlaps(t, box))) return nothing;
      taken.push(box);
      return svg`<text x=${point[0]} y=${point[1]} text-anchor="middle" dominant-baseline="central">${text}</text>`;
    })}
  </g>`;
}

function areaLayer(areas: readonly MapArea[], projection: PlaneProjection, input: MapInput, fontSize: number, frame: Box, taken: Box[]): SVGTemplateResult {
  const path = geoPath(projection);
  const circle = geoCircle();
  const centres = areas.map((area) => projection([area.longitude, area.latitude]));
  // Markers first, so that no label covers another area's marker.
  centres.forEach((c) => taken.push({ x0: c[0] - 7, y0: c[1] - 7, x1: c[0] + 7, y1: c[1] + 7 }));
  return svg`${areas.map((area, index) => {
    const centre = centres[index];
    if (!centre) return nothing;
    const [x, y] = centre;
    const outline = path(circle.center([area.longitude, area.latitude]).radius(area.radiusKm / 111.195)()) ?? '';
    const marker = area.kind === 'deployment'
      ? svg`<path class="marker" d=${`M${x},${y - 7}L${x + 6.5},${y + 5}L${x - 6.5},${y + 5}Z`}></path>`
      : svg`<circle class="marker" cx=${x} cy=${y} r="5"></circle>`;
    const maxChars = Math.max(8, Math.floor(((frame.x1 - frame.x0) * 0.6) / (fontSize * 0.6)));
    const nameLines = wrap(area.name, maxChars);
    const lines = [...nameLines, area.dateText];
    const label = placeLabel(x, y, lines, fontSize, frame, taken, textWidth);
    const lineHeight = fontSize * LINE_HEIGHT;
    const top = label.cy - (lineHeight * (lines.length - 1)) / 2;
    return svg`
      <g class="area ${area.kind} ${input.activeKey === area.key ? 'active' : ''}" tabindex="0" role="button"
        aria-label=${area.description}
        @focus=${() => input.onActivate(area.key)} @mouseenter=${() => input.onActivate(area.key)} @click=${() => input.onActivate(area.key)}
        @keydown=${(event: KeyboardEvent) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            input.onActivate(area.key);
          }
        }}>
        <path class="outline" d=${outline}></path>
        ${marker}
      </g>
      <text class="area-label ${input.activeKey === area.key ? 'active' : ''}" text-anchor="middle" dominant-baseline="central" font-size=${fontSize} aria-hidden="true"
        @mouseenter=${() => input.onActivate(area.key)} @click=${() => input.onActivate(area.key)}>
        ${lines.map((line, i) => svg`<tspan x=${label.cx} y=${top + i * lineHeight} font-weight=${i < nameLines.length ? 700 : 400}>${line}</tspan>`)}
      </text>`;
  })}`;
}

/** The contents of an <svg> of `input.width` × `input.height` (the caller owns the <svg> element). */
export function renderMap(input: MapInput): SVGTemplateResult {
  const { width, height } = input;
  fontFamily = input.fontFamily;
  const fontSize = Math.max(10, Math.min(13, width / 48));
  const main = project(EAST_ASIA, 0, 0, width, height);
  const insetWidth = Math.round(Math.min(200, Math.max(120, width * 0.32)));
  const insetHeight = Math.round(insetWidth * 0.75);
  const margin = 8;
  // The inset goes in the bottom-right corner, over the open Pacific; geography is never mirrored.
  const inset: Box = { x0: width - insetWidth - margin, y0: height - insetHeight - margin, x1: width - margin, y1: height - margin };
  const insetExtent = [inset.x0, inset.y0 + fontSize + 4, inset.x1, inset.y1] as const;
  const insetProjection = project(KURSK, ...insetExtent);
  const mainAreas = input.areas.filter((a) => regionOf(a.longitude, a.latitude) === 'east-asia');
  const insetAreas = input.areas.filter((a) => regionOf(a.longitude, a.latitude) === 'kursk');
  const mainTaken: Box[] = [inset];
  const mainFrame: Box = { x0: 0, y0: 0, x1: width, y1: height };
  // Areas (and their labels) are laid out before country names, which give way to them.
  const mainAreaLayer = areaLayer(mainAreas, main, input, fontSize, mainFrame, mainTaken);
  // Inset labels may spill out of the small inset onto the main map rather than be cut off,
  // so they avoid the main map's labels too (but not the inset they belong to).
  const insetTaken = mainTaken.filter((box) => box !== inset);
  const insetAreaLayer = areaLayer(insetAreas, insetProjection, input, fontSize * 0.9, mainFrame, insetTaken);
  return svg`
      <rect class="sea" x="0" y="0" width=${width} height=${height}></rect>
      ${landLayer(landPaths(EAST_ASIA, 0, 0, width, height))}
      ${countryLabelLayer(EAST_ASIA, main, input.labels, fontSize, mainTaken)}
      ${mainAreaLayer}
      <g class="inset">
        <rect class="inset-frame" x=${inset.x0} y=${inset.y0} width=${insetWidth} height=${insetHeight}></rect>
        ${landLayer(landPaths(KURSK, ...insetExtent))}
        ${countryLabelLayer(KURSK, insetProjection, input.labels, fontSize * 0.85, insetTaken)}
        <text class="inset-title" x=${inset.x0 + insetWidth / 2} y=${inset.y0 + fontSize * 0.9} text-anchor="middle" font-size=${fontSize * 0.9} aria-hidden="true">${input.labels.inset}</text>
        ${insetAreaLayer}
      </g>`;
}
