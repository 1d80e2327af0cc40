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
 */
import type { Node, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { furnitureStyle } from './page-furniture.ts';

const headIdPrefix = 'table-head:';

/** The node id of a table whose header rows and first body row need `height` points. */
export const tableHeadId = (height: number) => `${headIdPrefix}${height.toFixed(3)}`;

function headHeight(id: unknown): number | undefined {
  return typeof id === 'string' && id.startsWith(headIdPrefix) ? Number(id.slice(headIdPrefix.length)) : undefined;
}

/** Text or a table of the text block that a heading or caption can keep with. */
const keepsCompany = (node: Node) =>
  node.headlineLevel === undefined && node.style !== furnitureStyle && (node.text !== undefined || node.table !== undefined);

/** The pageBreakBefore rule for a document whose text block ends `bottom` points down the page. */
export function keepWithNext(bottom: number): TDocumentDefinitions['pageBreakBefore'] {
  return (node, queries) => {
    if (node.headlineLevel === undefined) return false;
    const next = queries.getFollowingNodesOnPage().find(keepsCompany);
    if (next === undefined) return true;
    const head = headHeight(next.id);
    return head !== undefined && next.startPosition.top + head > bottom;
  };
}
