/**
 * The exercises map laid out in pixels: the two regions (East Asia, and the
 * Kursk inset with a locator above it), land outlines, area circles, and
 * where every label goes. Computed once per set of areas, size and
 * language and kept: hovering or focusing an area only redraws classes.
 */
import { geoCircle, geoPath, geoTransform, type GeoPermissibleObjects, type GeoStream } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { eastAsia, kursk, KURSK_CLIP, locatorLand, LOCATOR_BOUNDS } from '../generated/basemap.js';
import {
  LINE_HEIGHT,
  besideSpot,
  labelSize,
  placeAreaLabel,
  placeName,
  wrap,
  wrapToWidth,
  type MeasureText,
  type Obstacles,
  type PlacedLabel,
} from './label-layout.js';
import { fitProjection, type Box, type PlaneProjection } from './projection.js';
import type { MapArea, MapWords } from './map-types.js';
import { EAST_ASIA_BOUNDS, KURSK_BOUNDS, regionOf, type Bounds } from './regions.js';

export interface MapLayoutInput {
  readonly width: number;
  readonly height: number;
  readonly areas: readonly MapArea[];
  readonly words: MapWords;
  readonly measure: MeasureText;
}

/** A name on the map (country or sea) where it was placed, split into lines. */
export interface PlacedName {
  readonly lines: readonly string[];
  readonly label: PlacedLabel;
  readonly sea: boolean;
}

export interface PlacedArea {
  readonly area: MapArea;
  readonly outline: string;
  readonly centre: readonly [number, number];
  readonly lines: readonly string[];
  /** How many of the lines are the area's name (a long name wraps): the rest are the place and the date. */
  readonly nameLines: number;
  /** Null when the label gave way (no free place for it). */
  readonly label: PlacedLabel | null;
}

export interface RegionLayout {
  readonly land: readonly string[];
  readonly names: readonly PlacedName[];
  readonly areas: readonly PlacedArea[];
}

export interface MapLayout {
  readonly fontSize: number;
  readonly main: RegionLayout;
  readonly inset: RegionLayout & { readonly frame: Box; readonly titleY: number; readonly title: readonly string[] };
  readonly locator: { readonly frame: Box; readonly land: string; readonly main: Box; readonly inset: Box };
}

interface Region {
  readonly id: string;
  readonly topology: Topology;
  /** Longitude/latitude box that must be visible. */
  readonly bounds: Bounds;
  readonly rotate: readonly [number, number];
  /**
   * Names placed by the editors (lon/lat, by English name), most important
   * first: a name gives way when its place is taken. `first` names (small
   * countries the story is about) are placed before the areas' labels,
   * which have more room to move; the others after. Small countries break
   * their name over lines so it stays on their land.
   */
  readonly names: readonly {
    readonly name: string;
    readonly at: readonly [number, number];
    readonly sea?: boolean;
    readonly small?: boolean;
    readonly first?: boolean;
  }[];
}

const EAST_ASIA: Region = {
  id: 'east-asia',
  topology: eastAsia,
  bounds: EAST_ASIA_BOUNDS,
  rotate: [-130, -38],
  names: [
    { name: 'North Korea', at: [126.9, 40.3], small: true, first: true },
    { name: 'South Korea', at: [128.1, 36.3], small: true, first: true },
    { name: 'Japan', at: [138.6, 36.6] },
    { name: 'China', at: [106, 33] },
    { name: 'Russia', at: [118, 57.5] },
    { name: 'Sea of Japan', at: [134.5, 40.8], sea: true },
    { name: 'Sea of Okhotsk', at: [149.5, 54], sea: true },
    { name: 'South China Sea', at: [116.5, 18], sea: true },
    { name: 'Mongolia', at: [103.5, 46.5] },
  ],
};

const KURSK: Region = {
  id: 'kursk',
  topology: kursk,
  bounds: KURSK_BOUNDS,
  rotate: [-36.5, -51.5],
  names: [
    { name: 'Russia', at: [39.6, 53.8] },
    { name: 'Ukraine', at: [31.3, 51.0] },
  ],
};

