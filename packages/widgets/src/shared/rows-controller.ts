import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Row, TableSchema } from '@factbox/datasets';
import type { Messages } from './i18n.js';
import type { LoadFailure } from './load-rows.js';
import type { Problem } from './types.js';

export type RowsStatus<R extends Row> =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly rows: readonly R[] }
  | { readonly kind: 'failed'; readonly problem: Problem };

/** What a widget tells the controller about its rows. */
export interface RowsSpec<R extends Row> {
  /** Table Schema that `src` and `data` rows must follow. */
  schema(): TableSchema;
  /** Most rows the chart can show legibly; more is an error, not a frozen page. */
  maxRows(): number;
  /** The built-in rows from @factbox/datasets (checked when the dataset was built). */
  builtIn(): readonly R[];
  /** Problems with valid rows that only this chart cares about (e.g. shares over 100%). */
  check(rows: readonly R[]): string[];
  /** Where the rows come from now: the `src` attribute and the `data` property. */
  input(): { readonly src: string | null; readonly data: readonly R[] | undefined };
  messages(): Messages;
  warnOnce(key: string, message: string): void;
}

/**
 * The rows a widget shows: the built-in rows at once, or rows from `src` or
 * `data`, fetched and validated by code loaded only then. A new `src` or
 * `data` aborts the load in flight; removing the widget aborts it too, and
 * it starts again if the widget comes back.
 */
export class RowsController<R extends Row> implements ReactiveController {
  status: RowsStatus<R> = { kind: 'loading' };
  /** The input the status belongs to; null when the rows must be loaded (again). */
  private loadedFrom: ReturnType<RowsSpec<R>['input']> | null = null;
  private inFlight: AbortController | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly spec: RowsSpec<R>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.loadedFrom) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (!this.inFlight) return;
    this.inFlight.abort();
    this.inFlight = null;
    this.loadedFrom = null;
  }

  hostUpdate(): void {
    const input = this.spec.input();
    const last = this.loadedFrom;
    if (!last || last.src !== input.src || last.data !== input.data) void this.load(input);
  }

  /** Loads the rows again ("Try again"). */
  reload(): void {
    this.loadedFrom = null;
    this.host.requestUpdate();
  }

  private async load(input: ReturnType<RowsSpec<R>['input']>): Promise<void> {
    this.inFlight?.abort();
    this.inFlight = null;
    this.loadedFrom = input;
    if (input.data === undefined && (input.src === null || input.src === '')) {
      this.status = { kind: 'loaded', rows: this.spec.builtIn() };
      return;
    }
    const controller = new AbortController();
    this.inFlight = controller;
    this.status = { kind: 'loading' };
    const status = await this.loadOutside(input, controller.signal);
    if (controller.signal.aborted) return;
    this.inFlight = null;
    this.status = status;
    this.host.requestUpdate();
  }

  private async loadOutside(input: ReturnType<RowsSpec<R>['input']>, signal: AbortSignal): Promise<RowsStatus<R>> {
    const { spec } = this;
    const e = spec.messages().errors;
    const failed = (message: string, details: readonly string[], retry: Problem['retry']): RowsStatus<R> => ({
      kind: 'failed',
      problem: { message, details, retry },
    });
    // The code that fetches and validates outside rows is loaded only now.
    let code: typeof import('./rows-input.js');
    try {
      code = await import('./rows-input.js');
    } catch (error) {
      return failed(e.network, [String(error)], 'data');
    }
    let records: unknown = input.data;
    if (records === undefined) {
      const result = await code.loadRecords(input.src ?? '', document.baseURI, signal);
      if (!result.ok)
        return failed(
          describe(result.failure, spec.messages(), code),
          result.failure.kind === 'unreadable' ? [result.failure.detail] : [],
          result.failure.kind === 'scheme' ? null : 'data',
        );
      records = result.records;
    }
    if (Array.isArray(records) && records.length > spec.maxRows()) {
      return failed(e.invalidRows, [`${records.length} rows; this chart shows at most ${spec.maxRows()}.`], null);
    }
    const result = code.validateRows<R>(spec.schema(), records);
    const errors = result.errors.length > 0 ? result.errors : spec.check(result.rows);
    if (errors.length > 0) return failed(e.invalidRows, errors, null);
    if (result.warnings.length > 0) spec.warnOnce(`rows:${result.warnings.join()}`, result.warnings.join('; '));
    return { kind: 'loaded', rows: result.rows };
  }
}

function describe(failure: LoadFailure, messages: Messages, limits: { FETCH_TIMEOUT_MS: number; MAX_BYTES: number }): string {
  const e = messages.errors;
  switch (failure.kind) {
    case 'scheme':
      return e.srcScheme;
    case 'http':
      return e.fetchFailed(failure.status);
    case 'network':
    case 'aborted':
      return e.network;
    case 'timeout':
      return e.timeout(String(limits.FETCH_TIMEOUT_MS / 1000));
    case 'too-large':
      return e.tooLarge(`${limits.MAX_BYTES / 1024 / 1024} MB`);
    case 'unreadable':
      return e.unreadable(failure.format);
  }
}
