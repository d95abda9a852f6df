/**
 * JSX types for React 19, which renders custom elements directly: attributes
 * as attributes, `data` as a property, and `onfactbox-ready` /
 * `onfactbox-error` as event listeners. Import once, for its types:
 *
 * ```tsx
 * import '@factbox/widgets/trade-share-pie.js';
 * import type {} from '@factbox/widgets/react.js';
 *
 * <factbox-trade-share-pie lang="ar" theme="dark" onfactbox-ready={(e) => console.log(e.detail.rowCount)} />
 * ```
 *
 * React 18 does not pass properties or custom events to custom elements: set
 * `data` and add listeners through a ref (see the README).
 */
import type {} from 'react';
import type { DelegationRow, EventRow, ExerciseRow, FigureRow, TradeShareRow } from '@factbox/datasets';
import type { FactboxErrorDetail, FactboxReadyDetail } from './shared/types.js';

/** What every Factbox element accepts in JSX. */
export interface FactboxElementProps<Row> {
  lang?: 'en' | 'ar' | (string & {});
  theme?: 'light' | 'dark' | 'auto';
  src?: string;
  heading?: string;
  'heading-level'?: 1 | 2 | 3 | 4 | 5 | 6 | `${1 | 2 | 3 | 4 | 5 | 6}`;
  data?: readonly Row[];
  id?: string;
  class?: string;
  className?: string;
  hidden?: boolean;
  'onfactbox-ready'?: (event: CustomEvent<FactboxReadyDetail>) => void;
  'onfactbox-error'?: (event: CustomEvent<FactboxErrorDetail>) => void;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'factbox-trade-share-pie': FactboxElementProps<TradeShareRow>;
      'factbox-delegation-bars': FactboxElementProps<DelegationRow>;
      'factbox-exercises-map': FactboxElementProps<ExerciseRow>;
      'factbox-events-timeline': FactboxElementProps<EventRow> & {
        /** First date shown: YYYY, YYYY-MM or YYYY-MM-DD. */
        from?: string;
        /** Last date shown (included). */
        to?: string;
      };
      'factbox-key-figures': FactboxElementProps<FigureRow> & {
        /** Comma-separated topics to show (`trade,energy`); all when absent. */
        topics?: string;
      };
    }
  }
}
