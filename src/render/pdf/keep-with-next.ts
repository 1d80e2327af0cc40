/**
 * Keeps headings and table captions with what follows them (pdfmake's pageBreakBefore).
 * A node marked with `headlineLevel` moves to the next page when what follows it on its
 * page — skipping further headings and captions, and the page number — is nothing, or a table whose header and
 * first row cannot fit in the room left. pdfmake re-lays out after each break, which
 * settles a chain (heading, sub-heading, caption) one node at a time.
 *
 * Tables are judged by room, not by where pdfmake says their cells are: a table's head is
 * one unbreakable block (table.ts), and when pdfmake carries that block to the next page
 * its cells still report this page. The room a head needs travels in the table's node id
 * (pdfmake registers the ids of text nodes only, so equal table ids do not clash).
 * A table row that labels the rows under it (table.ts) is judged the same way: its cell is
 * marked like a heading and carries in its id the room down to the foot of the next row.
 */
import type { Node, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { furnitureStyle } from './page-furniture.ts';

const headIdPrefix = 'table-head:';
const rowsIdPrefix = 'kept-rows:';

/** The node id of a table whose header rows and first body row need `height` points. */
export const tableHeadId = (height: number) => `${headIdPrefix}${height.toFixed(3)}`;

/** The node id of a table row's cell that keeps with the next row: `height` points from its top to that row's foot. */
export const keptRowsId = (height: number) => `${rowsIdPrefix}${height.toFixed(3)}`;

const idHeight = (id: unknown, prefix: string): number | undefined =>
  typeof id === 'string' && id.startsWith(prefix) ? Number(id.slice(prefix.length)) : undefined;

/** Text or a table of the text block that a heading or caption can keep with. */
const keepsCompany = (node: Node) =>
  node.headlineLevel === undefined && node.style !== furnitureStyle && (node.text !== undefined || node.table !== undefined);

/** The pageBreakBefore rule for a document whose text block ends `bottom` points down the page. */
export function keepWithNext(bottom: number): TDocumentDefinitions['pageBreakBefore'] {
  return (node, queries) => {
    if (node.headlineLevel === undefined) return false;
    // A kept row's cell, like a table's, may report the page before the one it went to: judged by room.
    const rows = idHeight(node.id, rowsIdPrefix);
    if (rows !== undefined) return node.startPosition.top + rows > bottom;
    const next = queries.getFollowingNodesOnPage().find(keepsCompany);
    if (next === undefined) return true;
    const head = idHeight(next.id, headIdPrefix);
    return head !== undefined && next.startPosition.top + head > bottom;
  };
}
