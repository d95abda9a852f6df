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
  /**
   * The rows or the chart code are still on their way: only the title and the chart's place are
   * shown, and the notes and the footer come with the chart, under it, so that nothing already on
   * screen moves when it is drawn (a chart's height is not always known before its code arrives).
   */
  readonly pending: boolean;
}

/**
 * The widget's box, a landmark named by its title: title and subtitle, the
 * body (problem, chart or table), the notes, and the footer with the source
 * line and the buttons. Nothing has a fixed height: the box is as tall as
 * its content and grows with what the reader opens. The height reserved on
 * the page is held by an empty box laid in the same place (`.reserve`), so
 * a widget shorter than its reserve leaves the room below its border, as
 * page space, rather than as a hole inside it.
 */
export function frameTemplate(parts: FrameParts): TemplateResult {
  const m = parts.messages;
  const loading = parts.content === nothing && parts.problem === nothing;
  return html`<div class="place">
    <div class="reserve" lang=${parts.locale} aria-hidden="true"></div>
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
      ${
        parts.pending
          ? nothing
          : html`${parts.notes}
            <div class="footer" part="footer">
              ${parts.sourceLine}
              <div class="actions">${parts.actions}</div>
            </div>`
      }
    </section>
  </div>`;
}

/** "Show table" / "Show chart" and "Get the data". */
export function actionButtons(messages: Messages, tableShown: boolean, toggleTable: () => void, download: () => void): TemplateResult {
  return html`<button type="button" class="button table-toggle" part="button" @click=${toggleTable}>${tableShown ? messages.showChart : messages.showTable}</button>
    <button type="button" class="button" part="button" @click=${download}>${messages.getData}</button>`;
}
