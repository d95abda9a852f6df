/**
 * Naming things in problem messages: elements by their class or part, text
 * by its first words, amounts to a tenth of a pixel, lines counted as a
 * reader would.
 */
import type { TextRun } from './text-runs.js';

/** A short, readable name for an element: `.callout`, `svg`, `<factbox-trade-share-pie>`. */
export function describeElement(element: Element): string {
  if (element.shadowRoot && element.localName.includes('-')) return `<${element.localName}>`;
  const own = (e: Element): string | null => {
    const part = e.getAttribute('part');
    const className = e.classList[0];
    if (!part && !className) return null;
    const name = className ? `${e.localName}.${className}` : e.localName;
    return part ? `${name}[part=${part}]` : name;
  };
  const name = own(element);
  if (name) return name;
  // Unnamed (a land <path>, a <div>): say where it is, by its nearest named ancestor.
  for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
    const context = own(ancestor);
    if (context) return `${context} ${element.localName}`;
  }
  return element.localName;
}

/** `'Hover over or focus an item…'`: the start of a run's text, quoted. */
export function quoteText(text: string, max = 40): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return `'${clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean}'`;
}

/** An amount in px as messages give it: to a tenth of a pixel. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** `1 line`, `3 lines`. */
export function lines(count: number): string {
  return `${count} line${count === 1 ? '' : 's'}`;
}

/** How many lines some runs of one piece of text are on (runs of several text nodes share a line). */
export function lineCount(runs: readonly TextRun[]): number {
  const centres: { centre: number; half: number }[] = [];
  for (const { box } of runs) {
    const centre = (box.top + box.bottom) / 2;
    const half = (box.bottom - box.top) / 2;
    if (!centres.some((c) => Math.abs(c.centre - centre) < Math.min(c.half, half))) centres.push({ centre, half });
  }
  return centres.length;
}
