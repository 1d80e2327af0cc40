/** The PDF form of each block type: one function per type, none missing. */
import type { Block, BlockType } from '../../model/document.ts';
import type { FlowItem } from './flow.ts';
import { heading, title } from './headings.ts';
import type { PageContext } from './page-context.ts';
import { paragraph } from './paragraph.ts';
import { table } from './table.ts';

type BlockRenderers = { [T in BlockType]: (block: Extract<Block, { type: T }>, page: PageContext) => FlowItem[] };

const blocks = { title, heading, paragraph, table } satisfies BlockRenderers;

/** A block as the pieces the flow sets down the pages, with the heights they are set at. */
export const blockFlow = (block: Block, page: PageContext): FlowItem[] =>
  (blocks[block.type] as (block: Block, page: PageContext) => FlowItem[])(block, page);