const landCache = new Map<string, readonly string[]>();
/** The projected outlines of a region's land in one extent: most of the cost of drawing the map, kept for the last few extents. */
function landPaths(region: Region, projection: PlaneProjection, extent: Box): readonly string[] {
  const key = `${region.id}|${extent.x0},${extent.y0},${extent.x1},${extent.y1}`;
  let paths = landCache.get(key);
  if (!paths) {
    const object = region.topology.objects['countries'] as GeometryCollection;
    const path = geoPath(projection);
    paths = (feature(region.topology, object) as unknown as { features: GeoPermissibleObjects[] }).features.map((f) => path(f) ?? '');
    if (landCache.size >= 8) landCache.delete(landCache.keys().next().value as string);
    landCache.set(key, paths);
  }
  return paths;
}

/** Most area labels a region tries to place. */
export const MAX_LABELS = 40;

/** Lays out one region in `extent`; `titled` is the area its title already names (the inset's), not repeated in labels. */
function layoutRegion(
  region: Region,
  extent: Box,
  areas: readonly MapArea[],
  input: MapLayoutInput,
  fontSize: number,
  obstacles: Obstacles,
  titled: string | null = null,
): RegionLayout {
  const projection = fitProjection(region.rotate, region.bounds, extent);
  const path = geoPath(projection);
  const circle = geoCircle();
  const projected = areas.map((area) => {
    const centre = projection([area.longitude, area.latitude]);
    const ring = circle.center([area.longitude, area.latitude]).radius(area.radiusKm / 111.195)();
    const outline = path(ring) ?? '';
    // The circle's radius on screen: to its farthest projected point (the projection stretches it a little).
    const r = Math.max(
      0,
      ...(ring.coordinates[0] ?? []).map((lonLat) => {
        const [x, y] = projection([lonLat[0] as number, lonLat[1] as number]);
        return Math.hypot(x - centre[0], y - centre[1]);
      }),
    );
    return { area, centre, outline, circle: { cx: centre[0], cy: centre[1], r } };
  });
  // A sea an area's label already names is not named twice.
  const named = new Set(areas.map((a) => a.area));
  const wanted = region.names
    .map(({ name, at, sea = false, small = false, first = false }) => {
      const text = input.words.places[name] ?? name;
      const lines = small ? wrap(text, 6) : [text];
      const [x, y] = projection(at);
      return { lines, sea, small, first, x, y, size: labelSize(lines, fontSize, input.measure) };
    })
    .filter((n) => !(n.sea && named.has(n.lines.join(' '))));
  // Markers are never covered; circles only by names, at their translucent edge (see placeName).
  obstacles.boxes.push(...projected.map(({ centre: [x, y] }) => ({ x0: x - 8, y0: y - 8, x1: x + 8, y1: y + 8 })));
  // The other countries' name places are left free by the areas' labels where they can.
  const soft = wanted
    .filter((n) => !n.sea && !n.first)
    .map((n) => ({ x0: n.x - n.size.width / 2, y0: n.y - n.size.height / 2, x1: n.x + n.size.width / 2, y1: n.y + n.size.height / 2 }));
  const taken: Obstacles = { boxes: obstacles.boxes, circles: [...obstacles.circles, ...projected.map((p) => p.circle)], soft };
  const place =
    (on: Obstacles) =>
    ({ lines, sea, x, y, small }: (typeof wanted)[number]): PlacedName[] => {
      const label = placeName(x, y, lines, fontSize, extent, on, input.measure, { far: !small, leader: small });
      return label ? [{ lines, label, sea }] : [];
    };
  const firstNames = wanted.filter((n) => n.first).flatMap(place(taken));
  // On the main map a label takes at most about 45% of its width, so that one fits beside a circle on a
  // phone; in the inset, most of it.
  const share = region === KURSK ? 0.8 : 0.45;
  const maxChars = Math.max(10, Math.floor(((extent.x1 - extent.x0) * share) / (fontSize * 0.6)));
  // The place goes in a label only to tell apart areas of the same name (Ocean 2024 in two seas); the
  // circle shows where, and the tooltip, panel and table say it in words.
  const sameName = (area: MapArea): boolean => input.areas.some((other) => other !== area && other.name === area.name);
  const labelLines = projected.map((p) => {
    const where = p.area.area && p.area.area !== titled && sameName(p.area) ? wrap(p.area.area, maxChars) : [];
    return [...wrap(p.area.name, maxChars), ...where, p.area.dateText];
  });
  // Labels are placed one after the other, each where it fits best. Past MAX_LABELS a map is unreadable
  // with labels, and placing them costs more than a page should wait: the rest give way at once (each
  // area stays, named for screen readers, with its tooltip and panel).
  const spots = projected.map((p, index) =>
    index < MAX_LABELS ? besideSpot(p.circle, labelLines[index] as string[], fontSize, extent, input.measure) : null,
  );
  const placeAll = (order: readonly number[]) => {
    const on: Obstacles = { ...taken, boxes: [...taken.boxes] };
    const labels = new Map<number, PlacedLabel | null>();
    for (const [rank, index] of order.entries()) {
      const circle = (projected[index] as (typeof projected)[number]).circle;
      // The labels still to come keep their place beside their circle free, if this one has another.
      const waiting = order.slice(rank + 1, MAX_LABELS).flatMap((other) => spots[other] ?? []);
      const around: Obstacles = { ...on, soft: [...(on.soft ?? []), ...waiting] };
      labels.set(
        index,
        rank < MAX_LABELS ? placeAreaLabel(circle, labelLines[index] as string[], fontSize, extent, around, input.measure) : null,
      );
    }
    const others = wanted.filter((n) => !n.first);
    const names = others.flatMap(place(on));
    const gaveWay = order.filter((index) => labels.get(index) === null);
    // An area's label giving way costs more than a country's or a sea's name.
    return { labels, names, gaveWay, cost: gaveWay.length * 3 + others.length - names.length };
  };
  const inOrder = projected.map((_, index) => index);
  let placed = placeAll(inOrder);
  // A label that gave way to those placed before it, on a map with room for every label: placed first, or
  // all in reverse, the others may still find a place around it. The order where least gives way is kept.
  if (placed.gaveWay.length > 0 && projected.length <= MAX_LABELS) {
    const first = placed.gaveWay;
    for (const order of [[...first, ...inOrder.filter((index) => !first.includes(index))], [...inOrder].reverse()]) {
      const retry = placeAll(order);
      if (retry.cost < placed.cost) placed = retry;
    }
  }
  const placedAreas = projected.map((p, index): PlacedArea => ({
    area: p.area,
    outline: p.outline,
    centre: p.centre,
    lines: labelLines[index] as string[],
    nameLines: wrap(p.area.name, maxChars).length,
    label: placed.labels.get(index) ?? null,
  }));
  const names = [...firstNames, ...placed.names];
  return { land: landPaths(region, projection, extent), names, areas: placedAreas };
}

