import { css, html, nothing, type TemplateResult } from 'lit';
import type { Row } from '@factbox/datasets';
import type { ChartItem, TableColumn } from '../types.js';
import type { TemplateContext } from './context.js';
import { itemDetails } from './details.js';

export interface TableOptions {
  readonly caption: string;
  /** Shown to everyone ("Show table"), or only to screen readers. */
  readonly visible: boolean;
}

/**
 * The data table: a row per item with its values, and under it a row with
 * the quote, who said it, how it was derived and the note. On a narrow
 * widget the rows stack as cards, each value under its column's name.
 * Explicit roles keep the table a table for screen readers when CSS stacks
 * its cells (browsers drop table semantics for `display: block`).
 */
/* eslint-disable lit-a11y/no-redundant-role -- the roles are implicit only while the table is displayed as a table: stacked as cards (display: block), browsers drop its semantics unless the roles are explicit. */
export function tableTemplate<R extends Row>(
  items: readonly ChartItem<R>[],
  columns: readonly TableColumn<R>[],
  context: TemplateContext,
  options: TableOptions,
): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  return html`
    <div class=${options.visible ? 'table-wrap' : 'visually-hidden'} role="region" aria-label=${context.messages.dataTable(options.caption)} tabindex=${options.visible ? '0' : '-1'}>
      <table part="table" role="table">
        <caption><bdi>${options.caption}</bdi></caption>
        <thead role="rowgroup"><tr role="row">${columns.map((c) => html`<th scope="col" role="columnheader">${c.header}</th>`)}</tr></thead>
        <tbody role="rowgroup">
          ${items.map(
            (item) => html`
            <tr role="row" class="values">${columns.map((c, i) =>
              i === 0
                ? html`<th scope="row" role="rowheader">${c.cell(item)}</th>`
                : html`<td role="cell" class=${c.numeric ? 'number' : ''}><span class="cell-label" aria-hidden="true">${c.header}</span>${c.cell(item)}</td>`,
            )}</tr>
            <tr role="row" class="details"><td role="cell" colspan=${columns.length}>${itemDetails(item, context, { full: true, title: false })}</td></tr>`,
          )}
        </tbody>
      </table>
    </div>
  `;
}
/* eslint-enable lit-a11y/no-redundant-role */

export const tableStyles = css`
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: 0.8125em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25rem;
  }
  th,
  td {
    padding: 0.3rem 0.5rem;
    text-align: start;
    vertical-align: top;
    /* Not "anywhere" (the frame's): a column must be at least as wide as its longest word, or letters stack. */
    overflow-wrap: break-word;
  }
  thead th {
    border-block-end: 2px solid var(--_fb-border);
  }
  tr.values > * {
    border-block-start: 1px solid var(--_fb-border);
  }
  tr.details td {
    padding-block: 0 0.6rem;
    color: var(--_fb-muted);
  }
  tr.details p {
    margin: 0;
  }
  tr.details blockquote {
    margin: 0.15rem 0 0.2rem;
    color: var(--_fb-text);
    font-style: italic;
  }
  td.number {
    white-space: nowrap;
  }
  .cell-label {
    display: none;
  }
  /* Narrow widgets: each item a card, each value under its column's name (the caption a block too, or it shrinks to one letter a line). */
  @container (max-width: 34rem) {
    table,
    caption,
    thead,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    /* A caption left as a table caption would shrink to one character's width in a table laid out as blocks. */
    caption {
      display: block;
    }
    thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tr.values {
      border-block-start: 1px solid var(--_fb-border);
      padding-block-start: 0.3rem;
    }
    tr.values > * {
      border: 0;
      padding: 0.1rem 0;
    }
    tr.values th {
      font-size: 1.1em;
    }
    .cell-label {
      display: block;
      color: var(--_fb-muted);
    }
    td.number {
      white-space: normal;
    }
    tr.details td {
      padding: 0.2rem 0 0.6rem;
    }
  }
`;
