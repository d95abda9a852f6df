/**
 * The map's label placer, in Node: labels go beside their point, stay inside
 * the frame, and avoid what is already placed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { labelBox, overlaps, placeLabel, wrap, type MeasureText } from './label-layout.js';
import type { Box } from './projection.js';

/** A monospace stand-in for the canvas: 0.6 em per character. */
const measure: MeasureText = (text, fontSize) => text.length * fontSize * 0.6;
const FRAME: Box = { x0: 0, y0: 0, x1: 400, y1: 300 };

describe('label layout', () => {
  it('wraps at spaces, never within a word', () => {
    assert.deepEqual(wrap('Northern/Interaction-2024 along the coast', 12), ['Northern/', 'Interaction-2024', 'along the', 'coast']);
    assert.deepEqual(wrap('Northern/Interaction-2024', 30), ['Northern/Interaction-2024']);
    assert.deepEqual(wrap('Ocean 2024', 40), ['Ocean 2024']);
  });

  it('puts a label beside its point without covering it', () => {
    const taken: Box[] = [];
    const placed = placeLabel(100, 100, ['Ocean 2024'], 12, FRAME, taken, measure);
    assert.ok(!(placed.box.x0 < 100 && 100 < placed.box.x1 && placed.box.y0 < 100 && 100 < placed.box.y1), 'the point stays visible');
    assert.equal(taken.length, 1);
  });

  it('avoids a label placed before it', () => {
    const taken: Box[] = [];
    const first = placeLabel(100, 100, ['Ocean 2024'], 12, FRAME, taken, measure);
    const second = placeLabel(104, 100, ['Ocean 2024'], 12, FRAME, taken, measure);
    assert.equal(overlaps(first.box, second.box), false);
  });

  it('slides a label back inside the frame near its edge', () => {
    const placed = placeLabel(395, 5, ['A long label near the corner'], 12, FRAME, [], measure);
    assert.ok(placed.box.x0 >= FRAME.x0 && placed.box.x1 <= FRAME.x1 && placed.box.y0 >= FRAME.y0 && placed.box.y1 <= FRAME.y1);
  });

  it('sizes a label box by its widest line and its line count', () => {
    const box = labelBox(0, 0, ['ab', 'abcd'], 10, measure);
    assert.equal(Math.round(box.x1 - box.x0), Math.round(4 * 6 + 6));
    assert.ok(box.y1 - box.y0 > 2 * 10);
  });
});
