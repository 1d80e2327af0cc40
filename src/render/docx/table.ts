/**
 * A model table as a Word table: fixed layout, column widths in DXA (percentages break
 * LibreOffice and WPS), header rows repeated on every page, rows that never split, spans
 * as `gridSpan`/`vMerge`. A `wide` table stays on the portrait page in a 9 pt face, so the
 * page numbers and binding side stay where GB/T 9704 puts them.
 */
import {
  AlignmentType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type TextRun,
} from 'docx';
import type { CellAlign, TableBlock, TableCell as ModelCell } from '../../model/document.ts';
import { mmToTwips, textBlock, typesetting } from '../../model/page-setup.ts';
import { pointsToTwips, type DocxContext } from './context.ts';
import { OFF_GRID_STYLE } from './styles.ts';
import { placeCells, scaleWidths, type PlacedCell } from './table-grid.ts';
import { secondarySize, textRun, textRuns, type RunStyle } from './text-runs.ts';

/** Cell padding left and right, about 1 mm: narrow columns of numbers need the room. */
const CELL_PADDING = 57;

const alignments: Record<CellAlign, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

/** A paragraph of table text: lines a little taller than the type, exact, off the page's grid. */
const tableParagraph = (size: number, align: CellAlign, children: TextRun[], keepNext = false) =>
  new Paragraph({
    style: OFF_GRID_STYLE,
    alignment: alignments[align],
    spacing: { line: pointsToTwips(size * typesetting.tableLeading), lineRule: 'exact' },
    ...(keepNext ? { keepNext: true } : {}),
    children,
  });

/**
 * A vertical label is set one character per line: it reads the same in Word, WPS and
 * LibreOffice, where `textDirection` turns Latin text on its side and differs between them.
 */
function verticalParagraphs(cell: ModelCell, style: RunStyle, context: DocxContext): Paragraph[] {
  const runs = [...cell.content.text].map((character, index) => textRun(context, character, style, index > 0));
  const secondary = cell.content.secondary;
  const secondaryStyle = { ...style, size: secondarySize(style.size) };
  return [
    tableParagraph(style.size, 'center', runs),
    ...(secondary === undefined ? [] : [tableParagraph(secondaryStyle.size, 'center', [textRun(context, secondary, secondaryStyle)])]),
  ];
}

function cellParagraphs(cell: ModelCell, style: RunStyle, context: DocxContext): Paragraph[] {
  if (cell.vertical) return verticalParagraphs(cell, style, context);
  return [tableParagraph(style.size, cell.align ?? (cell.numeric ? typesetting.numericAlign : 'left'), textRuns(context, cell.content, style))];
}

function wordCell(placed: PlacedCell, widths: readonly number[], style: RunStyle, context: DocxContext): TableCell {
  const width = widths.slice(placed.column, placed.column + placed.colSpan).reduce((a, b) => a + b, 0);
  const common = {
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    ...(placed.colSpan > 1 ? { columnSpan: placed.colSpan } : {}),
  };
  if (placed.kind === 'continue') {
    return new TableCell({ ...common, verticalMerge: VerticalMergeType.CONTINUE, children: [tableParagraph(style.size, 'left', [])] });
  }
  return new TableCell({
    ...common,
    ...(placed.rowSpan > 1 ? { verticalMerge: VerticalMergeType.RESTART } : {}),
    children: cellParagraphs(placed.cell, style, context),
  });
}

/** Header and body placed together, so a span may run from the header into the body. */
function wordRows(block: TableBlock, widths: readonly number[], style: RunStyle, context: DocxContext): TableRow[] {
  return placeCells([...block.header, ...block.body]).map(
    (cells, index) =>
      new TableRow({
        cantSplit: true,
        ...(index < block.header.length ? { tableHeader: true } : {}),
        children: cells.map((placed) => wordCell(placed, widths, style, context)),
      }),
  );
}

export function table(block: TableBlock, context: DocxContext): (Paragraph | Table)[] {
  const total = mmToTwips(textBlock(context.setup).width);
  const widths = scaleWidths(block.columnWidths, total);
  const size = block.wide ? Math.min(context.setup.wideTableSize, context.setup.tableSize) : context.setup.tableSize;
  const style = { role: 'table', size } as const;
  const caption =
    block.caption === undefined ? [] : [tableParagraph(context.setup.tableSize, 'center', textRuns(context, block.caption, { ...style, bold: true }), true)];
  return [
    ...caption,
    new Table({
      width: { size: total, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      margins: { left: CELL_PADDING, right: CELL_PADDING },
      rows: wordRows(block, widths, style, context),
    }),
    /* Word joins two tables with nothing between them into one. */
    tableParagraph(size, 'left', []),
  ];
}
