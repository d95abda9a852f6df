/**
 * Charts waiting to be drawn, each by its latest request, drawn one per
 * task in order. Drawing is the expensive step (building a Chart.js chart,
 * projecting a map): one per task keeps the page responsive while several
 * widgets arrive at once.
 */
const queue = new Map<object, () => void>();
let scheduled = false;

export function scheduleDraw(owner: object, draw: () => void): void {
  queue.delete(owner);
  queue.set(owner, draw);
  if (scheduled) return;
  scheduled = true;
  setTimeout(drawNext, 0);
}

function drawNext(): void {
  const next = queue.entries().next();
  if (next.done) {
    scheduled = false;
    return;
  }
  const [owner, draw] = next.value;
  queue.delete(owner);
  draw();
  setTimeout(drawNext, 0);
}
