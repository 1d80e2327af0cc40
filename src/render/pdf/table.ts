/**
 * Tables: header rows repeat after a page break, rows never split, spans as in the model
 * (body row spans drawn as in row-spans.ts), a vertical label one character per line,
 * every cell's text centred vertically as the published tables set it, and a row labelling
 * the rows under it kept with the first of them; measurements in table-geometry.ts.
 * A `wide` table (section 四, 15 columns) stays on the portrait page in 9 pt, which keeps
 * every figure readable and leaves page numbers and binding sides as on every other page
 * (a landscape page would move them, GB/T 9704 §8).
 */
import type { Content, ContentTable, TableCell as PdfCell } from 'pdfmake/interfaces.js';
import type { CoveredCell, TableBlock, TableCell, Text } from '../../model/document.ts';
import { isCovered } from '../../model/document.ts';
import { typesetting } from '../../model/page-setup.ts';
import { textWithSecondary } from './headings.ts';
import { keptRowsId, tableHeadId } from './keep-with-next.ts';
import type { PageContext } from './page-context.ts';
import { type BodyCell, splitRowSpans } from './row-spans.ts';
import {
  columnWidths,
  type Geometry,
  headHeight,
  labelPieces,
  paddingX,
  paddingY,
  type Placed,
  placedHeader,
  rowHeights,
  rule,
  spannedWidth,
  spanTopMargin,
} from './table-geometry.ts';

const tableLayout = {
  hLineWidth: () => rule,
  vLineWidth: () => rule,
  paddingLeft: () => paddingX,
  paddingRight: () => paddingX,
  paddingTop: () => paddingY,
  paddingBottom: () => paddingY,
};

function cell(source: TableCell, content: Text, at: number, { size, widths }: Geometry) {
  const width = spannedWidth(widths, at, source.colSpan ?? 1);
  return {
    text: textWithSecondary(content, 'table', size, size * typesetting.tableLeading, width),
    alignment: source.align ?? (source.numeric ? typesetting.numericAlign : source.vertical ? ('center' as const) : ('left' as const)),
    ...(source.colSpan === undefined ? {} : { colSpan: source.colSpan }),
  };
}

/**
 * Header rows keep pdfmake's own spans: they repeat as a whole and never break. A cell of
 * one row is centred by pdfmake; a row-spanning one by a measured margin (table-geometry.ts).
 */
function headerCell(source: TableCell | CoveredCell, placed: Placed | undefined, heights: readonly number[], geometry: Geometry): PdfCell {
  if (isCovered(source) || placed === undefined) return {};
  const content = cell(source, placed.content, placed.at, geometry);
  if ((source.rowSpan ?? 1) === 1) return { ...content, verticalAlignment: 'middle' };
  return { ...content, rowSpan: source.rowSpan, margin: [0, spanTopMargin(placed, heights, geometry), 0, 0] };
}

/** Body cells are one row each (row-spans.ts), so pdfmake centres each in its row. */
function bodyCell(source: BodyCell, at: number, geometry: Geometry): PdfCell {
  if ('covered' in source) return {};
  return { ...cell(source.source, source.content, at, geometry), verticalAlignment: 'middle', border: [true, source.top, true, source.bottom] };
}

const placedRow = (cells: readonly BodyCell[], row: number): Placed[] =>
  cells.flatMap((part, at) => ('covered' in part ? [] : [{ source: part.source, content: part.content, at, row }]));

/** Whether a body row is one cell across the whole table: a label of the rows under it. */
function labelsRowsBelow(cells: readonly BodyCell[], columns: number): boolean {
  const shown = placedRow(cells, 0);
  return shown.length === 1 && (shown[0]?.source.colSpan ?? 1) === columns;
}

/**
 * A row labelling the rows under it (a group label of section 三 in English) must not end a
 * page. Its cell is marked as a heading is and carries, in its id, the room from its text's
 * top to the foot of the next row; the page-break rule (keep-with-next.ts) breaks before it
 * when that room is not left, and pdfmake repeats the header after a page break in a cell.
 * The cell is a stack: pdfmake rejects equal ids on text nodes, not on stacks.
 */
function keptWithNext(cells: readonly BodyCell[], next: readonly BodyCell[], geometry: Geometry): PdfCell[] {
  const [own = 0, following = 0] = rowHeights([...placedRow(cells, 0), ...placedRow(next, 1)], 2, geometry);
  const room = own - paddingY + rule + following + rule;
  return cells.map((c, at) => {
    if ('covered' in c) return {};
    const { text, alignment, ...frame } = { ...cell(c.source, c.content, at, geometry), border: [true, c.top, true, c.bottom] };
    return { ...frame, stack: [{ text, alignment }], verticalAlignment: 'middle', id: keptRowsId(room), headlineLevel: 0 };
  });
}

function bodyRows(body: readonly BodyCell[][], geometry: Geometry): PdfCell[][] {
  return body.map((cells, row) =>
    labelsRowsBelow(cells, geometry.widths.length)
      ? keptWithNext(cells, body[row + 1] ?? [], geometry)
      : cells.map((c, at) => bodyCell(c, at, geometry)),
  );
}

export function table(block: TableBlock, page: PageContext): Content {
  const size = block.wide ? Math.min(page.setup.wideTableSize, page.setup.tableSize) : page.setup.tableSize;
  const geometry: Geometry = { size, widths: columnWidths(block, size, page.width) };
  const body = splitRowSpans(block.body, (cell, at) => labelPieces(cell, at, geometry));
  const header = placedHeader(block.header);
  const firstRow = placedRow(body[0] ?? [], block.header.length);
  const inHeader = (row: number, at: number) => header.find((c) => c.row === row && c.at === at);
  const headerHeights = rowHeights(header, block.header.length, geometry);
  const grid: ContentTable & { id: string } = {
    id: tableHeadId(headHeight([...header, ...firstRow], block.header.length + Math.min(1, body.length), geometry)),
    table: {
      headerRows: block.header.length,
      // The header never ends a page alone: it goes with the first body row.
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: [...geometry.widths],
      body: [
        ...block.header.map((cells, row) => cells.map((c, at) => headerCell(c, inHeader(row, at), headerHeights, geometry))),
        ...bodyRows(body, geometry),
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
