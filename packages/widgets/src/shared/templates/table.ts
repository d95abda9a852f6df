import { html, nothing, type TemplateResult } from 'lit';
import type { Row } from '@factbox/datasets';
import type { Messages } from '../i18n.js';
import type { ChartItem, TableColumn } from '../types.js';

export interface TableOptions {
  readonly caption: string;
  /** Shown to everyone ("Show table"), or only to screen readers. */
  readonly visible: boolean;
  readonly messages: Messages;
}

/** The data table: every item with its values and quote; visually hidden until "Show table". */
export function tableTemplate<R extends Row>(items: readonly ChartItem<R>[], columns: readonly TableColumn<R>[], options: TableOptions): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  return html`
    <div class=${options.visible ? 'table-wrap' : 'visually-hidden'} role="region" aria-label=${options.messages.dataTable} tabindex=${options.visible ? '0' : '-1'}>
      <table part="table">
        <caption><bdi>${options.caption}</bdi></caption>
        <thead><tr>${columns.map((c) => html`<th scope="col">${c.header}</th>`)}</tr></thead>
        <tbody>
          ${items.map((item) => html`<tr>${columns.map((c, i) => i === 0
            ? html`<th scope="row">${c.cell(item)}</th>`
            : html`<td class=${c.numeric ? 'number' : ''}>${c.cell(item)}</td>`)}</tr>`)}
        </tbody>
      </table>
    </div>
  `;
}
