/**
 * One table row from the page into report cells: the values after the row's label, each
 * checked against its column's cell schema. Whatever cannot be read is left blank (null)
 * with a finding that says where; nothing is guessed.
 */
import type { LabelHit } from '../../../src/import/label-search.ts';
import { readCellValue } from '../../../src/import/numbers.ts';
import { valuesAfter } from '../../../src/import/row-values.ts';
import type { Label } from '../labels.ts';
import { cellUnreadable, rowIncomplete, type Place } from './import-findings.ts';
import { take, type Page } from './page.ts';
import type { Column } from './table-specs.ts';

export type Cells = Record<string, number | null>;

export const blankRow = (columns: readonly Column[]): Cells => Object.fromEntries(columns.map((c) => [c.key, null]));

export type RowPlace = Place & { readonly row: Label };

/**
 * Reads the row whose label is at `hit`; `stops` are labels that may follow it. Answers
 * the cells and the line after the row's last value.
 */
export function readRow(page: Page, hit: LabelHit, columns: readonly Column[], place: RowPlace, end: number, stops: readonly string[]): { cells: Cells; next: number } {
  const values = valuesAfter(page.lines, hit, columns.length, end, stops);
  take(page, hit.line, values.lastLine);
  const next = values.lastLine + 1;
  if (values.kind === 'wrong-count') {
    page.findings.push(rowIncomplete(place, columns.length, values.found));
    return { cells: blankRow(columns), next };
  }
  const cells = Object.fromEntries(columns.map((column, i) =>
    [column.key, readCell(page, values.cells[i] ?? '', column.cell, { ...place, path: [...place.path, column.key], column: column.label })]));
  return { cells, next };
}

/** One cell: a number its column accepts, or null (blank as printed, or unreadable with a finding). */
export function readCell(page: Page, text: string, cell: Column['cell'], place: RowPlace & { column: Label }): number | null {
  const value = readCellValue(text);
  if (value.kind === 'blank') return null;
  const parsed = value.kind === 'number' ? cell.safeParse(value.value) : undefined;
  if (parsed?.success) return parsed.data;
  page.findings.push(cellUnreadable(place, text));
  return null;
}
