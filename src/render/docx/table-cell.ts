/**
 * One Word table cell (`w:tc`) as XML: its paragraphs, padding, shading and text direction.
 * A vertical group label (section 三's 「三、本年度办理结果」) is one paragraph turned upright
 * with `w:textDirection` — Chinese characters stand, stacked top to bottom, and the label
 * stays one run of text for readers and converters, whole beside every row it spans.
 */
import type { CellAlign } from '../../model/document.ts';
import { bandShade, typesetting } from '../../model/page-setup.ts';
import { pointsToTwips, type DocxContext } from './context.ts';
import { paragraphXml } from './paragraph.ts';
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

/** A paragraph of table text: lines a little taller than the type, exact, off the page's grid. */
export const tableParagraph = (size: number, align: CellAlign, runs: string, keepNext = false) =>
  paragraphXml({ style: OFF_GRID_STYLE, alignment: align, spacing: { line: pointsToTwips(size * typesetting.tableLeading) }, keepNext }, runs);

/** Twips, at least. */
export const rowHeight = (style: CellStyle, band: boolean) =>
  pointsToTwips(style.size * typesetting.tableLeading * (band ? BAND_ROW_LINES : ROW_LINES)) + CELL_PADDING.top + CELL_PADDING.bottom;

/** `w:tcPr` in the schema's order: width, span, merge, shading, direction, vertical centring. */
function cellProperties(placed: PlacedCell, width: number): string {
  const { cell } = placed;
  const merge = placed.kind === 'continue' ? 'continue' : placed.rowSpan > 1 ? 'restart' : undefined;
  return (
    `<w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>` +
    (placed.colSpan > 1 ? `<w:gridSpan w:val="${placed.colSpan}"/>` : '') +
    (merge === undefined ? '' : `<w:vMerge w:val="${merge}"/>`) +
    (cell.shaded ? `<w:shd w:fill="${bandShade}" w:color="auto" w:val="clear"/>` : '') +
    (cell.vertical ? '<w:textDirection w:val="tbRl"/>' : '') +
    '<w:vAlign w:val="center"/></w:tcPr>'
  );
}

export function wordCell(placed: PlacedCell, widths: readonly number[], style: CellStyle, context: DocxContext, keepNext: boolean): string {
  const width = widths.slice(placed.column, placed.column + placed.colSpan).reduce((a, b) => a + b, 0);
  const { cell } = placed;
  const paragraph =
    placed.kind === 'continue'
      ? tableParagraph(style.size, 'left', '')
      : tableParagraph(style.size, cell.vertical ? 'center' : (cell.align ?? (cell.numeric ? typesetting.numericAlign : 'left')), textRuns(context, cell.content, style), keepNext);
  return `<w:tc>${cellProperties(placed, width)}${paragraph}</w:tc>`;
}
