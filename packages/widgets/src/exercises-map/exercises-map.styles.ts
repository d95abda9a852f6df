import { css } from 'lit';

/** The map's own styles: land and sea, labels, areas and their key, and the list of rows that have no place. */
export const exercisesMapStyles = css`
      :host {
        --_fb-default-height: 40rem;
      }
      @media (max-width: 480px) {
        :host {
          --_fb-default-height: 44rem;
        }
      }
      .sea {
        fill: var(--_fb-sea);
      }
      .land path {
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
      .country-labels text {
        fill: var(--_fb-muted);
        letter-spacing: 0.04em;
      }
      .inset-frame {
        fill: var(--_fb-sea);
        stroke: var(--_fb-muted);
        stroke-width: 1;
      }
      .inset-title {
        font-weight: 600;
      }
      .area-label {
        cursor: pointer;
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
      .area:hover .outline {
        fill-opacity: 0.3;
        stroke-width: 2.5;
      }
      .area:focus-visible .outline {
        stroke: var(--_fb-accent);
        stroke-width: 3.5;
        stroke-dasharray: none;
      }
      .symbol {
        display: inline-block;
        inline-size: 0.8em;
        block-size: 0.8em;
        background: var(--_fb-series-1);
        border-radius: 50%;
        vertical-align: -0.05em;
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
        align-items: center;
        gap: 0.25rem 0.5rem;
        margin: 0;
        padding: 0;
        list-style: none;
        font-size: 0.875em;
      }
    `;
