/**
 * Where each block falls, worked out before pdfmake lays the document out, so that tables
 * are set in their page parts and headings moved to the next page in the one layout pass
 * pdfmake makes (every page break pdfmake is asked for costs a whole new pass). The
 * heights are those the blocks are set at: grid lines, measured table rows. pdfmake's own
 * rules (keep-with-next.ts) still run and find nothing to do; if a position here is wrong
 * they correct it, at the cost of a pass.
 */
import type { Content } from 'pdfmake/interfaces.js';

/** Lines that a page may end between (a paragraph), after `before` and followed by `after` points. */
export type LinesFlow = { readonly kind: 'lines'; readonly before: number; readonly heights: readonly number[]; readonly after: number };

/** One unbreakable piece; `keep`: it stays on the page of what follows (a heading, a caption). */
export type BlockFlow = {
  readonly kind: 'block';
  readonly before: number;
  readonly height: number;
  readonly after: number;
  readonly keep: boolean;
  /** The node to move to the next page when it must go with what follows. */
  readonly node: Content;
};

/** A table: told where it starts, it sets itself in parts and says how tall each is. */
export type TableFlow = {
  readonly kind: 'table';
  /** What it needs on the page it starts on: its header and first rows. */
  readonly headRoom: number;
  readonly after: number;
  /** Sets the table for a start at `top` on page `page`: the heights of its parts, and whether it starts on the next page. */
  readonly place: (page: number, top: number) => { readonly startOnNextPage: boolean; readonly heights: readonly number[] };
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

/** Runs the items down pages whose text block spans `top` to `bottom`, moving and splitting as pdfmake will. */
export function flow(items: readonly FlowItem[], top: number, bottom: number): void {
  let page = 1;
  let y = top;
  const newPage = () => {
    page += 1;
    y = top;
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
        if (y + chain + firstNeed(items[next]) > bottom + epsilon) {
          (item.node as { pageBreak?: string }).pageBreak = 'before';
          newPage();
        }
      }
      y += item.before;
      if (y + item.height > bottom + epsilon) newPage();
      y += item.height + item.after;
      return;
    }
    if (item.kind === 'lines') {
      y += item.before;
      for (const height of item.heights) {
        if (y + height > bottom + epsilon) newPage();
        y += height;
      }
      y += item.after;
      return;
    }
    if (y >= bottom - epsilon) newPage();
    const placed = item.place(page, y);
    if (placed.startOnNextPage) newPage();
    placed.heights.forEach((height, part) => {
      if (part > 0) newPage();
      y += height;
    });
    y += item.after;
  });
}
