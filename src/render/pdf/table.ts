/**
 * Tables: header rows repeat after a page break, rows never split, spans as in the model.
 * A vertical group label is set one character per line. A `wide` table (section 四, 15
 * columns and more) stays on the portrait page in 9 pt, the smallest size GB/T-style
 * tables use for figures, so page numbers and binding sides stay as on every other page.
 */
import type { Content, TableCell as PdfCell } from 'pdfmake/interfaces.js';
import type { TableBlock, TableCell, TableRow } from '../../model/document.ts';
import { isCovered } from '../../model/document.ts';
import { textWithSecondary } from './headings.ts';
import type { PageContext } from './page-context.ts';

/** Size of every figure in a wide table: never below 9 pt. */
export const wideTableSize = 9;
const rule = 0.5;
const paddingX = 2;
const paddingY = 1.5;

export const tableLayout = {
  hLineWidth: () => rule,
  vLineWidth: () => rule,
  paddingLeft: () => paddingX,
  paddingRight: () => paddingX,
  paddingTop: () => paddingY,
  paddingBottom: () => paddingY,
};

/** The model's relative widths scaled so the table, rules and padding fill the text width. */
function columnWidths(block: TableBlock, width: number): number[] {
  const columns = block.columnWidths.length;
  const content = width - columns * 2 * paddingX - (columns + 1) * rule;
  const total = block.columnWidths.reduce((sum, w) => sum + w, 0);
  return block.columnWidths.map((w) => (content * w) / total);
}

function cell(source: TableCell, size: number): PdfCell {
  const lineHeight = size * 1.35;
  const text = source.vertical
    ? [...source.content.text].join('\n')
    : source.content.text;
  return {
    text: textWithSecondary({ ...source.content, text }, 'table', size, lineHeight),
    alignment: source.align ?? (source.numeric || source.vertical ? 'center' : 'left'),
    ...(source.colSpan === undefined ? {} : { colSpan: source.colSpan }),
    ...(source.rowSpan === undefined ? {} : { rowSpan: source.rowSpan }),
  };
}

const row = (cells: TableRow, size: number): PdfCell[] => cells.map((c) => (isCovered(c) ? {} : cell(c, size)));

export function table(block: TableBlock, page: PageContext): Content {
  const size = block.wide ? Math.min(wideTableSize, page.setup.tableSize) : page.setup.tableSize;
  const grid: Content = {
    table: {
      headerRows: block.header.length,
      dontBreakRows: true,
      widths: columnWidths(block, page.width),
      body: [...block.header, ...block.body].map((cells) => row(cells, size)),
    },
    layout: tableLayout,
    margin: [0, 0, 0, page.pitch / 2],
  };
  if (!block.caption) return grid;
  const caption: Content = { text: textWithSecondary(block.caption, 'table', page.setup.tableSize, page.setup.tableSize * 1.5), margin: [0, 0, 0, 2] };
  return { stack: [caption, grid] };
}
