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
  /** Chart (with legend and panel) or table; nothing while loading or after a data error. */
  readonly content: TemplateResult | typeof nothing;
  /** The notes line. */
  readonly notes: TemplateResult | typeof nothing;
  readonly sourceLine: TemplateResult;
  /** Buttons under the chart ("Show table", "Get the data", a widget's own), once there are rows. */
  readonly actions: TemplateResult | typeof nothing;
}

/**
 * The widget's box, a landmark named by its title: title and subtitle, the
 * body (problem, chart or table), the notes, and the footer with the source
 * line and the buttons. Nothing has a fixed height: it grows with what the
 * reader opens.
 */
export function frameTemplate(parts: FrameParts): TemplateResult {
  const m = parts.messages;
  const loading = parts.content === nothing && parts.problem === nothing;
  return html`
    <section class="frame" part="frame" lang=${parts.locale} dir=${parts.direction} aria-labelledby="title">
      <div class="titles">
        <div class="heading" part="heading" role="heading" aria-level=${parts.level} id="title"><bdi>${parts.heading}</bdi></div>
        ${parts.subtitle ? html`<p class="subtitle" part="subtitle">${parts.subtitle}</p>` : nothing}
      </div>
      <div class="body" part="body">
        ${parts.problem}
        ${parts.content}
        ${loading ? html`<div class="chart" part="chart" role="img" aria-label=${m.loading}><div class="chart-placeholder" aria-hidden="true">${m.loading}</div></div>` : nothing}
      </div>
      ${parts.notes}
      <div class="footer" part="footer">
        ${parts.sourceLine}
        <div class="actions">${parts.actions}</div>
      </div>
    </section>
  `;
}

/** "Show table" / "Show chart" and "Get the data". */
export function actionButtons(messages: Messages, tableShown: boolean, toggleTable: () => void, download: () => void): TemplateResult {
  return html`<button type="button" class="button table-toggle" part="button" @click=${toggleTable}>${tableShown ? messages.showChart : messages.showTable}</button>
    <button type="button" class="button" part="button" @click=${download}>${messages.getData}</button>`;
}
