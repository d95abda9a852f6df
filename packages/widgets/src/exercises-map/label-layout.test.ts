/**
 * The map's label placer, in Node: an area's label goes outside its circle,
 * inside the frame, clear of what is placed; names give way rather than
 * cover a label or a marker.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  circleHitsBox,
  inside,
  labelSize,
  overlaps,
  placeAreaLabel,
  placeName,
  wrap,
  wrapToWidth,
  type MeasureText,
  type Obstacles,
} from './label-layout.js';
import type { Box } from './projection.js';

/** A monospace stand-in for the canvas: 0.6 em per character. */
const measure: MeasureText = (text, fontSize) => text.length * fontSize * 0.6;
const FRAME: Box = { x0: 0, y0: 0, x1: 400, y1: 300 };
const fresh = (): Obstacles => ({ boxes: [], circles: [] });

describe('label layout', () => {
  it('wraps at spaces and after a slash, never within a word', () => {
    assert.deepEqual(wrap('Northern/Interaction-2024 along the coast', 12), ['Northern/', 'Interaction-2024', 'along the', 'coast']);
    assert.deepEqual(wrap('Northern/Interaction-2024', 30), ['Northern/Interaction-2024']);
    assert.deepEqual(wrap('Ocean 2024', 40), ['Ocean 2024']);
    assert.deepEqual(wrapToWidth('Kursk region, Russia', 80, 10, measure), ['Kursk region,', 'Russia']);
  });

  it('puts an area’s label outside its circle and inside the frame', () => {
    const circle = { cx: 200, cy: 150, r: 40 };
    const obstacles: Obstacles = { boxes: [], circles: [circle] };
    const placed = placeAreaLabel(circle, ['Ocean 2024', 'September 2024'], 12, FRAME, obstacles, measure);
    assert.ok(placed);
    assert.equal(circleHitsBox(circle, placed.box), false);
    assert.ok(inside(placed.box, FRAME));
    assert.equal(obstacles.boxes.length, 1);
  });

  it('goes around what is taken, farther out with a leader line when it must', () => {
    const circle = { cx: 200, cy: 150, r: 30 };
    // Everything beside the circle is taken but a strip far above it.
    const taken: Box[] = [{ x0: 0, y0: 60, x1: 400, y1: 300 }];
    const obstacles: Obstacles = { boxes: taken, circles: [circle] };
    const placed = placeAreaLabel(circle, ['Ocean 2024'], 12, FRAME, obstacles, measure);
    assert.ok(placed);
    assert.equal(overlaps(placed.box, taken[0] as Box), false);
    assert.ok(placed.leader, 'a leader line joins the label to its circle');
  });

  it('keeps the label of a circle near the frame’s edge inside the frame', () => {
    const circle = { cx: 390, cy: 10, r: 5 };
    const placed = placeAreaLabel(circle, ['A long label near the corner'], 12, FRAME, { boxes: [], circles: [circle] }, measure);
    assert.ok(placed);
    assert.ok(inside(placed.box, FRAME));
  });

  it('prefers a place that leaves a country’s name free', () => {
    const circle = { cx: 200, cy: 150, r: 20 };
    const east = placeAreaLabel(circle, ['Label'], 12, FRAME, { boxes: [], circles: [circle] }, measure);
    assert.ok(east);
    const name: Box = east.box;
    const moved = placeAreaLabel(circle, ['Label'], 12, FRAME, { boxes: [], circles: [circle], soft: [name] }, measure);
    assert.ok(moved);
    assert.equal(overlaps(moved.box, name), false);
  });

  it('gives way rather than cover another label when there is no free place', () => {
    const circle = { cx: 200, cy: 150, r: 30 };
    const everything: Box[] = [{ ...FRAME }];
    assert.equal(placeAreaLabel(circle, ['Ocean 2024'], 12, FRAME, { boxes: everything, circles: [circle] }, measure), null);
    // Many areas on one spot: each label that finds a place takes it, the rest give way, none overlap.
    const obstacles: Obstacles = { boxes: [], circles: [] };
    const placed = Array.from({ length: 60 }, () =>
      placeAreaLabel(circle, ['A label of some length'], 12, FRAME, obstacles, measure),
    ).filter((p) => p !== null);
    assert.ok(placed.length > 4 && placed.length < 60);
    for (const [i, a] of placed.entries()) for (const b of placed.slice(i + 1)) assert.equal(overlaps(a.box, b.box), false);
  });

  it('nudges a name off a label, and gives way when there is no room', () => {
    const obstacles = fresh();
    const first = placeName(100, 100, ['Japan'], 12, FRAME, obstacles, measure);
    const second = placeName(100, 100, ['Japan'], 12, FRAME, obstacles, measure, { far: true });
    assert.ok(first && second);
    assert.equal(overlaps(first.box, second.box), false);
    const full: Obstacles = { boxes: [FRAME], circles: [] };
    assert.equal(placeName(100, 100, ['Japan'], 12, FRAME, full, measure), null);
  });

  it('puts a name over a circle’s edge rather than drop it, but never over a marker', () => {
    const circle = { cx: 100, cy: 100, r: 30 };
    const marker: Box = { x0: 92, y0: 92, x1: 108, y1: 108 };
    const placed = placeName(110, 110, ['Korea'], 12, FRAME, { boxes: [marker], circles: [circle] }, measure);
    assert.ok(placed);
    assert.equal(overlaps(placed.box, marker), false);
  });

  it('puts a small country’s name beside it with a leader line when its land has no room', () => {
    const taken: Box = { x0: 80, y0: 80, x1: 120, y1: 120 };
    assert.equal(placeName(100, 100, ['South', 'Korea'], 12, FRAME, { boxes: [taken], circles: [] }, measure), null);
    const placed = placeName(100, 100, ['South', 'Korea'], 12, FRAME, { boxes: [taken], circles: [] }, measure, { leader: true });
    assert.ok(placed?.leader, 'a leader line');
    assert.equal(overlaps(placed.box, taken), false);
    assert.deepEqual(placed.leader.slice(0, 2), [100, 100]);
  });

  it('sizes a label by its widest line and its line count, with room for the halo', () => {
    const size = labelSize(['ab', 'abcd'], 10, measure);
    assert.ok(size.width >= 24 && size.width <= 34);
    assert.ok(size.height > 2 * 10);
  });
});
