/**
 * Where each Word cell goes. The model marks every grid position a span covers with a
 * `CoveredCell`; Word wants one `w:tc` per horizontal span (`gridSpan`) and, below a cell
 * spanning rows, a continuing `w:tc` (`vMerge`) with the same span in each covered row.
 */
import { isCovered, type TableCell, type TableRow } from '../../model/document.ts';

export type PlacedCell =
  | { readonly kind: 'start'; readonly cell: TableCell; readonly column: number; readonly colSpan: number; readonly rowSpan: number }
  | { readonly kind: 'continue'; readonly cell: TableCell; readonly column: number; readonly colSpan: number };

type Span = { readonly cell: TableCell; readonly colSpan: number; readonly lastRow: number };

/** The Word cells of each row, left to right. */
export function placeCells(rows: readonly TableRow[]): PlacedCell[][] {
  const spansByColumn = new Map<number, Span>();
  return rows.map((row, rowIndex) => {
    const placed: PlacedCell[] = [];
    let column = 0;
    while (column < row.length) {
      const entry = row[column];
      if (entry !== undefined && !isCovered(entry)) {
        const colSpan = entry.colSpan ?? 1;
        const rowSpan = entry.rowSpan ?? 1;
        placed.push({ kind: 'start', cell: entry, column, colSpan, rowSpan });
        if (rowSpan > 1) spansByColumn.set(column, { cell: entry, colSpan, lastRow: rowIndex + rowSpan - 1 });
        column += colSpan;
        continue;
      }
      const span = spansByColumn.get(column);
      if (span === undefined || span.lastRow < rowIndex) {
        throw new Error(`table row ${rowIndex + 1}, column ${column + 1}: a covered cell with no span over it`);
      }
      placed.push({ kind: 'continue', cell: span.cell, column, colSpan: span.colSpan });
      column += span.colSpan;
    }
    return placed;
  });
}

/**
 * Relative widths scaled to a total in whole twips. Largest remainders take the rounding,
 * so the columns add up to the text width exactly.
 */
export function scaleWidths(relative: readonly number[], total: number): number[] {
  const sum = relative.reduce((a, b) => a + b, 0);
  const exact = relative.map((width) => (width / sum) * total);
  const widths = exact.map(Math.floor);
  const shortfall = total - widths.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) }));
  byRemainder.sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder.slice(0, shortfall)) widths[index] = (widths[index] ?? 0) + 1;
  return widths;
}
