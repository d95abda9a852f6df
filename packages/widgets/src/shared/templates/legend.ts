import { html, nothing, type TemplateResult } from 'lit';
import type { Row } from '@factbox/datasets';
import type { Messages } from '../i18n.js';
import type { ChartItem } from '../types.js';

export interface LegendOptions<R extends Row> {
  readonly messages: Messages;
  readonly activeKey: string | null;
  /** Which series colour (0–3) an item is drawn in. */
  readonly seriesIndex: (item: ChartItem<R>, index: number) => number;
  readonly onActivate: (key: string) => void;
}

/** The list of items (buttons that show each item's quote), and the key for stated and derived values. */
export function legendTemplate<R extends Row>(items: readonly ChartItem<R>[], options: LegendOptions<R>): TemplateResult {
  const m = options.messages;
  const anyDerived = items.some((i) => i.derived);
  return html`
    <ul class="legend" part="legend">
      ${items.map((item, index) => html`
        <li>
          <button type="button" class="item" part="button"
            aria-current=${options.activeKey === item.key ? 'true' : 'false'}
            @mouseenter=${() => options.onActivate(item.key)} @focus=${() => options.onActivate(item.key)} @click=${() => options.onActivate(item.key)}>
            <span class="swatch series-${options.seriesIndex(item, index) + 1} ${item.derived ? 'derived' : ''}"></span>
            <span><bdi>${item.label}</bdi>: <bdi>${item.valueText}</bdi>${item.derived ? ` (${m.derived})` : ''}</span>
          </button>
        </li>`)}
    </ul>
    ${anyDerived
      ? html`<p class="key"><span><span class="swatch"></span> ${m.statedLegend}</span><span><span class="swatch derived"></span> ${m.derivedLegend}</span></p>`
      : nothing}
  `;
}
