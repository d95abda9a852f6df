import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { scheduleDraw } from './draw-queue.js';
import type { Messages } from './i18n.js';
import type { Problem } from './types.js';

export type ChartCodeStatus = 'waiting' | 'loading' | 'loaded' | 'failed';

/** What a chart is drawn from; it is drawn again when any of it changes. */
export interface DrawKey {
  readonly rows: readonly unknown[];
  readonly locale: string;
  readonly theme: string | null;
  /** Anything else the widget draws differently for (a reader's choice). */
  readonly variant: string;
}

/** What the widget does for the controller. */
export interface ChartHooks<M> {
  /** Imports the chart code (a chunk of its own). */
  importChart(): Promise<M>;
  /** Draws or redraws the chart (canvas charts; SVG charts render in the template); false when it cannot yet (no size). */
  draw(chart: M): boolean;
  /** Frees the chart. */
  destroy(): void;
  /** The chart is drawn from `key`. */
  drawn(key: DrawKey): void;
}

/**
 * The chart of a widget: its code is loaded only when the widget comes near
 * the viewport (a page pays for the charts its reader scrolls to), and it is
 * drawn in a task of its own, one chart at a time, whenever what it is
 * drawn from changes — rows, language, theme, or the reader's colour scheme
 * under theme="auto". Removed from the page, the chart is freed; it is drawn
 * again if the widget comes back.
 */
export class ChartController<M> implements ReactiveController {
  status: ChartCodeStatus = 'waiting';
  /** The chart code has arrived, or will not: what the widget shows under the chart is final. */
  get settled(): boolean {
    return this.status === 'loaded' || this.status === 'failed';
  }
  /** The loaded chart module. */
  module: M | null = null;
  /** Why loading or drawing the chart failed. */
  error: unknown = null;
  private visibility: IntersectionObserver | null = null;
  private drawnFrom: DrawKey | null = null;
  private colorScheme: MediaQueryList | null = null;
  private readonly onColorSchemeChange = (): void => {
    this.drawnFrom = null;
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly hooks: ChartHooks<M>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.colorScheme = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
    this.colorScheme?.addEventListener('change', this.onColorSchemeChange);
    // Moved in the page: the chart was freed when the widget left; draw it again.
    if (this.status === 'loaded') this.host.requestUpdate();
    if (this.status !== 'waiting') return;
    if (typeof IntersectionObserver === 'undefined') {
      void this.load();
      return;
    }
    // A little before it scrolls into view.
    this.visibility = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) void this.load();
      },
      { rootMargin: '50% 0px' },
    );
    this.visibility.observe(this.host);
  }

  hostDisconnected(): void {
    this.visibility?.disconnect();
    this.visibility = null;
    this.colorScheme?.removeEventListener('change', this.onColorSchemeChange);
    this.hooks.destroy();
    this.drawnFrom = null;
  }

  /** Loads the chart code now (near the viewport, or "Try again"). */
  async load(): Promise<void> {
    this.visibility?.disconnect();
    this.visibility = null;
    if (this.status === 'loading' || this.status === 'loaded') return;
    this.status = 'loading';
    this.host.requestUpdate();
    try {
      this.module = await this.hooks.importChart();
      this.status = 'loaded';
    } catch (error) {
      this.fail(error);
    }
    this.host.requestUpdate();
  }

  /** Draws the chart from `key` unless it is drawn from it already (call after every render). */
  drawFrom(key: DrawKey): void {
    const chart = this.module;
    const drawn = this.drawnFrom;
    if (this.status !== 'loaded' || chart === null || key.rows.length === 0) return;
    if (drawn && drawn.rows === key.rows && drawn.locale === key.locale && drawn.theme === key.theme && drawn.variant === key.variant)
      return;
    scheduleDraw(this, () => {
      if (!this.host.isConnected || this.status !== 'loaded') return;
      try {
        // Not drawable yet (e.g. a map before its box is measured): drawn on a later update.
        if (!this.hooks.draw(chart)) return;
      } catch (error) {
        this.fail(error);
        return;
      }
      this.drawnFrom = key;
      this.hooks.drawn(key);
    });
  }

  /** What the widget says when the chart code failed to load or draw (a retry loads it again), else null. */
  problem(messages: Messages): Problem | null {
    if (this.status !== 'failed') return null;
    return { message: messages.chartFailed, details: [], retry: 'chart', cause: String(this.error) };
  }

  private fail(error: unknown): void {
    this.hooks.destroy();
    this.status = 'failed';
    this.error = error;
    this.host.requestUpdate();
  }
}
