/**
 * The map's projection against d3-geo's full projection, which it replaces:
 * the same fit and orientation (north up, east right), and clipping to the
 * rectangle it is given.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { geoAzimuthalEqualArea, geoPath } from 'd3-geo';
import { boxOutline, fitProjection } from './projection.js';
import { EAST_ASIA_BOUNDS, KURSK_BOUNDS } from './regions.js';

const EXTENT = { x0: 10, y0: 20, x1: 610, y1: 420 };

describe('fitProjection', () => {
  for (const [name, rotate, bounds] of [
    ['East Asia', [-130, -38], EAST_ASIA_BOUNDS],
    ['Kursk', [-36.5, -51.5], KURSK_BOUNDS],
  ] as const) {
    it(`${name}: places points where d3's fitted azimuthal equal-area projection does`, () => {
      const ours = fitProjection(rotate, bounds, EXTENT);
      const outline = { type: 'MultiPoint' as const, coordinates: boxOutline(bounds) };
      const d3 = geoAzimuthalEqualArea()
        .rotate([rotate[0], rotate[1]])
        .fitExtent(
          [
            [EXTENT.x0, EXTENT.y0],
            [EXTENT.x1, EXTENT.y1],
          ],
          outline,
        );
      for (const lonLat of [
        [bounds[0], bounds[1]],
        [bounds[2], bounds[3]],
        [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2],
      ] as [number, number][]) {
        const [x, y] = ours(lonLat);
        const [dx, dy] = d3(lonLat) as [number, number];
        assert.ok(Math.abs(x - dx) < 1e-6 && Math.abs(y - dy) < 1e-6, `${lonLat}: ${x},${y} vs ${dx},${dy}`);
      }
    });
  }

  it('is north-up and east-right, and keeps the whole region inside the extent', () => {
    const project = fitProjection([-130, -38], EAST_ASIA_BOUNDS, EXTENT);
    const [pyongyangX, pyongyangY] = project([125.75, 39.02]);
    const [vladivostokX, vladivostokY] = project([131.9, 43.1]);
    assert.ok(vladivostokX > pyongyangX, 'east is to the right');
    assert.ok(vladivostokY < pyongyangY, 'north is up');
    for (const lonLat of boxOutline(EAST_ASIA_BOUNDS)) {
      const [x, y] = project(lonLat);
      assert.ok(x >= EXTENT.x0 - 1e-6 && x <= EXTENT.x1 + 1e-6 && y >= EXTENT.y0 - 1e-6 && y <= EXTENT.y1 + 1e-6, `${lonLat} inside`);
    }
  });

  it('clips what it draws to the extent', () => {
    const project = fitProjection([-130, -38], EAST_ASIA_BOUNDS, EXTENT);
    // A ring far larger than the map: every vertex drawn lies on or inside the extent.
    const ring = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [60, -10],
          [60, 85],
          [200, 85],
          [200, -10],
          [60, -10],
        ],
      ],
    };
    const d = geoPath(project)(ring) ?? '';
    const numbers = [...d.matchAll(/-?\d+(\.\d+)?/g)].map((match) => Number(match[0]));
    assert.ok(numbers.length > 0);
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const [x, y] = [numbers[i] as number, numbers[i + 1] as number];
      assert.ok(x >= EXTENT.x0 - 1e-6 && x <= EXTENT.x1 + 1e-6 && y >= EXTENT.y0 - 1e-6 && y <= EXTENT.y1 + 1e-6, `${x},${y} inside`);
    }
  });
});
