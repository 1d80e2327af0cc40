/**
 * Tables: header rows repeat after a page break, rows never split, spans as in the model
 * (body row spans drawn as in row-spans.ts), a vertical label one character per line;
 * measurements in table-geometry.ts.
 * A `wide` table (section 四, 15 columns) stays on the portrait page in 9 pt, which keeps
 * every figure readable and leaves page numbers and binding sides as on every other page
 * (a landscape page would move them, GB/T 9704 §8).
 */
import type { Content, ContentTable, TableCell as PdfCell } from 'pdfmake/interfaces.js';
import type { CoveredCell, TableBlock, TableCell, Text } from '../../model/document.ts';
import { isCovered } from '../../model/document.ts';
import { cellLineHeight } from './cell-text.ts';
import { textWithSecondary } from './headings.ts';
import { tableHeadId } from './keep-with-next.ts';
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
  rule,
  spannedWidth,
} from './table-geometry.ts';

/** Size of every figure in a wide table: never below 9 pt. */
const wideTableSize = 9;

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

export function table(block: TableBlock, page: PageContext): Content {
  const size = block.wide ? Math.min(wideTableSize, page.setup.tableSize) : page.setup.tableSize;
  const geometry: Geometry = { size, widths: columnWidths(block, size, page.width) };
  const body = splitRowSpans(block.body, (cell, at) => labelPieces(cell, at, geometry));
  const header = placedHeader(block.header);
  const firstRow = (body[0] ?? []).flatMap((part, at): Placed[] =>
    'covered' in part ? [] : [{ source: part.source, content: part.content, at, row: block.header.length }],
  );
  const inHeader = (row: number, at: number) => header.find((c) => c.row === row && c.at === at);
  const grid: ContentTable & { id: string } = {
    id: tableHeadId(headHeight([...header, ...firstRow], block.header.length + Math.min(1, body.length), geometry)),
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
