import { css, html, nothing, type TemplateResult } from 'lit';
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
      // "Rest of the world: derived, not stated in the source (hatched), drawn at 10%, the upper bound. 100% minus…"
      const derivation = rowText(item.row, 'derivation') ?? undefined;
      const said = `${messages.derivedNote}${item.drawnAs ? `${messages.comma}${item.drawnAs}` : ''}.`;
      notes.push(
        derivation
          ? { subject: item.label, text: said, english: derivation }
          : { subject: item.label, text: `${said} ${item.explanation ?? ''}` },
      );
    }
  }
  // A doubt about the source, once for all the items it concerns ("Ocean 2024, Northern/Interaction-2024: …").
  const caveats = new Map<string, { lang?: 'en'; subjects: Set<string> }>();
  for (const item of items) {
    for (const row of item.rows ?? [item.row]) {
      const caveat = caveatOf(row, locale);
      if (!caveat) continue;
      const entry = caveats.get(caveat.text) ?? { ...(caveat.lang ? { lang: caveat.lang } : {}), subjects: new Set<string>() };
      entry.subjects.add(item.shortLabel ?? item.label);
      caveats.set(caveat.text, entry);
    }
  }
  for (const [text, { lang, subjects }] of caveats) {
    const subject = [...subjects].join(messages.comma);
    notes.push(lang ? { subject, english: text } : { subject, text });
  }
  return notes;
}

/** The notes line under the chart. */
/** Most notes on screen: more (outside rows can carry hundreds) would bury the chart; the rest are in the table. */
export const MAX_NOTES = 8;

export function notesTemplate(notes: readonly Note[], messages: Messages, locale: Locale): TemplateResult | typeof nothing {
  if (notes.length === 0) return nothing;
  const shown = notes.slice(0, MAX_NOTES);
  // English words in a right-to-left widget go on a line of their own, left to right.
  const englishOf = (text: string) => (locale === 'ar' ? html`<span class="english" lang="en" dir="ltr">${text}</span>` : english(text));
  return html`<ul class="notes" part="notes" aria-label=${messages.notes}>
    ${shown.map((note) => html`<li>${note.subject ? html`<strong><bdi>${note.subject}</bdi></strong>${messages.colon}` : nothing}${note.text ?? nothing}${note.text && note.english ? ' ' : nothing}${note.english ? englishOf(note.english) : nothing}</li>`)}
    ${notes.length > shown.length ? html`<li>${messages.moreNotes(notes.length - shown.length)}</li>` : nothing}
  </ul>`;
}

/** The notes under the chart. */
export const notesStyles = css`
  /* The notes line: what a reader must know to read the chart right. */
  .notes {
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125em;
    color: var(--_fb-muted);
  }
  .notes .english {
    display: block;
    text-align: left;
  }
  .notes li + li {
    margin-block-start: 0.15rem;
  }
  .notes strong {
    color: var(--_fb-text);
  }
`;
