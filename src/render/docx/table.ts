/**
 * A model table as a Word table (`w:tbl`, XML): fixed layout, column widths in DXA (percentages break
 * LibreOffice and WPS), header rows repeated on every page, rows that never split, spans
 * as `gridSpan`/`vMerge`, every cell padded so text never touches a border. A `wide` table
 * stays on the portrait page in a 9 pt face, so the page numbers and binding side stay where
 * GB/T 9704 puts them.
 */
import type { TableBlock } from '../../model/document.ts';
import { mmToTwips, textBlock } from '../../model/page-setup.ts';
import type { DocxContext } from './context.ts';
import { columnMinimums, fittedWidths } from './column-fit.ts';
import { CELL_PADDING, rowHeight, tableParagraph, tableSecondarySize, wordCell, type CellStyle } from './table-cell.ts';
import { placeCells, scaleWidths, type PlacedCell } from './table-grid.ts';
import { textRuns } from './text-runs.ts';

/** A row whose cells are all band cells (「第二十条第（一）项」): it heads the rows below it. */
const isBandRow = (cells: readonly PlacedCell[]) => cells.length > 0 && cells.every((c) => c.kind === 'start' && c.cell.shaded === true);

/** Header and body placed together, so a span may run from the header into the body. */
function wordRows(block: TableBlock, widths: readonly number[], style: CellStyle, context: DocxContext): string {
  return placeCells([...block.header, ...block.body])
    .map((cells, index) => {
      const band = isBandRow(cells);
      const properties = `<w:trPr><w:cantSplit/>${index < block.header.length ? '<w:tblHeader/>' : ''}<w:trHeight w:val="${rowHeight(style, band)}" w:hRule="atLeast"/></w:trPr>`;
      /* A band row keeps with the row it heads, so no page ends on a band. */
      return `<w:tr>${properties}${cells.map((placed) => wordCell(placed, widths, style, context, band)).join('')}</w:tr>`;
    })
    .join('');
}

/** Single half-point lines all round and between cells. */
const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:color="auto" w:sz="4"/>`).join('');

function tableProperties(total: number): string {
  const margins = (['top', 'left', 'bottom', 'right'] as const).map((side) => `<w:${side} w:type="dxa" w:w="${CELL_PADDING[side]}"/>`).join('');
  return `<w:tblPr><w:tblW w:type="dxa" w:w="${total}"/><w:tblBorders>${BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar>${margins}</w:tblCellMar></w:tblPr>`;
}

export function table(block: TableBlock, context: DocxContext): string {
  const total = mmToTwips(textBlock(context.setup).width);
  const size = block.wide ? Math.min(context.setup.wideTableSize, context.setup.tableSize) : context.setup.tableSize;
  const style: CellStyle = { role: 'table', size, secondarySize: tableSecondarySize(size) };
  const minimums = columnMinimums(block, { size, secondarySize: style.secondarySize!, padding: CELL_PADDING.left });
  const widths = fittedWidths(scaleWidths(block.columnWidths, total), minimums);
  const caption =
    block.caption === undefined ? '' : tableParagraph(context.setup.tableSize, 'center', textRuns(context, block.caption, { ...style, bold: true }), true);
  const grid = `<w:tblGrid>${widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>`;
  return (
    caption +
    `<w:tbl>${tableProperties(total)}${grid}${wordRows(block, widths, style, context)}</w:tbl>` +
    /* Word joins two tables with nothing between them into one. */
    tableParagraph(size, 'left', '')
  );
}