/** A plain longitude/latitude grid for the locator (a silhouette 80 px wide needs no projection). */
function plate(bounds: readonly [number, number, number, number], frame: Box): (lonLat: readonly [number, number]) => [number, number] {
  const [west, south, east, north] = bounds;
  return ([lon, lat]) => [
    frame.x0 + ((lon - west) / (east - west)) * (frame.x1 - frame.x0),
    frame.y0 + ((north - lat) / (north - south)) * (frame.y1 - frame.y0),
  ];
}

function locatorLayout(frame: Box): MapLayout['locator'] {
  const point = plate(LOCATOR_BOUNDS, frame);
  const stream = geoTransform({
    point(this: { stream: GeoStream }, lon: number, lat: number) {
      const [x, y] = point([lon, lat]);
      this.stream.point(x, y);
    },
  });
  const land =
    geoPath(stream)(feature(locatorLand, locatorLand.objects['land'] as GeometryCollection) as unknown as GeoPermissibleObjects) ?? '';
  const box = ([west, south, east, north]: Bounds): Box => {
    const [x0, y1] = point([west, south]);
    const [x1, y0] = point([east, north]);
    return { x0, y0, x1, y1 };
  };
  return { frame, land, main: box(EAST_ASIA_BOUNDS), inset: box(KURSK_BOUNDS) };
}

