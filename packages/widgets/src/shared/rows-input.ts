/**
 * What a widget needs only for rows from outside (`src` or `data`): fetching
 * and validating them. A separate module, loaded on demand, so that pages
 * showing the built-in rows — already checked when the dataset was built —
 * do not download it.
 */
export { FETCH_TIMEOUT_MS, MAX_BYTES, loadRecords } from './load-rows.js';
export { validateRows } from '@factbox/datasets';
