/**
 * What the widget and its map chunk exchange. Types only, without d3: the
 * widget's published declarations refer to them, and must not require
 * d3-geo's types of users who never see them.
 */
import type { SVGTemplateResult } from 'lit';

export interface MapArea {
  readonly key: string;
  readonly kind: 'exercise' | 'deployment';
  readonly longitude: number;
  readonly latitude: number;
  readonly radiusKm: number;
  readonly name: string;
  /** Where, in words ("Sea of Japan"); null when the row names no area. */
  readonly area: string | null;
  readonly dateText: string;
  /** Accessible name: name, area, date, kind, and that the area is approximate. */
  readonly description: string;
}

/** The map's names in the widget's language, by their English name. */
export interface MapWords {
  readonly places: Readonly<Record<string, string>>;
  readonly inset: string;
}

export interface MapInput {
  readonly width: number;
  readonly height: number;
  readonly areas: readonly MapArea[];
  readonly words: MapWords;
  /** The item under the pointer or in the panel, drawn highlighted. */
  readonly activeKey: string | null;
  /** The item whose details are open. */
  readonly selectedKey: string | null;
  /** The widget's font, to measure labels with. */
  readonly fontFamily: string;
  readonly hover: (key: string | null) => void;
  readonly select: (key: string) => void;
}

/** The map chunk, as the widget uses it (loaded near the viewport). */
export interface MapChunk {
  renderMap(input: MapInput): SVGTemplateResult;
  /** Where an area's tooltip points: the centre of its circle, in the last map drawn. */
  anchorOf(key: string): { x: number; y: number } | null;
}
