/**
 * A table's measurements, in points: rules and padding, column widths that keep words whole,
 * row heights as they are set, and the height of the table's head.
 */
import type { TableBlock, TableCell, TableRow, Text } from '../../model/document.ts';
import { isCovered } from '../../model/document.ts';
import { breakClusters } from './break-clusters.ts';
import { longestLine, textHeight, widestCluster } from './cell-text.ts';
import { fitColumns, measuredColumns } from './column-widths.ts';

export const rule = 0.5;
/** Room between a cell's text and its rules, so text never touches a border. */
export const paddingX = 3;
export const paddingY = 3;

export type Geometry = { readonly size: number; readonly widths: readonly number[] };

/** A cell's text as it is set, where it starts: a vertical header label one cluster per line. */
export type Placed = { readonly source: TableCell; readonly content: Text; readonly at: number; readonly row: number };

const verticals = new WeakMap<Text, Text>();

export function verticalText(content: Text): Text {
  let vertical = verticals.get(content);
  if (!vertical) verticals.set(content, (vertical = { ...content, text: breakClusters(content.text).join('\n') }));
  return vertical;
}

/** The shown cells of rows, numbered from `firstRow`, a vertical label one cluster per line. */
export function placedRows(rows: readonly TableRow[], firstRow = 0): Placed[] {
  return rows.flatMap((cells, row) =>
    cells.flatMap((source, at) =>
      isCovered(source) ? [] : [{ source, content: source.vertical ? verticalText(source.content) : source.content, at, row: firstRow + row }],
    ),
  );
}

/**
 * The model's relative widths scaled so the table, rules and padding fill the text width,
 * each column widened where needed to hold its widest word (column-widths.ts). A table
 * with two-language labels is measured instead: the English beneath each label makes the
 * model's proportions, set for one language, leave rows many lines tall.
 */
export function columnWidths(block: TableBlock, size: number, width: number): number[] {
  const columns = block.columnWidths.length;
  const content = width - columns * 2 * paddingX - (columns + 1) * rule;
  const total = block.columnWidths.reduce((sum, w) => sum + w, 0);
  const minimums = block.columnWidths.map(() => 0);
  const maximums = block.columnWidths.map(() => 0);
  const single = (row: TableRow) => row.flatMap((cell, at) => (isCovered(cell) || (cell.colSpan ?? 1) !== 1 ? [] : [{ cell, at }]));
  for (const { cell, at } of [...block.header, ...block.body].flatMap(single)) {
    minimums[at] = Math.max(minimums[at] ?? 0, widestCluster(cell.content, size));
  }
  // Column heads and labels spanning rows may wrap freely, having room below; the body's
  // other lines say how wide a column wants to be.
  for (const { cell, at } of block.body.flatMap(single).filter(({ cell }) => (cell.rowSpan ?? 1) === 1)) {
    maximums[at] = Math.max(maximums[at] ?? 0, cell.vertical ? widestCluster(cell.content, size) : longestLine(cell.content, size));
  }
  const bilingual = [...block.header, ...block.body].some((row) => row.some((cell) => !isCovered(cell) && cell.content.secondary !== undefined));
  if (bilingual) return measuredColumns(content, minimums, maximums);
  return fitColumns(block.columnWidths.map((w) => (content * w) / total), minimums);
}

const spans = new WeakMap<readonly number[], Map<number, number>>();

/** Width inside a cell starting at column `at`, across its column span. */
export function spannedWidth(widths: readonly number[], at: number, span: number): number {
  let known = spans.get(widths);
  const key = at * 1000 + span;
  const found = known?.get(key);
  if (found !== undefined) return found;
  const columns = widths.slice(at, at + span);
  const width = columns.reduce((sum, w) => sum + w, 0) + (columns.length - 1) * (2 * paddingX + rule);
  if (!known) spans.set(widths, (known = new Map()));
  known.set(key, width);
  return width;
}

/** Room a cell's text needs, padding included. */
const needs = (c: Placed, { size, widths }: Geometry) =>
  textHeight(c.content, size, spannedWidth(widths, c.at, c.source.colSpan ?? 1)) + 2 * paddingY;

/**
 * Heights of the first `rows` rows, rules not included, as they are set: each row as
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
 * Height of the header rows and the first body row, which stay together: what a heading
 * or caption above the table needs below it on its page (flow.ts).
 */
export function headHeight(cells: readonly Placed[], rows: number, geometry: Geometry): number {
  return rowHeights(cells, rows, geometry).reduce((sum, h) => sum + h, 0) + (rows + 1) * rule;
}

/**
 * The top margin that centres a row-spanning cell's text in its rows: the room is the
 * span's rows and the rules between them.
 */
export function spanTopMargin(c: Placed, heights: readonly number[], geometry: Geometry): number {
  const spanRows = heights.slice(c.row, c.row + (c.source.rowSpan ?? 1));
  const room = spanRows.reduce((sum, h) => sum + h, 0) + (spanRows.length - 1) * rule;
  return Math.max(0, (room - needs(c, geometry)) / 2);
}

/**
 * A vertical label restated over fewer rows than its characters need (the tail of a group
 * on a new page) is set across its column instead, so it stays whole without stretching
 * the rows; where it fits it stays vertical.
 */
export function settleVerticals(rows: readonly TableRow[], geometry: Geometry): TableRow[] {
  if (!rows.some((row) => row.some((cell) => !isCovered(cell) && cell.vertical && (cell.rowSpan ?? 1) > 1))) return [...rows];
  const singles = placedRows(rows).filter((c) => (c.source.rowSpan ?? 1) === 1);
  const natural = rowHeights(singles, rows.length, geometry);
  return rows.map((row, r) =>
    row.map((cell, at) => {
      if (isCovered(cell) || !cell.vertical || (cell.rowSpan ?? 1) === 1) return cell;
      const room = natural.slice(r, r + (cell.rowSpan ?? 1)).reduce((sum, h) => sum + h, 0);
      const placed = { source: cell, content: verticalText(cell.content), at, row: r };
      return needs(placed, geometry) <= room ? cell : { ...cell, vertical: false };
    }),
  );
}
