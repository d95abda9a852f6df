import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Rows of the data table built per task (the built-in datasets fit in one). */
const SLICE = 40;

/**
 * How many rows of the data table are rendered: a long table (rows from
 * `src` or `data`, up to the widget's maximum) is built a slice per task
 * after each update, so that showing it never freezes the page.
 */
export class TableSlicesController implements ReactiveController {
  /** Rows rendered so far. */
  built = SLICE;
  private nextSlice: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly rowCount: () => number,
  ) {
    host.addController(this);
  }

  /** New rows: start again from the first slice. */
  reset(): void {
    this.built = SLICE;
  }

  hostUpdated(): void {
    if (this.built >= this.rowCount() || this.nextSlice) return;
    this.nextSlice = setTimeout(() => {
      this.nextSlice = null;
      this.built += SLICE;
      this.host.requestUpdate();
    }, 0);
  }

  hostDisconnected(): void {
    if (this.nextSlice) clearTimeout(this.nextSlice);
    this.nextSlice = null;
  }
}
