/**
 * Tables: header rows repeat after a page break, rows never split, spans as in the model
 * (body row spans drawn as in row-spans.ts), a vertical label one character per line.
 * A `wide` table (section 四, 15 columns) stays on the portrait page in 9 pt, which keeps
 * every figure readable and leaves page numbers and binding sides as on every other page
 * (a landscape page would move them, GB/T 9704 §8).
 */
import type { Content, TableCell as PdfCell } from 'pdfmake/interfaces.js';
import type { CoveredCell, TableBlock, TableCell, Text } from '../../model/document.ts';
import { isCovered } from '../../model/document.ts';
import { breakClusters } from './break-clusters.ts';
import { textWithSecondary } from './headings.ts';
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

/** The model's relative widths scaled so the table, rules and padding fill the text width. */
function columnWidths(block: TableBlock, width: number): number[] {
  const columns = block.columnWidths.length;
  const content = width - columns * 2 * paddingX - (columns + 1) * rule;
  const total = block.columnWidths.reduce((sum, w) => sum + w, 0);
  return block.columnWidths.map((w) => (content * w) / total);
}

const lineHeightFactor = 1.35;

/** Width inside a cell starting at column `at`, across its column span. */
function spannedWidth(widths: readonly number[], at: number, span: number): number {
  const columns = widths.slice(at, at + span);
  return columns.reduce((sum, w) => sum + w, 0) + (columns.length - 1) * (2 * paddingX + rule);
}

type Geometry = { readonly size: number; readonly widths: readonly number[] };

function cell(source: TableCell, content: Text, at: number, { size, widths }: Geometry) {
  const width = spannedWidth(widths, at, source.colSpan ?? 1);
  return {
    text: textWithSecondary(content, 'table', size, size * lineHeightFactor, width),
    alignment: source.align ?? (source.numeric || source.vertical ? ('center' as const) : ('left' as const)),
    ...(source.colSpan === undefined ? {} : { colSpan: source.colSpan }),
  };
}

/** Header rows keep pdfmake's own spans: they repeat as a whole and never break. */
function headerCell(source: TableCell | CoveredCell, at: number, geometry: Geometry): PdfCell {
  if (isCovered(source)) return {};
  const content = source.vertical ? { ...source.content, text: breakClusters(source.content.text).join('\n') } : source.content;
  return { ...cell(source, content, at, geometry), ...(source.rowSpan === undefined ? {} : { rowSpan: source.rowSpan }) };
}

function bodyCell(source: BodyCell, at: number, geometry: Geometry): PdfCell {
  if ('covered' in source) return {};
  return { ...cell(source.source, source.content, at, geometry), border: [true, source.top, true, source.bottom] };
}

export function table(block: TableBlock, page: PageContext): Content {
  const size = block.wide ? Math.min(wideTableSize, page.setup.tableSize) : page.setup.tableSize;
  const geometry = { size, widths: columnWidths(block, page.width) };
  const grid: Content = {
    table: {
      headerRows: block.header.length,
      dontBreakRows: true,
      widths: [...geometry.widths],
      body: [
        ...block.header.map((cells) => cells.map((c, at) => headerCell(c, at, geometry))),
        ...splitRowSpans(block.body).map((cells) => cells.map((c, at) => bodyCell(c, at, geometry))),
      ],
    },
    layout: tableLayout,
    margin: [0, 0, 0, page.pitch / 2],
  };
  if (!block.caption) return grid;
  const { tableSize } = page.setup;
  const caption: Content = { text: textWithSecondary(block.caption, 'table', tableSize, tableSize * 1.5, page.width), margin: [0, 0, 0, 2] };
  return { stack: [caption, grid] };
}
