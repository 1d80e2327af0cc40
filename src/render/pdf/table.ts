/**
 * Tables: spans as in the model, each merged cell one block centred in its span (a vertical
 * label one character per line), header rows repeated on every page, rows never split, a
 * band row shaded. pdfmake cannot carry a row span over a page break (it stretches the
 * span's last row and shows the label on one page only), so a table is set as parts, one
 * per page, each with the header and with its group labels restated, for where it will
 * start (flow.ts, table-plan.ts, table-breaks.ts). Measurements in table-geometry.ts.
 * A `wide` table (section 四, 15 columns) stays on the portrait page in 9 pt, which keeps
 * every figure readable and leaves page numbers and binding sides as on every other page
 * (a landscape page would move them, GB/T 9704 §8).
 */
import type { Content, ContentTable, TableCell as PdfCell } from 'pdfmake/interfaces.js';
import type { TableBlock, TableCell, TableRow } from '../../model/document.ts';
import { isCovered } from '../../model/document.ts';
import { typesetting } from '../../model/page-setup.ts';
import type { Rendered } from './blocks.ts';
import type { FlowItem } from './flow.ts';
import { textLines, textWithSecondary } from './headings.ts';
import type { PageContext } from './page-context.ts';
import type { TableBreaks } from './table-breaks.ts';
import { headRoom, planParts, type PartRange } from './table-plan.ts';
import { bodySlice } from './table-rows.ts';
import {
  columnWidths,
  type Geometry,
  paddingX,
  paddingY,
  type Placed,
  placedRows,
  rowHeights,
  rule,
  settleVerticals,
  spannedWidth,
  spanTopMargin,
} from './table-geometry.ts';

/** Space between a caption and its table. */
const captionGap = 2;
/** The light grey of a band row (section 二's 「第二十条第（一）项」). */
const bandFill = '#E4E4E4';

const tableLayout = {
  hLineWidth: () => rule,
  vLineWidth: () => rule,
  paddingLeft: () => paddingX,
  paddingRight: () => paddingX,
  paddingTop: () => paddingY,
  paddingBottom: () => paddingY,
};

/**
 * A cell of one row is centred by pdfmake; a row-spanning one by a measured top margin, as
 * pdfmake's own centring mis-measures spans (table-geometry.ts).
 */
function pdfCell(source: TableCell, placed: Placed, heights: readonly number[], geometry: Geometry): PdfCell {
  const width = spannedWidth(geometry.widths, placed.at, source.colSpan ?? 1);
  const cell = {
    text: textWithSecondary(placed.content, 'table', geometry.size, geometry.size * typesetting.tableLeading, width),
    alignment: source.align ?? (source.numeric ? typesetting.numericAlign : source.vertical ? ('center' as const) : ('left' as const)),
    ...(source.colSpan === undefined ? {} : { colSpan: source.colSpan }),
    ...(source.shaded ? { fillColor: bandFill } : {}),
  };
  if ((source.rowSpan ?? 1) === 1) return { ...cell, verticalAlignment: 'middle' };
  return { ...cell, rowSpan: source.rowSpan, margin: [0, spanTopMargin(placed, heights, geometry), 0, 0] };
}

function pdfRows(rows: readonly TableRow[], geometry: Geometry): PdfCell[][] {
  const placed = placedRows(rows);
  const heights = rowHeights(placed, rows.length, geometry);
  const byPlace = new Map(placed.map((c) => [`${c.row}:${c.at}`, c]));
  return rows.map((cells, row) =>
    cells.map((source, at) => {
      const here = byPlace.get(`${row}:${at}`);
      return isCovered(source) || here === undefined ? {} : pdfCell(source, here, heights, geometry);
    }),
  );
}

/** Body rows `range` under the header, as one pdfmake table. */
function part(block: TableBlock, range: PartRange, geometry: Geometry, bottomMargin: number): ContentTable {
  return {
    table: {
      headerRows: block.header.length,
      // The header never ends a page alone: it goes with the first body row.
      keepWithHeaderRows: 1,
      // A part fits its page (table-plan.ts), so no row meets a break; pdfmake's unbreakable
      // rows would also mis-measure a row span (it stretches the span's last row).
      dontBreakRows: false,
      widths: [...geometry.widths],
      body: pdfRows([...block.header, ...settleVerticals(bodySlice(block.body, range.start, range.end), geometry)], geometry),
    },
    layout: tableLayout,
    margin: [0, 0, 0, bottomMargin],
  };
}

export function table(block: TableBlock, page: PageContext, breaks: TableBreaks): Rendered {
  const size = block.wide ? Math.min(page.setup.wideTableSize, page.setup.tableSize) : page.setup.tableSize;
  const geometry: Geometry = { size, widths: columnWidths(block, size, page.width) };
  const after = page.pitch / 2;
  const room = headRoom(block, geometry);
  const { holder, key } = breaks.add(room, {
    plan: (firstRoom, pageRoom) => planParts(block, geometry, firstRoom, pageRoom),
    part: (range, last) => part(block, range, geometry, last ? after : 0),
  });
  const grid: FlowItem = {
    kind: 'table',
    headRoom: room,
    after,
    place: (at, top) => breaks.place(key, at, top),
  };
  if (!block.caption) return { content: holder, flow: [grid] };
  const { tableSize } = page.setup;
  const lineHeight = tableSize * 1.5;
  const caption: Content = {
    text: textWithSecondary(block.caption, 'table', tableSize, lineHeight, page.width),
    // Marks the caption as keeping with its table (document-definition.ts), as a heading does.
    headlineLevel: 0,
    margin: [0, 0, 0, captionGap],
  };
  const lines = textLines(block.caption, 'table', tableSize, page.width);
  return {
    content: { stack: [caption, holder] },
    flow: [{ kind: 'block', before: 0, height: lines * lineHeight, after: captionGap, keep: true, node: caption }, grid],
  };
}
