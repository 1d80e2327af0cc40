/**
 * The tables of one render, each set in parts for the pages it will fall on (table.ts):
 * placed ahead of layout by flow.ts, then checked when pdfmake has laid it out. pdfmake
 * asks the page-break rule (keep-with-next.ts) about each marked node once, in document
 * order, and lays the document out again after a yes: when a table node is asked,
 * everything before it is settled, so where it starts is final. If that is not where it
 * was placed, its parts are made again for where it is and the answer is yes; the page
 * break pdfmake records for the answer falls on the replaced node, no longer in the document.
 */
import type { Content, ContentStack, Node } from 'pdfmake/interfaces.js';
import { paddingY, rule } from './table-geometry.ts';
import type { PartRange, Plan } from './table-plan.ts';

const idPrefix = 'table:';

export type TableParts = {
  readonly plan: (firstRoom: number, pageRoom: number) => Plan;
  readonly part: (range: PartRange, last: boolean) => Content;
};

type Entry = {
  readonly holder: ContentStack;
  readonly parts: TableParts;
  readonly id: string;
  /** Where the table's first part is expected to start, once placed, and the plan for it. */
  expected?: { readonly page: number; readonly top: number };
  plan?: Plan;
};

const samePlan = (a: Plan | undefined, b: Plan) =>
  a !== undefined &&
  a.startOnNextPage === b.startOnNextPage &&
  a.parts.length === b.parts.length &&
  a.parts.every((part, i) => part.start === b.parts[i]?.start && part.end === b.parts[i]?.end);

/**
 * The id of a table node: its number in this render and the height its header rows and
 * first body row need, which a heading above it keeps room for (keep-with-next.ts).
 */
const tableId = (key: number, headRoom: number) => `${idPrefix}${key}:${headRoom.toFixed(3)}`;

function parseId(id: unknown): { key: number; headRoom: number } | undefined {
  if (typeof id !== 'string' || !id.startsWith(idPrefix)) return undefined;
  const [key, headRoom] = id.slice(idPrefix.length).split(':').map(Number);
  return key === undefined || headRoom === undefined ? undefined : { key, headRoom };
}

/** The room a table node's head needs, if the node is a table of this render. */
export const tableHeadRoom = (node: Node): number | undefined => parseId(node.id)?.headRoom;

/** Positions closer than this are the same (pdfmake adds heights up in its own order). */
const samePlace = 0.5;

export class TableBreaks {
  readonly #tables: Entry[] = [];

  /** `top` and `bottom`: where a page's text block starts and ends, in points from the page's top. */
  constructor(
    private readonly top: number,
    private readonly bottom: number,
  ) {}

  /** A table, in a holder that its parts fill when it is placed (flow.ts); its key. */
  add(headRoom: number, parts: TableParts): { holder: ContentStack; key: number } {
    const key = this.#tables.length;
    const id = tableId(key, headRoom);
    const holder: ContentStack = { stack: [] };
    this.#tables.push({ holder, parts, id });
    return { holder, key };
  }

  /** Sets table `key` for a start at `top` of page `page` (flow.ts); the plan it follows. */
  place(key: number, page: number, top: number): Plan {
    const entry = this.#tables[key];
    if (entry === undefined) throw new Error(`no table ${key} in this render`);
    return this.#apply(entry, page, top);
  }

  #apply(entry: Entry, page: number, top: number): Plan {
    const plan = entry.parts.plan(this.bottom - top, this.bottom - this.top);
    entry.plan = plan;
    entry.expected = plan.startOnNextPage ? { page: page + 1, top: this.top } : { page, top };
    entry.holder.stack = plan.parts.map((range, i) => {
      const content = entry.parts.part(range, i === plan.parts.length - 1) as Content & object;
      const marked = i === 0 ? { ...content, id: entry.id, headlineLevel: 0 } : content;
      return (i > 0 || plan.startOnNextPage ? { ...marked, pageBreak: 'before' } : marked) as Content;
    });
    return plan;
  }

  /**
   * For a table node pdfmake has placed: nothing to do where it starts as planned;
   * otherwise it is set again for where it is, and the answer is yes (lay out again).
   */
  split(node: Node): boolean {
    const key = parseId(node.id)?.key;
    const entry = key === undefined ? undefined : this.#tables[key];
    if (entry === undefined) return false;
    const page = node.pageNumbers[0] ?? node.startPosition.pageNumber;
    const top = node.startPosition.top;
    const expected = entry.expected;
    if (expected !== undefined && expected.page === page) {
      // A table node may report where its first text sits, inside its top rule and padding.
      const offset = top - expected.top;
      if (offset > -samePlace && offset < rule + paddingY + samePlace) return false;
      if (samePlan(entry.plan, entry.parts.plan(this.bottom - top, this.bottom - this.top))) return false;
    }
    this.#apply(entry, page, top);
    return true;
  }

}
