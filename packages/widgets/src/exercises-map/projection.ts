/**
 * The map's projection: azimuthal equal-area, centred on a region and fitted
 * to a rectangle of the SVG (what d3's
 * `geoAzimuthalEqualArea().rotate().fitExtent().clipExtent()` does), built
 * from d3-geo's raw projection, rotation and rectangle clip. d3's full
 * projection adds spherical clipping and adaptive resampling, for about 3 KB
 * gzip. This map needs neither: it never reaches the far side of the globe,
 * and its coastlines are short, dense segments. The only long segments are
 * the basemap's clip-box edges, off-screen at usual sizes, which are drawn
 * straight rather than curved.
 */
import { geoAzimuthalEqualAreaRaw, geoClipRectangle, geoRotation, geoTransform, type GeoStream } from 'd3-geo';
import type { Bounds } from './regions.js';

/** A rectangle of the SVG, in pixels. */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** A region's projection onto a rectangle: a point function, and a stream for geoPath. */
export interface PlaneProjection {
  (lonLat: readonly [number, number]): [number, number];
  stream(output: GeoStream): GeoStream;
}

const RADIANS = Math.PI / 180;

/** Points along the edges of a lon/lat box, so that fitting a projection keeps the whole box in view. */
export function boxOutline([west, south, east, north]: Bounds): [number, number][] {
  const points: [number, number][] = [];
  for (let i = 0; i <= 10; i++) {
    const lon = west + ((east - west) * i) / 10;
    const lat = south + ((north - south) * i) / 10;
    points.push([lon, south], [lon, north], [west, lat], [east, lat]);
  }
  return points;
}

/** Projects `bounds` (centred on `rotate`, as d3's rotate takes it) to fit inside `extent`, clipped to it. */
export function fitProjection(rotate: readonly [number, number], bounds: Bounds, extent: Box): PlaneProjection {
  const { x0, y0, x1, y1 } = extent;
  const rotation = geoRotation([rotate[0], rotate[1]]);
  const unit = (lon: number, lat: number): [number, number] => {
    const [lambda, phi] = rotation([lon, lat]);
    return geoAzimuthalEqualAreaRaw(lambda * RADIANS, phi * RADIANS);
  };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [lon, lat] of boxOutline(bounds)) {
    const [x, y] = unit(lon, lat);
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  // Screen y grows downwards, projected y upwards.
  const scale = Math.min((x1 - x0) / (maxX - minX), (y1 - y0) / (maxY - minY));
  const translateX = x0 + (x1 - x0 - scale * (minX + maxX)) / 2;
  const translateY = y0 + (y1 - y0 + scale * (minY + maxY)) / 2;
  const point = ([lon, lat]: readonly [number, number]): [number, number] => {
    const [x, y] = unit(lon, lat);
    return [translateX + scale * x, translateY - scale * y];
  };
  const toPlane = geoTransform({
    point(this: { stream: GeoStream }, lon: number, lat: number) {
      const [x, y] = point([lon, lat]);
      this.stream.point(x, y);
    },
  });
  const clip = geoClipRectangle(x0, y0, x1, y1);
  return Object.assign(point, { stream: (output: GeoStream) => toPlane.stream(clip(output)) });
}
