/**
 * A table's body cut into parts for pages. A part is a run of body rows; a row span that
 * starts above a part, or runs on below it, is set again within the part, whole, over the
 * rows the part holds — so a group label continuing on the next page is printed there too.
 */
import type { CoveredCell, TableCell, TableRow } from '../../model/document.ts';
import { isCovered } from '../../model/document.ts';

const covered: CoveredCell = { covered: true };

/** Rows `start` to `end` (exclusive) of a body, every span cut to them and restated at their top. */
export function bodySlice(body: readonly TableRow[], start: number, end: number): TableRow[] {
  const rows: (TableCell | CoveredCell)[][] = body.slice(start, end).map((row) => [...row]);
  body.forEach((row, r) => {
    if (r >= end) return;
    row.forEach((cell, c) => {
      if (isCovered(cell)) return;
      const last = r + (cell.rowSpan ?? 1);
      if (last <= start || (r >= start && last <= end)) return;
      const from = Math.max(r, start);
      const span = Math.min(last, end) - from;
      const target = rows[from - start];
      if (target) target[c] = span > 1 ? { ...cell, rowSpan: span } : withoutRowSpan(cell);
      for (let i = 1; i < span; i++) {
        const below = rows[from - start + i];
        if (below) below[c] = covered;
      }
    });
  });
  return rows;
}

function withoutRowSpan(cell: TableCell): TableCell {
  const { rowSpan: _, ...rest } = cell;
  return rest;
}

const shownCells = (row: TableRow) => row.filter((cell): cell is TableCell => !isCovered(cell));

/**
 * Whether a row labels the rows under it and so may not end a page: one cell across the
 * whole table (a band of section 二, a group label of section 三 in English) or a row of
 * column heads inside the body.
 */
export function labelsRowsBelow(row: TableRow, columns: number): boolean {
  const shown = shownCells(row);
  if (shown.length === 0) return false;
  if (shown.length === 1 && (shown[0]?.colSpan ?? 1) === columns) return true;
  return shown.every((cell) => cell.heading === true);
}

/** Whether a page may end before body row `at` (0 < at < length). */
export const mayBreakBefore = (body: readonly TableRow[], at: number, columns: number): boolean => {
  const above = body[at - 1];
  return above !== undefined && !labelsRowsBelow(above, columns);
};
