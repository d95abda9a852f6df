import { html, nothing, type TemplateResult } from 'lit';
import type { Locale, Messages } from '../i18n.js';

/** The pieces of a widget's page, rendered by the widget and its template modules. */
export interface FrameParts {
  readonly locale: Locale;
  readonly direction: 'ltr' | 'rtl';
  readonly messages: Messages;
  readonly heading: string;
  /** Level in the page's outline, 1–6. */
  readonly level: number;
  readonly subtitle: string | null;
  /** The error box, if any. */
  readonly problem: TemplateResult | typeof nothing;
  /** Chart, legend, callout and table; nothing while loading or after a data error. */
  readonly content: TemplateResult | typeof nothing;
  readonly sourceLine: TemplateResult;
  /** "Show table" and "Get the data", once there are rows. */
  readonly actions: { readonly tableShown: boolean; readonly toggleTable: () => void; readonly download: () => void } | null;
}

/** The widget's box: heading, subtitle, body (problem, chart or table), and the footer with the source line and buttons. */
export function frameTemplate(parts: FrameParts): TemplateResult {
  const m = parts.messages;
  const loading = parts.content === nothing && parts.problem === nothing;
  return html`
    <div class="frame" part="frame" lang=${parts.locale} dir=${parts.direction}>
      <div class="heading" part="heading" role="heading" aria-level=${parts.level}><bdi>${parts.heading}</bdi></div>
      ${parts.subtitle ? html`<p class="subtitle" part="subtitle">${parts.subtitle}</p>` : nothing}
      <div class="body" part="body">
        ${parts.problem}
        ${parts.content}
        ${loading ? html`<div class="chart" part="chart" role="img" aria-label=${m.loading}><div class="chart-placeholder" aria-hidden="true">${m.loading}</div></div>` : nothing}
      </div>
      <div class="footer" part="footer">
        ${parts.sourceLine}
        <div class="actions">
          ${parts.actions
            ? html`<button type="button" class="button table-toggle" part="button" @click=${parts.actions.toggleTable}>${parts.actions.tableShown ? m.showChart : m.showTable}</button>
                <button type="button" class="button" part="button" @click=${parts.actions.download}>${m.getData}</button>`
            : nothing}
        </div>
      </div>
    </div>
  `;
}

/** What the body shows once there are rows: the chart with its legend and callout, or the table instead. */
export interface ContentParts {
  readonly tableShown: boolean;
  readonly chartRole: 'img' | 'group';
  /** The chart's text alternative. */
  readonly summary: string;
  /** The drawn chart, or null while its code loads (or after it failed). */
  readonly chart: TemplateResult | null;
  readonly chartFailed: boolean;
  readonly legend: TemplateResult;
  readonly callout: TemplateResult;
  readonly table: TemplateResult | typeof nothing;
  readonly messages: Messages;
}

export function contentTemplate(parts: ContentParts): TemplateResult {
  return html`
    <div class="chart-area" ?hidden=${parts.tableShown}>
      <div class="chart" part="chart" role=${parts.chartRole} aria-label=${parts.summary}>
        ${parts.chart ?? html`<div class="chart-placeholder" aria-hidden="true">${parts.chartFailed ? '' : parts.messages.loading}</div>`}
      </div>
      ${parts.legend}
      ${parts.callout}
    </div>
    ${parts.table}
  `;
}
