import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FactboxErrorDetail, FactboxReadyDetail, Problem, WidgetState } from './types.js';

/** What the widget shows now, as the status controller needs it. */
export interface StatusView {
  readonly state: WidgetState;
  readonly rows: readonly unknown[];
  readonly problem: Problem | null;
}

/**
 * What a widget says about itself: the reflected `state` attribute, and the
 * `factbox-ready` and `factbox-error` events, each fired once per set of
 * rows drawn or per problem shown, after it is on screen.
 */
export class StatusController implements ReactiveController {
  /** The rows whose chart has been drawn: the widget is `ready` while it shows them. */
  private readyRows: readonly unknown[] | null = null;
  private announcedProblem = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly view: () => StatusView,
    private readonly warnOnce: (key: string, message: string) => void,
  ) {
    host.addController(this);
  }

  /** Whether the chart has been drawn from `rows`. */
  isReady(rows: readonly unknown[]): boolean {
    return this.readyRows === rows;
  }

  hostConnected(): void {
    this.reflect(); // at once, so that `[state="loading"]` styles apply before the first render
  }

  hostUpdated(): void {
    this.reflect();
    const problem = this.view().problem;
    if (!problem) return;
    const key = `${problem.message}|${problem.details.join('|')}`;
    if (key === this.announcedProblem) return;
    this.announcedProblem = key;
    this.warnOnce(`fail:${key}`, [problem.message, ...problem.details, ...(problem.cause ? [`(${problem.cause})`] : [])].join(' '));
    this.fire<FactboxErrorDetail>('factbox-error', { message: problem.message, details: problem.details });
  }

  /** The chart is drawn from `rows`, of which it shows `shown`: `ready`, announced the first time. */
  drawn(rows: readonly unknown[], shown = rows.length): void {
    if (this.readyRows === rows || this.view().rows !== rows) return;
    this.readyRows = rows;
    this.reflect();
    this.fire<FactboxReadyDetail>('factbox-ready', { rowCount: shown, rows: shown });
  }

  /** "Try again": the same problem, if it comes back, is announced again. */
  retried(): void {
    this.announcedProblem = '';
  }

  /** Puts the `state` attribute back to what the widget says (a value written from outside is not the widget's). */
  reflect(): void {
    const value = this.view().state;
    if (this.host.getAttribute('state') !== value) this.host.setAttribute('state', value);
  }

  private fire<D>(type: 'factbox-ready' | 'factbox-error', detail: D): void {
    this.host.dispatchEvent(new CustomEvent<D>(type, { bubbles: true, composed: true, detail }));
  }
}
