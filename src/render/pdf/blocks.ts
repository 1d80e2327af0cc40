/** The PDF form of each block type: one function per type, none missing. */
import type { Content } from 'pdfmake/interfaces.js';
import type { Block, BlockType } from '../../model/document.ts';
import type { FlowItem } from './flow.ts';
import { heading, title } from './headings.ts';
import type { PageContext } from './page-context.ts';
import { paragraph } from './paragraph.ts';
import { table } from './table.ts';
import type { TableBreaks } from './table-breaks.ts';

/** A block as pdfmake content, with the heights it is set at (flow.ts). */
export type Rendered = { readonly content: Content; readonly flow: readonly FlowItem[] };

type BlockRenderers = {
  [T in BlockType]: (block: Extract<Block, { type: T }>, page: PageContext, tables: TableBreaks) => Rendered;
};

const blocks = { title, heading, paragraph, table } satisfies BlockRenderers;

export const blockContent = (block: Block, page: PageContext, tables: TableBreaks): Rendered =>
  (blocks[block.type] as (block: Block, page: PageContext, tables: TableBreaks) => Rendered)(block, page, tables);
