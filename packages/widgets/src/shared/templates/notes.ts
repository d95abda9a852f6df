import { html, nothing, type TemplateResult } from 'lit';
import type { Row } from '@factbox/datasets';
import type { Locale, Messages } from '../i18n.js';
import type { ChartItem, Note } from '../types.js';
import { caveatOf, english, rowText } from './details.js';

/**
 * The notes every chart owes its reader, from its items: a value the text
 * bounds and how it is drawn, a value derived rather than stated and how,
 * and a doubt about the source's own words. A widget adds its own.
 */
export function itemNotes<R extends Row>(items: readonly ChartItem<R>[], messages: Messages, locale: Locale): Note[] {
  const notes: Note[] = [];
  for (const item of items) {
    if (item.drawnAs && !item.derived) notes.push({ subject: item.label, text: messages.boundNote(item.valueText, item.drawnAs) });
    if (item.derived) {
      const derivation = rowText(item.row, 'derivation') ?? undefined;
      const drawn = item.drawnAs ? ` (${item.drawnAs})` : '';
      notes.push({ subject: item.label, text: `${messages.derivedNote}${drawn}`, ...(derivation ? { english: derivation } : { text: `${messages.derivedNote}${drawn} ${item.explanation ?? ''}` }) });
    }
    const said = (text: string): boolean => notes.some((n) => n.text === text || n.english === text);
    for (const row of item.rows ?? [item.row]) {
      const caveat = caveatOf(row, locale);
      if (caveat && !said(caveat.text)) notes.push(caveat.lang ? { subject: item.label, english: caveat.text } : { subject: item.label, text: caveat.text });
    }
  }
  return notes;
}

/** The notes line under the chart. */
export function notesTemplate(notes: readonly Note[], messages: Messages): TemplateResult | typeof nothing {
  if (notes.length === 0) return nothing;
  return html`<ul class="notes" part="notes" aria-label=${messages.notes}>
    ${notes.map((note) => html`<li>${note.subject ? html`<strong><bdi>${note.subject}</bdi></strong>${messages.comma}` : nothing}${note.text ?? nothing}${note.text && note.english ? ' ' : nothing}${note.english ? english(note.english) : nothing}</li>`)}
  </ul>`;
}
