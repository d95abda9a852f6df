import { css, html, nothing, type TemplateResult } from 'lit';
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

/**
 * "Label: text". English text in a right-to-left widget goes on a line of
 * its own, left to right, rather than run right to left inside the label's
 * paragraph, where its lines would start at the wrong edge.
 */
export function labelled(label: string, text: string, isEnglish: boolean, locale: Locale): TemplateResult {
  if (isEnglish && locale === 'ar') return html`<p><strong>${label}:</strong></p><p class="english" lang="en" dir="ltr">${text}</p>`;
  return html`<p><strong>${label}:</strong> ${isEnglish ? english(text) : text}</p>`;
}

/**
 * "— Publisher, date", or, for a row Factbox has not checked, the mark first
 * and then the source it names: however long that name, the mark stays on
 * the line right under the quote it qualifies.
 */
export function attribution(row: Row, context: TemplateContext): TemplateResult {
  const m = context.messages;
  const source = context.provenance.sourceFor(row);
  if (source)
    return html`<p>— <bdi>${publisherOf(source, context.locale)}</bdi>${m.comma}${formatPartialDate(context.locale, source.published)}</p>`;
  return html`<p class="unverified"><strong>${m.sourceUnverifiedMark}</strong>${m.colon}<bdi>${String(row['source_id'])}</bdi></p>`;
}

/**
 * What a reader learns about one item: its value as the source words it,
 * how it is drawn, the quote and who said it (every row's, when several
 * rows tell it); in full (the panel, one control away) also how a date was
 * read, how it was derived, doubts about the source and the row's note.
 * Quotes, derivations and notes stay in English, marked so.
 */
export function itemDetails<R extends Row>(
  item: ChartItem<R>,
  context: TemplateContext,
  { full, title = true }: { readonly full: boolean; readonly title?: boolean },
): TemplateResult {
  const m = context.messages;
  const rows = item.rows ?? (item.row ? [item.row] : []);
  return html`
    ${title ? html`<p><strong><bdi>${item.label}</bdi>: <bdi>${item.valueText}</bdi></strong>${item.drawnAs ? html` <span class="muted">(${item.drawnAs})</span>` : nothing}${item.derived ? html` <span class="muted">(${m.derived})</span>` : nothing}</p>` : nothing}
    ${rows.map((row) => rowDetails(row, context, full))}
    ${item.explanation ? html`<p>${item.explanation}</p>` : nothing}
  `;
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
    ${full && resolution ? labelled(m.dateResolution, resolution, true, context.locale) : nothing}
    ${full && derivation ? labelled(m.derivation, derivation, true, context.locale) : nothing}
    ${full && caveat ? labelled(m.caveat, caveat.text, caveat.lang === 'en', context.locale) : nothing}
    ${full && note ? labelled(m.note, note, true, context.locale) : nothing}`;
}

/** The panel under the chart with the selected item's details, for the keyboard and touch; in a live region. */
export function panelTemplate<R extends Row>(
  item: ChartItem<R> | undefined,
  context: TemplateContext,
  onClose: () => void,
): TemplateResult {
  return html`<div class="panel-slot" aria-live="polite">
    ${
      item
        ? html`<div class="panel" part="quote" id="panel" role="group" aria-label=${item.label}>
          <div class="panel-body">${itemDetails(item, context, { full: true })}</div>
          <button type="button" class="close" part="button" aria-label=${context.messages.close} @click=${onClose}>×</button>
        </div>`
        : html`<p class="hint">${context.messages.quoteHint}</p>`
    }
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

/** The banner over unchecked rows, the hint, the panel under the chart and the tooltip at the mark. */
export const detailsStyles = css`
  /* Rows from outside that Factbox has not checked: said over the chart, where a reader cannot miss it. */
  .unverified-banner {
    margin: 0;
    padding: 0.45rem 0.6rem;
    border: 2px solid var(--_fb-error-text);
    border-radius: 4px;
    background: var(--_fb-error-background);
    color: var(--_fb-error-text);
    font-size: 0.875em;
    font-weight: 600;
  }
  .hint {
    margin: 0;
    font-size: 0.8125em;
    color: var(--_fb-muted);
  }
  /* An item's details: below the chart for the keyboard and touch, a tooltip at the mark for the pointer. */
  .panel,
  .tooltip {
    font-size: 0.8125em;
    color: var(--_fb-text);
    background: var(--_fb-background);
  }
  .panel {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    padding: 0.5rem 0.25rem 0.5rem 0.75rem;
    border-inline-start: 3px solid var(--_fb-accent);
    background: var(--_fb-highlight);
  }
  .panel-body {
    flex: 1 1 auto;
    min-inline-size: 0;
  }
  .panel .close {
    flex: none;
    inline-size: 28px;
    block-size: 28px;
    padding: 0;
    border: 0;
    border-radius: 4px;
    background: transparent;
    color: var(--_fb-muted);
    font: inherit;
    font-size: 1.25em;
    line-height: 1;
    cursor: pointer;
  }
  .tooltip {
    position: absolute;
    z-index: 2;
    inline-size: max-content;
    max-inline-size: min(22rem, 100%);
    padding: 0.45rem 0.6rem;
    border: 1px solid var(--_fb-border);
    border-radius: 4px;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
    pointer-events: none;
    left: var(--x);
    top: var(--y);
    transform: translate(-0.75rem, calc(-100% - 0.75rem));
  }
  .tooltip.left {
    transform: translate(calc(-100% + 0.75rem), calc(-100% - 0.75rem));
  }
  .tooltip.below {
    transform: translate(-0.75rem, 0.75rem);
  }
  .tooltip.left.below {
    transform: translate(calc(-100% + 0.75rem), 0.75rem);
  }
  .panel p,
  .tooltip p {
    margin: 0;
  }
  .panel p + p,
  .panel blockquote + p,
  .tooltip blockquote + p {
    margin-block-start: 0.3rem;
  }
  .panel blockquote,
  .tooltip blockquote {
    margin: 0.3rem 0 0;
    font-style: italic;
  }
`;
