/**
 * The key figures' "chart": a grid of figure cards, Lit templates and CSS
 * (no drawing library). Loaded, like every widget's chart, only when the
 * widget nears the viewport; the widget's own module holds the rows, the
 * words and the table, which the first render needs.
 *
 * Every card is an item button (the base's `itemButton`): pointing at it
 * shows the quote in a tooltip at the card, focusing, clicking or tapping it
 * opens the quote in the panel under the card's row, which pushes the rows
 * below down (it covers no card).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { itemButton, type ItemEvents } from '../shared/templates/legend.js';

/** One card, its text ready in the widget's language. */
export interface FigureCard {
  readonly key: string;
  /** The value as the source states it: "over 13,000", "1,146 km", or words. */
  readonly value: string;
  /** What the number counts, set smaller after it; null when none. */
  readonly unit: string | null;
  /** The value is words, not a number (set as words, never as a big number). */
  readonly words: boolean;
  /** What it measures (`subject` / `subject_ar`). */
  readonly subject: string;
  /** The date or period it refers to. */
  readonly period: string;
  /** Who says it (the publisher), or the row's source id marked as not checked. */
  readonly source: TemplateResult | string;
  /** Short lines a reader must not miss: a caution, a derived reading, a related figure not shown. */
  readonly flags: readonly string[];
}

export type CardBlock =
  | { readonly kind: 'single'; readonly card: FigureCard }
  /** Two related figures side by side, with the relation in words. */
  | { readonly kind: 'pair'; readonly relation: string; readonly cards: readonly [FigureCard, FigureCard] };

export interface CardsInput {
  readonly blocks: readonly CardBlock[];
  /** Shown instead of the grid when the filter leaves no figure. */
  readonly empty: string | null;
  readonly events: ItemEvents;
  /**
   * The quotation marks around words: in English they are the source's own words, verbatim;
   * in Arabic a translation of them, marked as reported wording as an Arabic newspaper would («…»).
   */
  readonly quotes: readonly [string, string];
  /** The base's panel: the selected card's details, or the hint under the grid when none is selected. */
  readonly panel: TemplateResult;
  /** The block after which the selected card's details go (the end of its row); null when none is selected. */
  readonly panelAfter: number | null;
}

/**
 * Type size by length, so that "1,146 km" and "أكثر من ١٣٬٠٠٠ حاوية" are big and a long
 * phrase still fits a card. Words are never big: they are not figures.
 */
function sizeOf(card: FigureCard): 'big' | 'medium' | 'long' {
  const length = card.value.length;
  if (!card.words && length <= 24) return 'big';
  return length <= 40 ? 'medium' : 'long';
}

function cardTemplate(card: FigureCard, input: CardsInput): TemplateResult {
  const value = card.words ? `${input.quotes[0]}${card.value}${input.quotes[1]}` : card.value;
  return html`<div class="cell" data-key=${card.key}>${itemButton(
    card.key,
    input.events,
    html`<span class="card-value"><bdi class="amount ${sizeOf(card)} ${card.words ? 'words' : ''}">${value}</bdi>${card.unit ? html` <span class="unit">${card.unit}</span>` : nothing}</span>
      <span class="subject"><bdi>${card.subject}</bdi></span>
      <span class="meta"><span class="period">${card.period}</span><span class="separator" aria-hidden="true"> · </span><span class="publisher">${card.source}</span></span>
      ${card.flags.map((flag) => html`<span class="flag">${flag}</span>`)}`,
    'card',
  )}</div>`;
}

/** The grid (a list, so that screen readers say how many), pairs first; or the message for an empty filter. */
export function renderCards(input: CardsInput): TemplateResult {
  if (input.empty !== null) return html`<p class="empty" role="status">${input.empty}</p>`;
  const details = (index: number): TemplateResult | typeof nothing =>
    index === input.panelAfter ? html`<li class="details">${input.panel}</li>` : nothing;
  // Explicit: WebKit drops the list role of a <ul> styled `list-style: none`, and the count is why it is a list.
  // eslint-disable-next-line lit-a11y/no-redundant-role
  return html`<ul class="cards" role="list">
    ${input.blocks.map((block, index) =>
      block.kind === 'pair'
        ? html`<li class="pair">
              <div class="pair-group" role="group" aria-labelledby="relation-${index}">
                <p class="relation" id="relation-${index}">${block.relation}</p>
                <div class="pair-cards">${block.cards.map((card) => cardTemplate(card, input))}</div>
              </div>
            </li>${details(index)}`
        : html`<li>${cardTemplate(block.card, input)}</li>${details(index)}`,
    )}
  </ul>${input.panelAfter === null ? input.panel : nothing}`;
}
