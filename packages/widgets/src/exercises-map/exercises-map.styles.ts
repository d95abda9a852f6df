import { css, unsafeCSS } from 'lit';
import { NARROW_WIDGET } from '../catalogue.js';

/** The map's own styles: its box, land and sea, names and labels, areas, the inset and locator, and the key. */
export const exercisesMapStyles = css`
  .chart {
    inline-size: 100%;
    aspect-ratio: 1.6;
  }
  /* Narrow: the Kursk inset becomes a strip under the map (map-layout.ts: a map taller than wide). */
  @container (max-width: ${unsafeCSS(NARROW_WIDGET)}) {
    .chart {
      aspect-ratio: 0.7;
    }
  }
  .sea {
    fill: var(--_fb-sea);
  }
  .land path,
  .locator-land {
    fill: var(--_fb-land);
    stroke: var(--_fb-land-border);
    stroke-width: 0.6;
    stroke-linejoin: round;
  }
  text {
    fill: var(--_fb-text);
    paint-order: stroke;
    stroke: var(--_fb-background);
    stroke-width: 3px;
    stroke-linejoin: round;
    font-family: inherit;
  }
  /* Names lie over the areas' circles (see map-chart.ts) but let the pointer through to them. */
  .names {
    pointer-events: none;
  }
  .country-name {
    fill: var(--_fb-muted);
    letter-spacing: 0.03em;
  }
  .sea-name {
    fill: var(--_fb-muted);
    font-style: italic;
    stroke: var(--_fb-sea);
  }
  .area-label {
    cursor: pointer;
  }
  .area-label .name {
    font-weight: 700;
  }
  .area-label .date {
    fill: var(--_fb-muted);
  }
  .area-label.active .name {
    text-decoration: underline;
  }
  .leader {
    stroke: var(--_fb-muted);
    stroke-width: 1;
  }
  .inset-frame,
  .locator-frame {
    fill: var(--_fb-sea);
    stroke: var(--_fb-muted);
    stroke-width: 1;
  }
  .locator-main {
    fill: none;
    stroke: var(--_fb-muted);
    stroke-width: 1;
  }
  .locator-inset {
    fill: none;
    stroke: var(--_fb-series-2);
    stroke-width: 2;
  }
  .inset-title {
    font-weight: 600;
  }
  .area {
    --area-color: var(--_fb-series-1);
    cursor: pointer;
    outline: none;
  }
  .area.deployment {
    --area-color: var(--_fb-series-2);
  }
  .area .outline {
    fill: var(--area-color);
    fill-opacity: 0.16;
    stroke: var(--area-color);
    stroke-width: 1.5;
    stroke-dasharray: 5 3;
  }
  .area .marker {
    fill: var(--area-color);
    stroke: var(--_fb-background);
    stroke-width: 1.5;
  }
  .area.active .outline,
  .area.selected .outline {
    fill-opacity: 0.3;
    stroke-width: 2.5;
  }
  .area:focus-visible .outline {
    stroke: var(--_fb-accent);
    stroke-width: 3.5;
    stroke-dasharray: none;
  }
  .key {
    color: var(--_fb-muted);
  }
  .key li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .symbol {
    display: inline-block;
    inline-size: 0.8em;
    block-size: 0.8em;
    background: var(--_fb-series-1);
    border-radius: 50%;
  }
  .symbol.deployment {
    background: var(--_fb-series-2);
    border-radius: 0;
    clip-path: polygon(50% 0, 100% 100%, 0 100%);
  }
  .symbol.approximate {
    background: transparent;
    border: 1.5px dashed var(--_fb-muted);
  }
  .unplaced {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.5rem;
    font-size: 0.875em;
  }
  .unplaced .legend {
    font-size: 1em;
  }
`;
