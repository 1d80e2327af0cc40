/**
 * A part of a table drawn at a place: its rules (0.5 pt, every cell boxed, none across a
 * merged cell), the shading of band rows and each cell's text, padded, aligned in its
 * cell and centred in its rows (a row-spanning label by spanTopMargin). The header rows
 * are part of every part.
 */
import type { TableCell, TableRow } from '../../model/document.ts';
import { typesetting } from '../../model/page-setup.ts';
import type { Mark } from './page-plan.ts';
import { type Geometry, paddingX, paddingY, type Placed, placedRows, rowHeights, rule, spannedWidth, spanTopMargin } from './table-geometry.ts';
import { contentLines, placeLines } from './text-lines.ts';

/** The light grey of a band row (section 二's 「第二十条第（一）项」). */
const bandFill = '#E4E4E4';

const cellAlign = (source: TableCell) => source.align ?? (source.numeric ? typesetting.numericAlign : source.vertical ? 'center' : 'left');

/** Which shown cell covers each row and column. */
function occupants(cells: readonly Placed[], rows: number, columns: number): (Placed | undefined)[][] {
  const grid: (Placed | undefined)[][] = Array.from({ length: rows }, () => Array.from({ length: columns }, () => undefined));
  for (const c of cells) {
    for (let r = c.row; r < Math.min(rows, c.row + (c.source.rowSpan ?? 1)); r++) {
      for (let k = c.at; k < Math.min(columns, c.at + (c.source.colSpan ?? 1)); k++) (grid[r] as (Placed | undefined)[])[k] = c;
    }
  }
  return grid;
}

type Frame = { readonly xs: readonly number[]; readonly tops: readonly number[]; readonly grid: readonly (readonly (Placed | undefined)[])[] };

/** The rule above row `line` (the table's foot below the last): one stroke per cell edge, none inside a span. */
function horizontalRules(frame: Frame, line: number, columns: number): Mark[] {
  const y = (frame.tops[line] ?? 0) + rule / 2;
  const marks: Mark[] = [];
  for (let c = 0; c < columns; ) {
    const above = frame.grid[line - 1]?.[c];
    const below = frame.grid[line]?.[c];
    if (above !== undefined && above === below) {
      c += 1;
      continue;
    }
    const across = (cell: Placed | undefined) => (cell !== undefined && cell.at === c ? (cell.source.colSpan ?? 1) : 1);
    const span = across(above) > 1 ? across(above) : across(below);
    marks.push({ kind: 'rule', x1: frame.xs[c] ?? 0, y1: y, x2: frame.xs[c + span] ?? 0, y2: y, width: rule });
    c += span;
  }
  return marks;
}

/** The rules beside row `row`'s cells, from the top of the rule above it to the foot of the rule below. */
function verticalRules(frame: Frame, row: number, columns: number): Mark[] {
  const y1 = frame.tops[row] ?? 0;
  const y2 = (frame.tops[row + 1] ?? 0) + rule;
  const edges = [...Array.from({ length: columns }, (_, c) => c).filter((c) => (frame.grid[row]?.[c]?.at ?? c) === c), columns];
  return edges.map((c) => ({ kind: 'rule', x1: (frame.xs[c] ?? 0) + rule / 2, y1, x2: (frame.xs[c] ?? 0) + rule / 2, y2, width: rule }));
}

function cellMarks(c: Placed, heights: readonly number[], geometry: Geometry, frame: Frame): Mark[] {
  const { size, widths } = geometry;
  const width = spannedWidth(widths, c.at, c.source.colSpan ?? 1);
  const lineHeight = size * typesetting.tableLeading;
  const lines = contentLines(c.content, 'table', size, width);
  const top = (frame.tops[c.row] ?? 0) + rule + paddingY;
  const rowSpan = c.source.rowSpan ?? 1;
  // One row: centred in the row; a span: by the measured margin.
  const drop = rowSpan === 1 ? ((heights[c.row] ?? 0) - 2 * paddingY - lines.length * lineHeight) / 2 : spanTopMargin(c, heights, geometry);
  const text = placeLines(lines, { x: (frame.xs[c.at] ?? 0) + rule + paddingX, top: top + drop, width, align: cellAlign(c.source), lineHeight });
  if (!c.source.shaded) return text;
  const x = (frame.xs[c.at] ?? 0) + rule / 2;
  const fill: Mark = {
    kind: 'fill',
    x,
    y: (frame.tops[c.row] ?? 0) + rule / 2,
    width: (frame.xs[c.at + (c.source.colSpan ?? 1)] ?? 0) + rule / 2 - x,
    height: (heights[c.row] ?? 0) + rule,
    color: bandFill,
  };
  return [fill, ...text];
}

/** The marks of rows (header and body part) set from `left`, `top`. */
export function tableMarks(rows: readonly TableRow[], geometry: Geometry, left: number, top: number): Mark[] {
  const columns = geometry.widths.length;
  const cells = placedRows(rows);
  const heights = rowHeights(cells, rows.length, geometry);
  const xs = [left];
  for (const w of geometry.widths) xs.push((xs.at(-1) ?? 0) + w + 2 * paddingX + rule);
  const tops = [top];
  for (const h of heights) tops.push((tops.at(-1) ?? 0) + rule + h);
  const frame: Frame = { xs, tops, grid: occupants(cells, rows.length, columns) };
  const marks = horizontalRules(frame, 0, columns);
  rows.forEach((_, row) => {
    marks.push(...verticalRules(frame, row, columns), ...horizontalRules(frame, row + 1, columns));
  });
  for (const c of cells) marks.push(...cellMarks(c, heights, geometry, frame));
  return marks;
}
