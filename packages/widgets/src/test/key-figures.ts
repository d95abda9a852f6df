/** Mounting <factbox-key-figures> and reading its cards, for its browser tests. */
import { resetMouse } from '@web/test-runner-commands';
import { figures, type FigureRow } from '@factbox/datasets';
import '../key-figures.js';
import type { FactboxKeyFigures } from '../key-figures/key-figures.js';
import { mount, shadow, textOf, whenReady } from './helpers.js';

export const CONTAINERS = 'north-korea-containers-to-russia';
export const CONTAINERS_OCTOBER = 'north-korea-containers-october-2023';

export async function keyFigures(attributes = '', width = 640, data?: readonly FigureRow[]): Promise<FactboxKeyFigures> {
  const { element } = mount<FactboxKeyFigures>(`<factbox-key-figures ${attributes}></factbox-key-figures>`, `width: ${width}px`);
  if (data) element.data = data;
  await element.updateComplete;
  await whenReady(element);
  return element;
}

export function cells(element: Element): HTMLElement[] {
  return [...shadow(element).querySelectorAll<HTMLElement>('.cell')];
}

export function cell(element: Element, id: string): HTMLElement {
  const found = cells(element).find((c) => c.dataset['key'] === id);
  if (!found) throw new Error(`no card for ${id}`);
  return found;
}

export const amount = (card: Element): string => textOf(card.querySelector('.amount'));
export const periodOf = (card: Element): string => textOf(card.querySelector('.period'));
export const row = (id: string): FigureRow => figures.find((f) => f.id === id) as FigureRow;
export const panelText = (element: Element): string => textOf(shadow(element).querySelector('[part="quote"]'));
export const overlaps = (a: DOMRect, b: DOMRect): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Empties the page and puts the pointer back, after each test. */
export async function cleanUp(): Promise<void> {
  document.body.replaceChildren();
  await resetMouse();
}
