import { html, nothing, type TemplateResult } from 'lit';
import type { Row } from '@factbox/datasets';
import { formatPartialDate } from '../i18n.js';
import { publisherOf } from '../provenance.js';
import type { ChartItem } from '../types.js';
import type { TemplateContext } from './context.js';

/** The source's words for the hovered or focused item; before any, the hint and how derived values were obtained. */
export function calloutTemplate<R extends Row>(items: readonly ChartItem<R>[], activeKey: string | null, context: TemplateContext): TemplateResult {
  const m = context.messages;
  const item = items.find((i) => i.key === activeKey);
  if (!item) {
    const derived = items.filter((i) => i.derived);
    return html`<div class="callout" part="quote" aria-live="polite">
      <p>${m.quoteHint}</p>
      ${derived.map((i) => html`<p><strong><bdi>${i.label}</bdi> (${m.derived}):</strong></p>
        ${i.row?.['derivation'] ? html`<p lang="en" dir="ltr">${String(i.row['derivation'])}</p>` : html`<p>${i.explanation ?? ''}</p>`}`)}
    </div>`;
  }
  const row = item.row;
  const source = row ? context.provenance.sourceFor(row) : undefined;
  return html`
    <div class="callout" part="quote" aria-live="polite" tabindex="0" role="region" aria-label=${m.quote}>
      <p><strong><bdi>${item.label}</bdi>: <bdi>${item.valueText}</bdi></strong>${item.derived ? html` (${m.derived})` : nothing}</p>
      ${row
        ? html`<blockquote lang="en" dir="ltr">“${String(row['quote'])}”</blockquote>
            <p>— ${source
              ? html`<bdi>${publisherOf(source, context.locale)}</bdi>${m.comma}${formatPartialDate(context.locale, source.published)}`
              : html`<bdi>${String(row['source_id'])}</bdi> (${m.sourceUnverified})`}</p>`
        : nothing}
      ${row && row['derived'] === true && row['derivation'] ? html`<p lang="en" dir="ltr"><bdi>${String(row['derivation'])}</bdi></p>` : nothing}
      ${item.explanation ? html`<p>${item.explanation}</p>` : nothing}
    </div>
  `;
}
