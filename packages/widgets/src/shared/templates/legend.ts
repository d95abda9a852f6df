import { html, nothing, type TemplateResult } from 'lit';
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
      ${items.map((item, index) => html`<li>${itemButton(item.key, options, html`
        <span class="swatch series-${options.seriesIndex(item, index) + 1} ${item.derived ? 'derived' : ''}"></span>
        <span><bdi>${item.label}</bdi> <bdi class="value">${item.valueText}</bdi>${item.derived ? html` <span class="qualification">(${m.derived})</span>` : nothing}</span>`)}
      </li>`)}
    </ul>
  `;
}
