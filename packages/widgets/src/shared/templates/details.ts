import { html, nothing, type TemplateResult } from 'lit';
import type { Row } from '@factbox/datasets';
import { formatPartialDate, type Locale } from '../i18n.js';
import { cssProperties } from '../css-properties.js';
import { publisherOf } from '../provenance.js';
import type { ChartItem } from '../types.js';
import type { TemplateContext } from './context.js';

/** A text field of a row, or null when empty. */
export function rowText(row: Row | null, field: string): string | null {
  const value = row?.[field];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** The row's doubt about its own source, in the widget's language when a translation exists. */
export function caveatOf(row: Row | null, locale: Locale): { text: string; lang?: 'en' } | null {
  const translated = locale === 'ar' ? rowText(row, 'source_caveat_ar') : null;
  if (translated) return { text: translated };
  const original = rowText(row, 'source_caveat');
  return original ? { text: original, ...(locale === 'en' ? {} : { lang: 'en' as const }) } : null;
}

/** English text inside a widget of any language: marked, and isolated so that it cannot reorder what surrounds it. */
export function english(text: string): TemplateResult {
  return html`<bdi lang="en" dir="ltr">${text}</bdi>`;
}

/** "— Publisher, date", or the row's own source id marked as not checked, on the same line. */
export function attribution(row: Row, context: TemplateContext): TemplateResult {
  const m = context.messages;
  const source = context.provenance.sourceFor(row);
  if (source) return html`<p>— <bdi>${publisherOf(source, context.locale)}</bdi>${m.comma}${formatPartialDate(context.locale, source.published)}</p>`;
  return html`<p class="unverified">— <bdi>${String(row['source_id'])}</bdi> <strong>(${m.sourceUnverified})</strong></p>`;
}

/** One row's words: the quote and who said it; in full also how its date was read, how it was derived, doubts about the source and its note. */
function rowDetails(row: Row, context: TemplateContext, full: boolean): TemplateResult {
  const m = context.messages;
  const resolution = rowText(row, 'date_resolution') ?? rowText(row, 'period_resolution');
  const derivation = rowText(row, 'derivation');
  const note = rowText(row, 'note');
  const caveat = caveatOf(row, context.locale);
  return html`<p class="muted">${m.inTheSource}:</p>
    <blockquote lang="en" dir="ltr">“<bdi>${String(row['quote'])}</bdi>”</blockquote>
    ${attribution(row, context)}
    ${full && resolution ? html`<p><strong>${m.dateResolution}:</strong> ${english(resolution)}</p>` : nothing}
    ${full && derivation ? html`<p><strong>${m.derivation}:</strong> ${english(derivation)}</p>` : nothing}
    ${full && caveat ? html`<p><strong>${m.caveat}:</strong> ${caveat.lang ? english(caveat.text) : caveat.text}</p>` : nothing}
    ${full && note ? html`<p><strong>${m.note}:</strong> ${english(note)}</p>` : nothing}`;
}

/**
 * What a reader learns about one item: its value as the source words it,
 * how it is drawn, the quote and who said it (every row's, when several
 * rows tell it); in full (the panel, one control away) also how a date was
 * read, how it was derived, doubts about the source and the row's note.
 * Quotes, derivations and notes stay in English, marked so.
 */
export function itemDetails<R extends Row>(item: ChartItem<R>, context: TemplateContext, { full, title = true }: { readonly full: boolean; readonly title?: boolean }): TemplateResult {
  const m = context.messages;
  const rows = item.rows ?? (item.row ? [item.row] : []);
  return html`
    ${title ? html`<p><strong><bdi>${item.label}</bdi>: <bdi>${item.valueText}</bdi></strong>${item.drawnAs ? html` <span class="muted">(${item.drawnAs})</span>` : nothing}${item.derived ? html` <span class="muted">(${m.derived})</span>` : nothing}</p>` : nothing}
    ${rows.map((row) => rowDetails(row, context, full))}
    ${item.explanation ? html`<p>${item.explanation}</p>` : nothing}
  `;
}

/** The panel under the chart with the selected item's details, for the keyboard and touch; in a live region. */
export function panelTemplate<R extends Row>(item: ChartItem<R> | undefined, context: TemplateContext, onClose: () => void): TemplateResult {
  return html`<div class="panel-slot" aria-live="polite">
    ${item
      ? html`<div class="panel" part="quote" id="panel" role="group" aria-label=${item.label}>
          <div class="panel-body">${itemDetails(item, context, { full: true })}</div>
          <button type="button" class="close" part="button" aria-label=${context.messages.close} @click=${onClose}>×</button>
        </div>`
      : html`<p class="hint">${context.messages.quoteHint}</p>`}
  </div>`;
}

/** Where a tooltip points in the chart box, and which way it opens so that it stays inside. */
export interface TooltipAnchor {
  readonly x: number;
  readonly y: number;
  /** Open towards the left of the point (it is in the right half). */
  readonly left: boolean;
  /** Open below the point (it is in the top half). */
  readonly below: boolean;
}

/** The tooltip at the mark under the pointer: the item's value and the source's words. Pointer only: keyboard and touch get the panel. */
export function tooltipTemplate<R extends Row>(item: ChartItem<R>, anchor: TooltipAnchor, context: TemplateContext): TemplateResult {
  return html`<div class="tooltip ${anchor.left ? 'left' : ''} ${anchor.below ? 'below' : ''}" part="tooltip" aria-hidden="true"
    ${cssProperties({ '--x': `${anchor.x}px`, '--y': `${anchor.y}px` })}>${itemDetails(item, context, { full: false })}</div>`;
}
