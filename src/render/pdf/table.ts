/**
 * Tables: spans as in the model, each merged cell one block centred in its span (a vertical
 * label one character per line), header rows repeated on every page, rows never split, a
 * band row shaded. A row span is never carried over a page break: a table is set as parts,
 * one per page, each with the header and with its group labels restated, for where it
 * starts (flow.ts, table-plan.ts). Measurements in table-geometry.ts, marks in table-marks.ts.
 * A `wide` table (section 四, 15 columns) stays on the portrait page in 9 pt, which keeps
 * every figure readable and leaves page numbers and binding sides as on every other page
 * (a landscape page would move them, GB/T 9704 §8).
 */
import type { TableBlock } from '../../model/document.ts';
import { mmToPoints } from '../../model/page-setup.ts';
import type { FlowItem, PlacedTable } from './flow.ts';
import { textLines } from './headings.ts';
import type { PageContext } from './page-context.ts';
import { headRoom, planParts } from './table-plan.ts';
import { bodySlice } from './table-rows.ts';
import { columnWidths, type Geometry, settleVerticals } from './table-geometry.ts';
import { tableMarks } from './table-marks.ts';
import { contentLines, placeLines } from './text-lines.ts';

/** Space between a caption and its table. */
const captionGap = 2;

export function table(block: TableBlock, page: PageContext): FlowItem[] {
  const size = block.wide ? Math.min(page.setup.wideTableSize, page.setup.tableSize) : page.setup.tableSize;
  const geometry: Geometry = { size, widths: columnWidths(block, size, page.width) };
  const left = mmToPoints(page.setup.margins.left);
  const place = (firstRoom: number, pageRoom: number): PlacedTable => {
    const plan = planParts(block, geometry, firstRoom, pageRoom);
    return {
      startOnNextPage: plan.startOnNextPage,
      heights: plan.heights,
      draw: (part, top) => {
        const range = plan.parts[part] ?? { start: 0, end: 0 };
        const rows = [...block.header, ...settleVerticals(bodySlice(block.body, range.start, range.end), geometry)];
        return tableMarks(rows, geometry, left, top);
      },
    };
  };
  const grid: FlowItem = { kind: 'table', headRoom: headRoom(block, geometry), after: page.pitch / 2, place };
  if (!block.caption) return [grid];
  const { tableSize } = page.setup;
  const lineHeight = tableSize * 1.5;
  const lines = contentLines(block.caption, 'table', tableSize, page.width);
  const caption: FlowItem = {
    kind: 'block',
    before: 0,
    height: textLines(block.caption, 'table', tableSize, page.width) * lineHeight,
    after: captionGap,
    // A caption keeps with its table, as a heading keeps with its text.
    keep: true,
    draw: (top) => placeLines(lines, { x: left, top, width: page.width, align: 'left', lineHeight }),
  };
  return [caption, grid];
}
