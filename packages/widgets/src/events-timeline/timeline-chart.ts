/**
 * The timeline itself, Lit templates and CSS (no canvas, no chart library):
 * a key, an axis of years, and one lane per event, earliest first, each a
 * button holding the event's mark on the shared time axis and its words
 * beside the mark (on a narrow widget, above it). Positions are percentages
 * of the lane set through custom properties and logical CSS properties, so
 * that time runs left to right in English and right to left in Arabic from
 * the same numbers, and the browser, not a measurement, wraps the words.
 * Loaded only when the widget nears the viewport.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cssProperties } from '../shared/css-properties.js';
import { itemButton, type ItemEvents } from '../shared/templates/legend.js';
import {
  axisYears,
  domainOf,
  markKindOf,
  markOf,
  monthTicks,
  placementOf,
  type EventSpan,
  type MarkKind,
  type Range,
} from './timeline-layout.js';
import type { Category, TimelineWords } from './words.js';

/** One event as the timeline shows it. */
export interface TimelineEntry {
  readonly key: string;
  readonly span: EventSpan;
  readonly category: Category;
  readonly categoryName: string;
  /** The date in words, as precise as the text. */
  readonly when: string;
  /** "reported", "planned": said only where it matters. */
  readonly status: string | null;
  readonly title: string;
  /** The mark of the event's doubt about its source, explained in the notes. */
  readonly footnote: string | null;
  /** "(2 accounts)" when several rows tell the event. */
  readonly accounts: string | null;
}

export interface TimelineInput {
  readonly entries: readonly TimelineEntry[];
  readonly range: Range | null;
  readonly words: TimelineWords;
  /** A year in the widget's digits. */
  readonly year: (year: number) => string;
  /** What to say when no event falls within the range. */
  readonly empty: string;
  readonly events: ItemEvents;
  /** The selected event's details (the base's panel), or the hint when none is selected. */
  readonly panel: TemplateResult;
}

const percent = (fraction: number): string => `${Math.round(fraction * 100_000) / 1000}%`;

function axis(input: TimelineInput, years: ReturnType<typeof axisYears>, ticks: readonly number[], end: 'top' | 'bottom'): TemplateResult {
  return html`<div class="axis ${end}" aria-hidden="true">
    ${years.map((y) => html`<span class="year" ${cssProperties({ '--from': percent(y.from), '--to': percent(y.to) })}>${y.labelled ? input.year(y.year) : ''}</span>`)}
    ${ticks.map((at) => html`<span class="tick" ${cssProperties({ '--at': percent(at) })}></span>`)}
  </div>`;
}

function key(input: TimelineInput): TemplateResult {
  const { words, entries } = input;
  const categories = (Object.keys(words.category) as Category[]).filter((c) => entries.some((e) => e.category === c));
  const kinds = new Set(entries.map((e) => markKindOf(e.span)));
  const has = (kind: MarkKind): boolean => kinds.has(kind);
  return html`<div class="key">
    <ul>${categories.map((c) => html`<li><span class="glyph ${c}"></span>${words.category[c]}</li>`)}</ul>
    <ul>
      ${has('point') ? html`<li><span class="sample point"></span>${words.key.day}</li>` : nothing}
      ${has('span') ? html`<li><span class="sample span"></span>${words.key.period}</li>` : nothing}
      ${entries.some((e) => e.span.within !== e.span.period) ? html`<li><span class="sample span faint"><span class="sample part"></span></span>${words.key.part}</li>` : nothing}
      ${has('open-start') || has('open-end') ? html`<li><span class="sample open-start"></span>${words.key.open}</li>` : nothing}
    </ul>
  </div>`;
}

function lane(entry: TimelineEntry, domain: Range, events: ItemEvents, panel: TemplateResult | typeof nothing): TemplateResult {
  const mark = markOf(entry.span, domain);
  const part = mark.part;
  const place = placementOf(mark);
  const geometry = {
    '--from': percent(mark.from),
    '--to': percent(mark.to),
    ...(part ? { '--part-from': percent(part.from), '--part-to': percent(part.to) } : {}),
  };
  return html`<li class=${entry.category} data-key=${entry.key} ${cssProperties(geometry)}>${itemButton(
    entry.key,
    events,
    html`
    <span class="mark ${mark.kind} ${part ? 'faint' : ''} ${mark.cutStart ? 'cut-start' : ''} ${mark.cutEnd ? 'cut-end' : ''}" aria-hidden="true"></span>
    ${part ? html`<span class="mark part" aria-hidden="true"></span>` : nothing}
    <span class="glyph ${entry.category}"><span class="visually-hidden">${entry.categoryName}: </span></span>
    <strong class="when"><bdi>${entry.when}</bdi></strong>
    ${entry.status ? html`<span class="status">${entry.status}</span>` : nothing}
    <span class="what"><bdi>${entry.title}</bdi>${entry.footnote ? html`<span class="footnote">\u2009${entry.footnote}</span>` : nothing}</span>
    ${entry.accounts ? html`<span class="accounts">${entry.accounts}</span>` : nothing}`,
    `lane ${place}`,
  )}${panel}</li>`;
}

/** The contents of the chart area. */
export function renderTimeline(input: TimelineInput): TemplateResult {
  if (input.entries.length === 0) return html`<p class="empty">${input.empty}</p>`;
  const domain = domainOf(
    input.entries.map((e) => e.span),
    input.range,
  );
  const years = axisYears(domain);
  const ticks = monthTicks(domain);
  // The details open under the selected event; with none selected, the hint says how, above the axis.
  const selected = input.entries.some((entry) => entry.key === input.events.selectedKey);
  return html`<div class="timeline">
    ${key(input)}
    ${selected ? nothing : input.panel}
    ${axis(input, years, ticks, 'top')}
    <div class="plot">
      <div class="grid" aria-hidden="true">${years.slice(1).map((y) => html`<span class="gridline" ${cssProperties({ '--at': percent(y.from) })}></span>`)}</div>
      <ol class="lanes">${input.entries.map((entry) => lane(entry, domain, input.events, entry.key === input.events.selectedKey ? input.panel : nothing))}</ol>
    </div>
    ${axis(input, years, ticks, 'bottom')}
  </div>`;
}
