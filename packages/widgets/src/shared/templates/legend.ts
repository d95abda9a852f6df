import { css, html, nothing, type TemplateResult } from 'lit';
import type { Row } from '@factbox/datasets';
import type { Messages } from '../i18n.js';
import type { ChartItem } from '../types.js';

/** How the reader points at items: hovering shows a tooltip at the mark; focus, a click or a tap opens the panel. */
export interface ItemEvents {
  readonly selectedKey: string | null;
  readonly hover: (key: string | null) => void;
  readonly select: (key: string) => void;
}

/** A button for one item (in the legend, or as a direct label on the chart), with its pointer and keyboard events. */
export function itemButton(key: string, events: ItemEvents, content: TemplateResult, extraClass = ''): TemplateResult {
  return html`<button type="button" class="item ${extraClass}" part="button" aria-expanded=${events.selectedKey === key ? 'true' : 'false'} aria-controls="panel"
    @mouseenter=${() => events.hover(key)} @mouseleave=${() => events.hover(null)} @focus=${() => events.select(key)} @click=${() => events.select(key)}>${content}</button>`;
}

export interface LegendOptions<R extends Row> extends ItemEvents {
  readonly messages: Messages;
  /** Which series colour (0–3) an item is drawn in. */
  readonly seriesIndex: (item: ChartItem<R>, index: number) => number;
}

/** The one legend: a swatch, the name and the value in words for each item; hatched swatches for derived values. */
export function legendTemplate<R extends Row>(items: readonly ChartItem<R>[], options: LegendOptions<R>): TemplateResult {
  const m = options.messages;
  return html`
    <ul class="legend" part="legend">
      ${items.map(
        (item, index) => html`<li>${itemButton(
          item.key,
          options,
          html`
        <span class="swatch series-${options.seriesIndex(item, index) + 1} ${item.derived ? 'derived' : ''}"></span>
        <span><bdi>${item.label}</bdi> <bdi class="value">${item.valueText}</bdi>${item.derived ? html` <span class="qualification">(${m.derived})</span>` : nothing}</span>`,
        )}
      </li>`,
      )}
    </ul>
  `;
}

/** The legend and item buttons: plain rows (swatch, name, value), not pills. */
export const legendStyles = css`
  /* The legend: plain rows (swatch, name, value), buttons only for the keyboard and the pointer. */
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .item {
    display: inline-flex;
    align-items: baseline;
    gap: 0.45em;
    min-block-size: 24px;
    padding: 0.1rem 0.2rem;
    margin-inline-start: -0.2rem;
    border: 0;
    border-radius: 3px;
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .item:hover,
  .item[aria-expanded='true'] {
    background: var(--_fb-highlight);
  }
  .item .value {
    font-weight: 700;
  }
  .item .qualification {
    color: var(--_fb-muted);
  }
  .swatch {
    display: inline-block;
    inline-size: 0.85em;
    block-size: 0.85em;
    flex: none;
    align-self: center;
    border: 1.5px solid var(--swatch-color, currentColor);
    background: var(--swatch-color, currentColor);
    border-radius: 2px;
  }
  /* Series colours by class, not by a style attribute: pages with a strict CSP forbid inline styles. */
  .series-1 {
    --swatch-color: var(--_fb-series-1);
  }
  .series-2 {
    --swatch-color: var(--_fb-series-2);
  }
  .series-3 {
    --swatch-color: var(--_fb-series-3);
  }
  .series-4 {
    --swatch-color: var(--_fb-series-4);
  }
  .swatch.derived {
    border-style: dashed;
    background: repeating-linear-gradient(45deg, var(--swatch-color, currentColor) 0 2px, var(--_fb-background) 2px 4.5px);
  }
`;
