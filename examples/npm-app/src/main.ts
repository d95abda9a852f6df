/**
 * Uses the packages the way an app does: one widget registered by its module,
 * rows of our own choosing given through its `data` property, typed rows
 * read from @factbox/datasets, and typed events.
 */
import '@factbox/widgets/delegation-bars.js';
import { delegations, figures, sources, type DelegationRow, type FigureRow } from '@factbox/datasets';

function required<T extends Element>(selector: string): T {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`missing ${selector}`);
  return element;
}

// Our own data: only the counts the source states, none derived.
const stated: DelegationRow[] = delegations.filter((row) => !row.derived);

// Typed by HTMLElementTagNameMap: this is a FactboxDelegationBars, with `data`, `heading` and `theme`.
const bars = document.createElement('factbox-delegation-bars');
bars.heading = 'Delegations the source states';
bars.theme = 'light';
bars.data = stated;
bars.addEventListener('factbox-ready', (event) => {
  // `event.detail` is typed (FactboxReadyDetail).
  required<HTMLElement>('#status').textContent = `Chart ready: ${event.detail.rowCount} row(s).`;
});
bars.addEventListener('factbox-error', (event) => {
  required<HTMLElement>('#status').textContent = `Chart error: ${event.detail.message}`;
});
required<HTMLElement>('#chart').append(bars);

// Typed rows: every figure with a number, with its unit and source.
const withValue = (row: FigureRow): row is FigureRow & { value: number } => row.value !== null;
const list = required<HTMLUListElement>('#figures');
for (const figure of figures.filter(withValue)) {
  const source = sources.find((s) => s.id === figure.source_id);
  const item = document.createElement('li');
  item.textContent = `${figure.subject}: ${figure.value_as_written} (${figure.value} ${figure.unit}) — ${source?.publisher ?? figure.source_id}`;
  list.append(item);
}
