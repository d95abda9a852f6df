/**
 * "Get the data": the rows a widget shows, as a CSV file the reader's
 * spreadsheet opens correctly (UTF-8 with a byte order mark, so that Excel
 * reads Arabic text right).
 */
import { toCsv, type Field, type Row } from '@factbox/datasets';

export function downloadCsv(fileName: string, fields: readonly Pick<Field, 'name'>[], rows: readonly Row[]): void {
  // Rows may come from anyone (`src`): no cell may run as a formula in the reader's spreadsheet.
  const blob = new Blob(['\ufeff', toCsv(fields, rows, { spreadsheetSafe: true })], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
