/**
 * The tables of one render, each laid out whole at first and, once pdfmake has placed it,
 * set again as parts where it does not fit its page (table.ts). pdfmake asks the
 * page-break rule (keep-with-next.ts) about each marked node once, in document order, and
 * lays the document out again after a yes: when a table node is asked, everything before
 * it is settled, so where it starts is final. Its content is then replaced by the parts and
 * the answer is yes, which makes pdfmake lay out again; the page break pdfmake records for
 * the answer falls on the replaced node, which is no longer in the document.
 */
import type { Content, ContentStack, Node } from 'pdfmake/interfaces.js';
import type { PartRange, Plan } from './table-plan.ts';

const idPrefix = 'table:';

export type TableParts = {
  readonly plan: (firstRoom: number, pageRoom: number) => Plan;
  readonly part: (range: PartRange, last: boolean) => Content;
};

type Entry = { readonly holder: ContentStack; readonly parts: TableParts };

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

export class TableBreaks {
  readonly #tables: Entry[] = [];

  /** `top` and `bottom`: where a page's text block starts and ends, in points from the page's top. */
  constructor(
    private readonly top: number,
    private readonly bottom: number,
  ) {}

  /** A table laid out whole, in a holder whose content the parts may replace. */
  add(whole: Content & object, headRoom: number, parts: TableParts): ContentStack {
    const key = this.#tables.length;
    const holder: ContentStack = { stack: [{ ...whole, id: tableId(key, headRoom), headlineLevel: 0 } as Content] };
    this.#tables.push({ holder, parts });
    return holder;
  }

  /** For a table node pdfmake has placed: sets it as parts if it does not fit; true if it did. */
  split(node: Node): boolean {
    const key = parseId(node.id)?.key;
    const entry = key === undefined ? undefined : this.#tables[key];
    if (entry === undefined) return false;
    const plan = entry.parts.plan(this.bottom - node.startPosition.top, this.bottom - this.top);
    if (!plan.startOnNextPage && plan.parts.length <= 1) return false;
    entry.holder.stack = plan.parts.map((range, i) => {
      const content = entry.parts.part(range, i === plan.parts.length - 1) as Content & object;
      return i > 0 || plan.startOnNextPage ? ({ ...content, pageBreak: 'before' } as Content) : content;
    });
    return true;
  }
}
