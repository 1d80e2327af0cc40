/**
 * A table's measurements, in points: rules and padding, column widths that keep words whole,
 * the pieces a row span's label is dealt out in, and the height of the table's head.
 */
import type { TableBlock, TableCell, Text } from '../../model/document.ts';
import { isCovered } from '../../model/document.ts';
import { breakClusters } from './break-clusters.ts';
import { textHeight, widestCluster } from './cell-text.ts';
import { fitColumns } from './column-widths.ts';
import { typesetting } from '../../model/page-setup.ts';
import { wrapLines } from './measure.ts';
import type { SpanPiece } from './row-spans.ts';

export const rule = 0.5;
export const paddingX = 2;
export const paddingY = 1.5;

export type Geometry = { readonly size: number; readonly widths: readonly number[] };

/** A cell's text as it is set, where it starts: a vertical header label one cluster per line. */
export type Placed = { readonly source: TableCell; readonly content: Text; readonly at: number; readonly row: number };

export const verticalText = (content: Text): Text => ({ ...content, text: breakClusters(content.text).join('\n') });

export function placedHeader(header: TableBlock['header']): Placed[] {
  return header.flatMap((cells, row) =>
    cells.flatMap((source, at) => (isCovered(source) ? [] : [{ source, content: source.vertical ? verticalText(source.content) : source.content, at, row }])),
  );
}

/**
 * The model's relative widths scaled so the table, rules and padding fill the text width,
 * each column widened where needed to hold its widest word (column-widths.ts).
 */
export function columnWidths(block: TableBlock, size: number, width: number): number[] {
  const columns = block.columnWidths.length;
  const content = width - columns * 2 * paddingX - (columns + 1) * rule;
  const total = block.columnWidths.reduce((sum, w) => sum + w, 0);
  const minimums = block.columnWidths.map(() => 0);
  for (const row of [...block.header, ...block.body]) {
    row.forEach((cell, at) => {
      if (!isCovered(cell) && (cell.colSpan ?? 1) === 1) minimums[at] = Math.max(minimums[at] ?? 0, widestCluster(cell.content, size));
    });
  }
  return fitColumns(block.columnWidths.map((w) => (content * w) / total), minimums);
}

/** Width inside a cell starting at column `at`, across its column span. */
export function spannedWidth(widths: readonly number[], at: number, span: number): number {
  const columns = widths.slice(at, at + span);
  return columns.reduce((sum, w) => sum + w, 0) + (columns.length - 1) * (2 * paddingX + rule);
}

/** A span label's pieces: a vertical label's clusters or the lines it wraps to, then its English lines. */
export function labelPieces(cell: TableCell, at: number, { size, widths }: Geometry): SpanPiece[] {
  const width = spannedWidth(widths, at, cell.colSpan ?? 1);
  const { text, secondary } = cell.content;
  const primary = cell.vertical ? breakClusters(text) : wrapLines(text, 'table', size, width);
  const english = secondary === undefined ? [] : wrapLines(secondary, 'table', size * typesetting.secondaryScale, width);
  return [...primary.map((t) => ({ text: t, secondary: false })), ...english.map((t) => ({ text: t, secondary: true }))];
}

/** Room a cell's text needs, padding included. */
const needs = (c: Placed, { size, widths }: Geometry) =>
  textHeight(c.content, size, spannedWidth(widths, c.at, c.source.colSpan ?? 1)) + 2 * paddingY;

/**
 * Heights of the first `rows` rows, rules not included, as pdfmake sizes them: each row as
 * tall as its tallest single-row cell, the last row of a span grown if the span needs more.
 */
export function rowHeights(cells: readonly Placed[], rows: number, geometry: Geometry): number[] {
  const heights = Array.from({ length: rows }, () => 0);
  const inHead = cells.filter((c) => c.row < rows);
  for (const c of inHead) {
    if ((c.source.rowSpan ?? 1) === 1) heights[c.row] = Math.max(heights[c.row] ?? 0, needs(c, geometry));
  }
  for (const c of inHead) {
    const last = Math.min(rows, c.row + (c.source.rowSpan ?? 1)) - 1;
    const spanned = heights.slice(c.row, last + 1).reduce((sum, h) => sum + h, 0);
    heights[last] = (heights[last] ?? 0) + Math.max(0, needs(c, geometry) - spanned);
  }
  return heights;
}

/**
 * Height of the header rows and the first body row, which pdfmake keeps together: what a
 * heading or caption above the table needs below it on its page (keep-with-next.ts).
 */
export function headHeight(cells: readonly Placed[], rows: number, geometry: Geometry): number {
  return rowHeights(cells, rows, geometry).reduce((sum, h) => sum + h, 0) + (rows + 1) * rule;
}

/**
 * The top margin that centres a row-spanning cell's text in its rows. pdfmake's own
 * `verticalAlignment` mis-measures a span when rows may not split, and drops its text to
 * the bottom; so the room is measured here: the span's rows and the rules between them.
 */
export function spanTopMargin(c: Placed, heights: readonly number[], geometry: Geometry): number {
  const spanRows = heights.slice(c.row, c.row + (c.source.rowSpan ?? 1));
  const room = spanRows.reduce((sum, h) => sum + h, 0) + (spanRows.length - 1) * rule;
  return Math.max(0, (room - needs(c, geometry)) / 2);
}
