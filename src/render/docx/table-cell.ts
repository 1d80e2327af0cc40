/**
 * One Word table cell: its paragraphs, padding, shading and text direction. A vertical group
 * label (section 三's 「三、本年度办理结果」) is one paragraph turned upright with
 * `w:textDirection` — Chinese characters stand, stacked top to bottom, and the label stays
 * one run of text for readers and converters, whole beside every row it spans.
 */
import { AlignmentType, Paragraph, ShadingType, TableCell, TextDirection, VerticalAlignTable, VerticalMergeType, WidthType, type TextRun } from 'docx';
import type { CellAlign, TableCell as ModelCell } from '../../model/document.ts';
import { bandShade, typesetting } from '../../model/page-setup.ts';
import { pointsToTwips, type DocxContext } from './context.ts';
import { OFF_GRID_STYLE } from './styles.ts';
import type { PlacedCell } from './table-grid.ts';
import { textRuns, type RunStyle } from './text-runs.ts';

export type CellStyle = RunStyle;

/** Padding: 1 mm at the sides (narrow number columns need the room), 0.7 mm above and below, so no text touches a border. */
export const CELL_PADDING = { left: 57, right: 57, top: 40, bottom: 40 } as const;
/** The English line of a bilingual cell: smaller by the shared scale, never below 7 pt, so rows stay short. */
export const tableSecondarySize = (size: number) => Math.max(7, Math.round(size * typesetting.secondaryScale * 2) / 2);
/** Rows at least this many lines tall (with their padding), band rows a little less: the published report's airy rows. */
const ROW_LINES = 1.8;
const BAND_ROW_LINES = 1.5;

const alignments: Record<CellAlign, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

/** A paragraph of table text: lines a little taller than the type, exact, off the page's grid. */
export const tableParagraph = (size: number, align: CellAlign, children: TextRun[], keepNext = false) =>
  new Paragraph({
    style: OFF_GRID_STYLE,
    alignment: alignments[align],
    spacing: { line: pointsToTwips(size * typesetting.tableLeading), lineRule: 'exact' },
    ...(keepNext ? { keepNext: true } : {}),
    children,
  });

export const rowHeight = (style: CellStyle, band: boolean) => ({
  value: pointsToTwips(style.size * typesetting.tableLeading * (band ? BAND_ROW_LINES : ROW_LINES)) + CELL_PADDING.top + CELL_PADDING.bottom,
  rule: 'atLeast' as const,
});

function cellParagraphs(cell: ModelCell, style: CellStyle, context: DocxContext, keepNext: boolean): Paragraph[] {
  const align = cell.vertical ? 'center' : (cell.align ?? (cell.numeric ? typesetting.numericAlign : 'left'));
  return [tableParagraph(style.size, align, textRuns(context, cell.content, style), keepNext)];
}

export function wordCell(placed: PlacedCell, widths: readonly number[], style: CellStyle, context: DocxContext, keepNext: boolean): TableCell {
  const width = widths.slice(placed.column, placed.column + placed.colSpan).reduce((a, b) => a + b, 0);
  const { cell } = placed;
  const common = {
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    ...(placed.colSpan > 1 ? { columnSpan: placed.colSpan } : {}),
    ...(cell.shaded ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: bandShade } } : {}),
    ...(cell.vertical ? { textDirection: TextDirection.TOP_TO_BOTTOM_RIGHT_TO_LEFT } : {}),
  };
  if (placed.kind === 'continue') {
    return new TableCell({ ...common, verticalMerge: VerticalMergeType.CONTINUE, children: [tableParagraph(style.size, 'left', [])] });
  }
  return new TableCell({
    ...common,
    ...(placed.rowSpan > 1 ? { verticalMerge: VerticalMergeType.RESTART } : {}),
    children: cellParagraphs(cell, style, context, keepNext),
  });
}