/**
 * Lays the map out. Wide, the inset sits in the bottom-right corner, over
 * the open Pacific; on a phone it is a strip under the main map, as wide as
 * its basemap reaches, so that its labels fit at a readable size.
 */
export function layoutMap(input: MapLayoutInput): MapLayout {
  const { width, height } = input;
  // The widget's CSS makes the map taller than wide on a narrow widget (container query): that is the phone layout.
  const narrow = height > width;
  const fontSize = narrow ? 12 : 13;
  const margin = 6;
  let mainExtent: Box = { x0: 0, y0: 0, x1: width, y1: height };
  let inset: Box;
  if (narrow) {
    const insetHeight = Math.round(width * 0.5);
    // As wide as the inset's basemap reaches at this height, so that no straight clip edge shows.
    const probe = fitProjection(KURSK.rotate, KURSK.bounds, { x0: 0, y0: height - insetHeight + fontSize * 2, x1: width, y1: height });
    const latitude = (KURSK.bounds[1] + KURSK.bounds[3]) / 2;
    const west = Math.max(0, Math.ceil(probe([KURSK_CLIP[0], latitude])[0]));
    const east = Math.min(width, Math.floor(probe([KURSK_CLIP[2], latitude])[0]));
    inset = { x0: west, y0: height - insetHeight, x1: east, y1: height };
    mainExtent = { x0: 0, y0: 0, x1: width, y1: height - insetHeight - margin };
  } else {
    const insetWidth = Math.round(Math.min(190, Math.max(132, width * 0.3)));
    const insetHeight = Math.round(insetWidth * 0.86);
    inset = { x0: width - insetWidth - margin, y0: height - insetHeight - margin, x1: width - margin, y1: height - margin };
  }
  const locatorWidth = Math.round(Math.min(118, Math.max(82, width * 0.2)));
  const locatorHeight = Math.round(locatorWidth / 2.46);
  const insetAreas = input.areas.filter((a) => regionOf(a.longitude, a.latitude) === 'kursk');
  // The inset is titled with the place its areas share ("Kursk region, Russia"), which their labels then leave out.
  const shared = insetAreas[0]?.area ?? null;
  const title = shared !== null && insetAreas.every((a) => a.area === shared) ? shared : input.words.inset;
  const titleLines = wrapToWidth(title, inset.x1 - inset.x0 - 10, fontSize, input.measure);
  const titleHeight = Math.round(titleLines.length * fontSize * LINE_HEIGHT + 6);
  const insetExtent: Box = { x0: inset.x0 + 1, y0: inset.y0 + titleHeight, x1: inset.x1 - 1, y1: inset.y1 - 1 };
  // The locator: top left of the main map, over the steppe where the story names nothing; on a narrow
  // map, where every pixel of the main map is needed, in the inset's top-left corner instead.
  const locator: Box = narrow
    ? { x0: insetExtent.x0 + 3, y0: insetExtent.y0 + 3, x1: insetExtent.x0 + 3 + locatorWidth, y1: insetExtent.y0 + 3 + locatorHeight }
    : { x0: margin, y0: margin, x1: margin + locatorWidth, y1: margin + locatorHeight };
  const mainAreas = input.areas.filter((a) => regionOf(a.longitude, a.latitude) === 'east-asia');
  const main = layoutRegion(EAST_ASIA, mainExtent, mainAreas, input, fontSize, { boxes: narrow ? [] : [inset, locator], circles: [] });
  const insetLayout = layoutRegion(KURSK, insetExtent, insetAreas, input, fontSize, { boxes: narrow ? [locator] : [], circles: [] }, title);
  return {
    fontSize,
    main,
    inset: { ...insetLayout, frame: inset, titleY: inset.y0 + titleHeight / 2, title: titleLines },
    locator: locatorLayout(locator),
  };
}
