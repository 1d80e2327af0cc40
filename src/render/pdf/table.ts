/**
 * Tables: header rows repeat after a page break, rows never split, spans as in the model
 * (body row spans drawn as in row-spans.ts), a vertical label one character per line.
 * A `wide` table (section 四, 15 columns) stays on the portrait page in 9 pt, which keeps
 * every figure readable and leaves page numbers and binding sides as on every other page
 * (a landscape page would move them, GB/T 9704 §8).
 */
import type { Content, ContentTable, TableCell as PdfCell } from 'pdfmake/interfaces.js';
import type { CoveredCell, TableBlock, TableCell, Text } from '../../model/document.ts';
import { isCovered } from '../../model/document.ts';
import { breakClusters } from './break-clusters.ts';
import { cellLineHeight, textHeight, widestCluster } from './cell-text.ts';
import { fitColumns } from './column-widths.ts';
import { textWithSecondary } from './headings.ts';
import { tableHeadId } from './keep-with-next.ts';
import type { PageContext } from './page-context.ts';
import { type BodyCell, splitRowSpans } from './row-spans.ts';

/** Size of every figure in a wide table: never below 9 pt. */
const wideTableSize = 9;
const rule = 0.5;
const paddingX = 2;
const paddingY = 1.5;

const tableLayout = {
  hLineWidth: () => rule,
  vLineWidth: () => rule,
  paddingLeft: () => paddingX,
  paddingRight: () => paddingX,
  paddingTop: () => paddingY,
  paddingBottom: () => paddingY,
};

/** A cell's text as it is set: a vertical header label one cluster per line. */
type Placed = { readonly source: TableCell; readonly content: Text; readonly at: number; readonly row: number };

function placedCells(header: TableBlock['header'], body: readonly (readonly BodyCell[])[]): Placed[] {
  const fromHeader = header.flatMap((cells, row) =>
    cells.flatMap((source, at) => {
      if (isCovered(source)) return [];
      const content = source.vertical ? { ...source.content, text: breakClusters(source.content.text).join('\n') } : source.content;
      return [{ source, content, at, row }];
    }),
  );
  const fromBody = body.flatMap((cells, i) =>
    cells.flatMap((part, at) => ('covered' in part ? [] : [{ source: part.source, content: part.content, at, row: header.length + i }])),
  );
  return [...fromHeader, ...fromBody];
}

/**
 * The model's relative widths scaled so the table, rules and padding fill the text width,
 * each column widened where needed to hold its widest word (column-widths.ts).
 */
function columnWidths(block: TableBlock, cells: readonly Placed[], size: number, width: number): number[] {
  const columns = block.columnWidths.length;
  const content = width - columns * 2 * paddingX - (columns + 1) * rule;
  const total = block.columnWidths.reduce((sum, w) => sum + w, 0);
  const minimums = block.columnWidths.map(() => 0);
  for (const { source, content: text, at } of cells) {
    if ((source.colSpan ?? 1) === 1) minimums[at] = Math.max(minimums[at] ?? 0, widestCluster(text, size));
  }
  return fitColumns(block.columnWidths.map((w) => (content * w) / total), minimums);
}

/** Width inside a cell starting at column `at`, across its column span. */
function spannedWidth(widths: readonly number[], at: number, span: number): number {
  const columns = widths.slice(at, at + span);
  return columns.reduce((sum, w) => sum + w, 0) + (columns.length - 1) * (2 * paddingX + rule);
}

type Geometry = { readonly size: number; readonly widths: readonly number[] };

function cell(source: TableCell, content: Text, at: number, { size, widths }: Geometry) {
  const width = spannedWidth(widths, at, source.colSpan ?? 1);
  return {
    text: textWithSecondary(content, 'table', size, size * cellLineHeight, width),
    alignment: source.align ?? (source.numeric || source.vertical ? ('center' as const) : ('left' as const)),
    ...(source.colSpan === undefined ? {} : { colSpan: source.colSpan }),
  };
}

/** Header rows keep pdfmake's own spans: they repeat as a whole and never break. */
function headerCell(source: TableCell | CoveredCell, placed: Placed | undefined, geometry: Geometry): PdfCell {
  if (isCovered(source) || placed === undefined) return {};
  return { ...cell(source, placed.content, placed.at, geometry), ...(source.rowSpan === undefined ? {} : { rowSpan: source.rowSpan }) };
}

function bodyCell(source: BodyCell, at: number, geometry: Geometry): PdfCell {
  if ('covered' in source) return {};
  return { ...cell(source.source, source.content, at, geometry), border: [true, source.top, true, source.bottom] };
}

/**
 * Height of the header rows and the first body row, which pdfmake keeps together: what a
 * heading or caption above the table needs below it on its page (keep-with-next.ts).
 */
function headHeight(cells: readonly Placed[], rows: number, { size, widths }: Geometry): number {
  const heights = Array.from({ length: rows }, () => 0);
  const inHead = cells.filter((c) => c.row < rows);
  const needs = (c: Placed) => textHeight(c.content, size, spannedWidth(widths, c.at, c.source.colSpan ?? 1)) + 2 * paddingY;
  for (const c of inHead) {
    if (c.row >= 0 && (c.source.rowSpan ?? 1) === 1) heights[c.row] = Math.max(heights[c.row] ?? 0, needs(c));
  }
  for (const c of inHead) {
    const last = Math.min(rows, c.row + (c.source.rowSpan ?? 1)) - 1;
    const spanned = heights.slice(c.row, last + 1).reduce((sum, h) => sum + h, 0);
    heights[last] = (heights[last] ?? 0) + Math.max(0, needs(c) - spanned);
  }
  return heights.reduce((sum, h) => sum + h, 0) + (rows + 1) * rule;
}

export function table(block: TableBlock, page: PageContext): Content {
  const size = block.wide ? Math.min(wideTableSize, page.setup.tableSize) : page.setup.tableSize;
  const body = splitRowSpans(block.body);
  const placed = placedCells(block.header, body);
  const geometry = { size, widths: columnWidths(block, placed, size, page.width) };
  const inHeader = (row: number, at: number) => placed.find((c) => c.row === row && c.at === at);
  const grid: ContentTable & { id: string } = {
    id: tableHeadId(headHeight(placed, block.header.length + Math.min(1, body.length), geometry)),
    table: {
      headerRows: block.header.length,
      // The header never ends a page alone: it goes with the first body row.
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: [...geometry.widths],
      body: [
        ...block.header.map((cells, row) => cells.map((c, at) => headerCell(c, inHeader(row, at), geometry))),
        ...body.map((cells) => cells.map((c, at) => bodyCell(c, at, geometry))),
      ],
    },
    layout: tableLayout,
    margin: [0, 0, 0, page.pitch / 2],
  };
  if (!block.caption) return grid;
  const { tableSize } = page.setup;
  const caption: Content = {
    text: textWithSecondary(block.caption, 'table', tableSize, tableSize * 1.5, page.width),
    // Marks the caption as keeping with its table (document-definition.ts), as a heading does.
    headlineLevel: 0,
    margin: [0, 0, 0, 2],
  };
  return { stack: [caption, grid] };
}
