/**
 * Runs the blocks down the pages: where each block falls, and its marks drawn there. A
 * paragraph may end a page between its lines; a heading or caption goes to the next page
 * with what follows it; a table is set in parts for the pages it falls on (table.ts).
 */
import type { Mark } from './page-plan.ts';

/** Lines that a page may end between (a paragraph), after `before` and followed by `after` points. */
export type LinesFlow = {
  readonly kind: 'lines';
  readonly before: number;
  readonly heights: readonly number[];
  readonly after: number;
  /** The marks of line `line` with its top at `top`. */
  readonly draw: (line: number, top: number) => Mark[];
};

/** One unbreakable piece; `keep`: it stays on the page of what follows (a heading, a caption). */
export type BlockFlow = {
  readonly kind: 'block';
  readonly before: number;
  readonly height: number;
  readonly after: number;
  readonly keep: boolean;
  readonly draw: (top: number) => Mark[];
};

/** A table set for where it starts: the heights of its parts (one a page) and how to draw each. */
export type PlacedTable = {
  readonly startOnNextPage: boolean;
  readonly heights: readonly number[];
  readonly draw: (part: number, top: number) => Mark[];
};

/** A table: told the room left where it starts and the room of a page, it sets itself in parts. */
export type TableFlow = {
  readonly kind: 'table';
  /** What it needs on the page it starts on: its header and first rows. */
  readonly headRoom: number;
  readonly after: number;
  readonly place: (firstRoom: number, pageRoom: number) => PlacedTable;
};

export type FlowItem = LinesFlow | BlockFlow | TableFlow;

/** Tolerance for sums of heights against the page's foot. */
const epsilon = 0.01;

/** The room the first piece of an item needs on its page. */
function firstNeed(item: FlowItem | undefined): number {
  if (item === undefined) return 0;
  if (item.kind === 'lines') return item.before + (item.heights[0] ?? 0);
  if (item.kind === 'block') return item.before + item.height;
  return item.headRoom;
}

/** The marks of each page whose text block spans `top` to `bottom`. */
export function flow(items: readonly FlowItem[], top: number, bottom: number): Mark[][] {
  const pages: Mark[][] = [[]];
  let y = top;
  const newPage = () => {
    pages.push([]);
    y = top;
  };
  const add = (marks: readonly Mark[]) => {
    const page = pages.at(-1) as Mark[];
    for (const mark of marks) page.push(mark);
  };
  items.forEach((item, i) => {
    if (item.kind === 'block') {
      const previous = items[i - 1];
      const startsChain = item.keep && !(previous?.kind === 'block' && previous.keep);
      if (startsChain && y > top) {
        // A heading (with the headings and caption after it) goes to the next page unless
        // what follows them starts on this one.
        let chain = 0;
        let next = i;
        for (let b = items[next]; b?.kind === 'block' && b.keep; b = items[++next]) chain += b.before + b.height + b.after;
        if (y + chain + firstNeed(items[next]) > bottom + epsilon) newPage();
      }
      y += item.before;
      if (y + item.height > bottom + epsilon) newPage();
      add(item.draw(y));
      y += item.height + item.after;
      return;
    }
    if (item.kind === 'lines') {
      y += item.before;
      item.heights.forEach((height, line) => {
        if (y + height > bottom + epsilon) newPage();
        add(item.draw(line, y));
        y += height;
      });
      y += item.after;
      return;
    }
    if (y >= bottom - epsilon) newPage();
    const placed = item.place(bottom - y, bottom - top);
    if (placed.startOnNextPage) newPage();
    placed.heights.forEach((height, part) => {
      if (part > 0) newPage();
      add(placed.draw(part, y));
      y += height;
    });
    y += item.after;
  });
  return pages;
}
