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
 * (table-breaks.ts). A table node itself is marked too: asked about it, the rule sets the
 * table in parts for its pages.
 */
import type { Node, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { furnitureStyle } from './page-furniture.ts';
import { type TableBreaks, tableHeadRoom } from './table-breaks.ts';

/** Text or a table of the text block that a heading or caption can keep with. */
const keepsCompany = (node: Node) =>
  (node.headlineLevel === undefined || tableHeadRoom(node) !== undefined) &&
  node.style !== furnitureStyle &&
  (node.text !== undefined || node.table !== undefined);

/** The pageBreakBefore rule for a document whose text block ends `bottom` points down the page. */
export function keepWithNext(bottom: number, tables: TableBreaks): TDocumentDefinitions['pageBreakBefore'] {
  return (node, queries) => {
    if (node.headlineLevel === undefined) return false;
    if (tableHeadRoom(node) !== undefined) return tables.split(node);
    const next = queries.getFollowingNodesOnPage().find(keepsCompany);
    if (next === undefined) return true;
    const head = tableHeadRoom(next);
    return head !== undefined && next.startPosition.top + head > bottom;
  };
}
