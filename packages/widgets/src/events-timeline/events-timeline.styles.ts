import { css, unsafeCSS, type CSSResult } from 'lit';
import { NARROW_WIDGET } from '../catalogue.js';

const NARROW = unsafeCSS(NARROW_WIDGET);

/**
 * The timeline's own styles: the key, the axis, the lanes and their marks.
 * Marks and words are placed with logical properties from custom properties
 * set per lane (`--from`, `--to`: shares of the axis), so Arabic mirrors the
 * time axis without a second layout. Narrow widgets stack each event's words
 * over its mark: a vertical timeline, earliest first.
 *
 * The comments are out here, between the blocks, rather than in the CSS:
 * whatever is inside a css`` template ships to every reader (about half a
 * kilobyte gzipped of comments).
 */
export const eventsTimelineStyles: CSSResult[] = [
  // The host's container is named, so that the layout switches with the widget's own width, as its reserved height does.
  css`
  :host {
    container-name: factbox-timeline;
  }
  `,
  // Every box from the body down to the lanes is a column, so that the plot's lanes stack under its axis.
  css`
  .body,
  .chart-area,
  .figure,
  .chart,
  .timeline,
  .plot {
    display: flex;
    flex-direction: column;
  }
  .chart-area[hidden] {
    display: none;
  }
  .timeline {
    gap: 0.25rem;
  }
  .diplomacy {
    --c: var(--_fb-series-1);
  }
  .military {
    --c: var(--_fb-series-2);
  }
  .economy {
    --c: var(--_fb-series-3);
  }
  .statement {
    --c: var(--_fb-series-4);
  }
  `,
  // The key: categories by shape (and colour), then how precise a mark is.
  css`
  .key {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 1.5rem;
    margin-block-end: 0.375rem;
    font-size: 0.8125em;
    color: var(--_fb-muted);
  }
  .key ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 0.9rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .key li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .glyph {
    display: inline-block;
    inline-size: 0.75em;
    block-size: 0.75em;
    margin-inline-end: 0.3em;
    background: var(--c);
  }
  .key .glyph {
    margin: 0;
  }
  .glyph.diplomacy {
    border-radius: 50%;
  }
  .glyph.military {
    clip-path: polygon(50% 0, 100% 50%, 50% 100%, 0 50%);
    inline-size: 0.9em;
    block-size: 0.9em;
    vertical-align: -0.1em;
  }
  .glyph.statement {
    clip-path: polygon(50% 0, 100% 100%, 0 100%);
    inline-size: 0.85em;
  }
  .sample {
    position: relative;
    display: inline-block;
    inline-size: 1.6em;
    block-size: 0.5rem;
    background: var(--_fb-muted);
  }
  .sample.point {
    inline-size: 0.5rem;
    border-radius: 50%;
  }
  .sample .part {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    inline-size: 33%;
    background: var(--_fb-muted);
  }
  `,
  // The axis: a tick at each year's start, the year in the middle of its stretch.
  css`
  .axis {
    position: relative;
    block-size: 1.6em;
    font-size: 0.8125em;
    color: var(--_fb-muted);
    border-block-end: 1px solid var(--_fb-border);
  }
  .axis.bottom {
    border-block: 1px solid var(--_fb-border) 0;
    border-block-end: 0;
  }
  .year,
  .tick {
    position: absolute;
    inset-block: 0;
    inset-inline-start: var(--from, var(--at));
    line-height: 1.6em;
  }
  .year {
    inline-size: calc(var(--to) - var(--from));
    text-align: center;
    border-inline-start: 1px solid var(--_fb-border);
  }
  .tick {
    inset-block-start: 60%;
    border-inline-start: 1px solid var(--_fb-border);
  }
  .axis.bottom .tick {
    inset-block: 0 60%;
  }
  .plot {
    position: relative;
    isolation: isolate;
  }
  .grid,
  .gridline {
    position: absolute;
    inset-block: 0;
    pointer-events: none;
  }
  .grid {
    inset-inline: 0;
    z-index: -1;
  }
  .gridline {
    inset-inline-start: var(--at);
    border-inline-start: 1px dashed var(--_fb-border);
  }
  .lanes {
    display: flex;
    flex-direction: column;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  `,
  // A lane: the event's mark on the axis and its words beside it (the base's item button, as wide as the axis).
  css`
  .item.lane {
    display: block;
    position: relative;
    inline-size: 100%;
    margin: 0;
    padding: 0.25rem 0;
    font-size: 0.875em;
    line-height: 1.35;
    border-radius: 0;
  }
  .lane.after {
    padding-inline-start: calc(var(--to) + 0.75rem);
  }
  .lane.before {
    padding-inline-end: calc(100% - var(--from) + 0.75rem);
    text-align: end;
  }
  .when {
    font-weight: 700;
  }
  .status {
    display: inline-block;
    margin-inline: 0.35em 0.1em;
    padding: 0 0.35em;
    border: 1px solid var(--_fb-muted);
    border-radius: 3px;
    font-size: 0.9em;
    line-height: 1.3;
    color: var(--_fb-muted);
  }
  .what::before {
    content: ' ';
  }
  .footnote,
  .accounts {
    color: var(--_fb-muted);
  }
  .accounts {
    margin-inline-start: 0.3em;
    white-space: nowrap;
  }
  `,
  // Marks, vertically centred on the first line of words.
  css`
  .mark {
    position: absolute;
    inset-block-start: calc(0.25rem + (1.35em - 0.5rem) / 2);
    inset-inline-start: var(--from);
    inline-size: max(2px, calc(var(--to) - var(--from)));
    block-size: 0.5rem;
    background: var(--c);
  }
  .mark.point {
    inset-inline-start: clamp(0px, calc(var(--from) - 0.25rem), calc(100% - 0.5rem));
    inline-size: 0.5rem;
    border-radius: 50%;
  }
  .mark.faint,
  .sample.faint {
    background: transparent;
    box-shadow: inset 0 0 0 1px var(--c, var(--_fb-muted));
  }
  .mark.part {
    inset-inline-start: var(--part-from);
    inline-size: max(2px, calc(var(--part-to) - var(--part-from)));
  }
  `,
  // An open side fades out: the text gives no date there.
  css`
  .mark.open-start,
  .sample.open-start {
    background: linear-gradient(to right, transparent, var(--c, var(--_fb-muted)));
  }
  .mark.open-end {
    background: linear-gradient(to left, transparent, var(--c));
  }
  .frame[dir='rtl'] .mark.open-start,
  .frame[dir='rtl'] .sample.open-start {
    background: linear-gradient(to left, transparent, var(--c, var(--_fb-muted)));
  }
  .frame[dir='rtl'] .mark.open-end {
    background: linear-gradient(to right, transparent, var(--c));
  }
  .empty {
    margin: 0;
    padding: 1rem 0;
    color: var(--_fb-muted);
  }
  `,
  // Words over the mark: every lane of a narrow widget, and a wide lane whose mark leaves no room beside it.
  css`
  .lane.below {
    padding: 0.25rem 0 1.05rem;
  }
  .lane.below .mark {
    inset-block: auto 0.3rem;
  }
  @container factbox-timeline (max-width: ${NARROW}) {
    .item.lane {
      padding: 0.25rem 0 1.05rem;
      text-align: start;
    }
    .mark {
      inset-block: auto 0.3rem;
    }
  }
  `,
  // The details under their event: inset from the lane, clear of the next one.
  css`
  .lanes .panel-slot {
    margin-block: 0.25rem 0.5rem;
  }
  .timeline > .panel-slot {
    margin-block-end: 0.25rem;
  }
  `,
];
