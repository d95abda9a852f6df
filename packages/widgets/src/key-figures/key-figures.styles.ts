/**
 * The key figures' cards. Sizes follow the shared type scale (shared/styles.ts):
 * the figure itself large, what it measures at 0.875em, date and source at
 * 0.8125em; nothing under 11 px. No colour carries meaning: a pair is a
 * dashed group with its relation in words, a caution is a line of words.
 */
import { css, unsafeCSS } from 'lit';
import { NARROW_WIDGET } from '../catalogue.js';

export const keyFiguresStyles = css`
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .cards > li,
  .cell {
    display: flex;
    min-inline-size: 0;
  }
  .cell {
    flex: 1 1 auto;
  }
  /* A card: the base's item button, as a box. */
  .cards .card {
    display: flex;
    flex-direction: column;
    align-items: stretch;
    gap: 0.2rem;
    inline-size: 100%;
    margin: 0;
    padding: 0.5rem 0.7rem 0.6rem;
    border: 1px solid var(--_fb-border);
    border-radius: 4px;
    line-height: 1.35;
  }
  .cards .card[aria-expanded='true'] {
    border-color: var(--_fb-accent);
    box-shadow: inset 0 0 0 1px var(--_fb-accent);
  }
  .card > span {
    display: block;
  }
  /* Arabic script reads small at the Latin sizes: a step up for the cards' many short lines. */
  .cards:lang(ar) {
    font-size: 1.0625em;
  }
  .card-value {
    line-height: 1.15;
  }
  .amount {
    font-weight: 700;
  }
  .amount.big {
    font-size: 1.5em;
    letter-spacing: -0.01em;
  }
  .amount.medium {
    font-size: 1.125em;
  }
  .amount.long {
    font-size: 1em;
  }
  /* Words are not numbers: set as words, not as a big figure. */
  .amount.words {
    font-weight: 600;
  }
  .unit {
    font-size: 0.875em;
    font-weight: 600;
  }
  .subject {
    font-size: 0.875em;
  }
  .meta {
    margin-block-start: auto;
    padding-block-start: 0.15rem;
    font-size: 0.8125em;
    color: var(--_fb-muted);
  }
  .flag {
    font-size: 0.8125em;
    font-weight: 600;
  }
  /* Two related figures side by side, the relation above them in words. */
  .cards > li.pair {
    grid-column: 1 / -1;
  }
  .pair-group {
    flex: 1 1 auto;
    display: flex;
    flex-direction: column;
    gap: 0.4rem;
    padding: 0.45rem 0.5rem 0.5rem;
    border: 2px dashed var(--_fb-muted);
    border-radius: 6px;
  }
  .relation {
    margin: 0;
    font-size: 0.875em;
    font-weight: 700;
  }
  .pair-cards {
    flex: 1 1 auto;
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 0.5rem;
  }
  .empty {
    margin: 0;
    padding: 0.75rem;
    border: 1px dashed var(--_fb-border);
    border-radius: 4px;
  }
  /* A card's details: a row of their own under the card's row, as wide as the grid. */
  .cards > li.details {
    display: block;
    grid-column: 1 / -1;
  }
  /* The hint, under the grid while no card is selected. */
  .chart > .panel-slot {
    margin-block-start: 0.5rem;
  }
  /* Table columns as wide as their longest word ("supplies" is not cut into "supplie s"). */
  table {
    overflow-wrap: break-word;
  }
  @container (max-width: ${unsafeCSS(NARROW_WIDGET)}) {
    .cards .card {
      padding: 0.45rem 0.6rem 0.5rem;
    }
    .amount.big {
      font-size: 1.375em;
    }
  }
`;
