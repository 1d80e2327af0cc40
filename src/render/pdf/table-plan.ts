/**
 * Where a table's pages end. Given the room left on the page where the table starts and
 * the room of a whole page, the body is cut into parts that each fit (header rows set
 * again above each), never after a row that labels the rows under it. A cut that leaves
 * a restated group label more text than its rows have room for would stretch the last
 * row; an earlier cut that avoids it is taken when the page stays mostly full.
 */
import type { TableBlock, TableRow } from '../../model/document.ts';
import { bodySlice, mayBreakBefore } from './table-rows.ts';
import { type Geometry, headHeight, placedRows, settleVerticals } from './table-geometry.ts';

/** Rows `start` to `end` of the body (exclusive), as one part. */
export type PartRange = { readonly start: number; readonly end: number };

export type Plan = {
  /** The head and first row do not fit where the table starts: it starts on the next page. */
  readonly startOnNextPage: boolean;
  readonly parts: readonly PartRange[];
  /** The height of each part as set, header rows and rules included. */
  readonly heights: readonly number[];
};

/** Kept free so the sums of measured heights never overrun the page by a rounding. */
const safety = 1;
/** An earlier cut that keeps labels within their rows is taken if it leaves at most this share of a page empty. */
const mostEmpty = 0.3;

type Measure = (start: number, end: number) => { height: number; grown: number };

function measurer(block: TableBlock, geometry: Geometry): Measure {
  const headerRows = block.header.length;
  const header = placedRows(block.header);
  const single = (rows: TableRow[]) => rows.map((row) => row.map((cell) => ('rowSpan' in cell && (cell.rowSpan ?? 1) > 1 ? { covered: true as const } : cell)));
  const known = new Map<string, { height: number; grown: number }>();
  return (start, end) => {
    const key = `${start}:${end}`;
    const found = known.get(key);
    if (found) return found;
    const slice = settleVerticals(bodySlice(block.body, start, end), geometry);
    const rows = headerRows + slice.length;
    const height = headHeight([...header, ...placedRows(slice, headerRows)], rows, geometry);
    const natural = headHeight([...header, ...placedRows(single(slice), headerRows)], rows, geometry);
    const measured = { height, grown: height - natural };
    known.set(key, measured);
    return measured;
  };
}

/** The furthest row a span crossing the cut before `at` reaches. */
function spanEndAcross(body: readonly TableRow[], at: number): number {
  let end = at;
  body.slice(0, at).forEach((row, r) =>
    row.forEach((cell) => {
      if (!('covered' in cell) && r + (cell.rowSpan ?? 1) > at) end = Math.max(end, r + (cell.rowSpan ?? 1));
    }),
  );
  return end;
}

/** What the table needs where it starts: its header and the rows up to the first place a page may end. */
export function headRoom(block: TableBlock, geometry: Geometry): number {
  return measurer(block, geometry)(0, nextBreak(block.body, 0, block.columnWidths.length)).height + safety;
}

export function planParts(block: TableBlock, geometry: Geometry, firstRoom: number, pageRoom: number): Plan {
  const { body } = block;
  const columns = block.columnWidths.length;
  const measure = measurer(block, geometry);
  if (body.length === 0) return { startOnNextPage: false, parts: [{ start: 0, end: 0 }], heights: [measure(0, 0).height] };
  const parts: PartRange[] = [];
  let startOnNextPage = false;
  let room = firstRoom;
  let start = 0;
  while (start < body.length) {
    const ends: number[] = [];
    for (let end = start + 1; end <= body.length; end++) if (end === body.length || mayBreakBefore(body, end, columns)) ends.push(end);
    // A part grows with every row it takes: the last cut that fits is found by halving.
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (measure(start, ends[mid] ?? body.length).height > room - safety) high = mid;
      else low = mid + 1;
    }
    const fits = ends.slice(0, low);
    const last = fits.at(-1);
    if (last === undefined && parts.length === 0 && !startOnNextPage && room < pageRoom) {
      startOnNextPage = true;
      room = pageRoom;
      continue;
    }
    const end = last === undefined ? nextBreak(body, start, columns) : cleanCut(fits, start, room, pageRoom, measure, body);
    parts.push({ start, end });
    start = end;
    room = pageRoom;
  }
  return { startOnNextPage, parts, heights: parts.map((p) => measure(p.start, p.end).height) };
}

/** The first place after `start` a page may end: a part too tall for any page runs past its foot. */
function nextBreak(body: readonly TableRow[], start: number, columns: number): number {
  for (let end = start + 1; end < body.length; end++) if (mayBreakBefore(body, end, columns)) return end;
  return body.length;
}

/** The latest fitting cut that stretches no label on either side, if the page stays full enough. */
function cleanCut(fits: readonly number[], start: number, room: number, pageRoom: number, measure: Measure, body: readonly TableRow[]): number {
  const latest = fits.at(-1) ?? body.length;
  if (latest === body.length) return latest;
  for (const end of [...fits].reverse()) {
    const here = measure(start, end);
    if (room - here.height > mostEmpty * pageRoom) break;
    const tail = spanEndAcross(body, end);
    if (here.grown <= 0 && (tail === end || measure(end, tail).grown <= 0)) return end;
  }
  return latest;
}
