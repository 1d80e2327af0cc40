/**
 * One function per block type. `satisfies` makes a block type without a function here a
 * compile error, so a new kind of block cannot be silently dropped from Word documents.
 * Each gives the block's body XML.
 */
import type { Block, BlockType } from '../../model/document.ts';
import type { DocxContext } from './context.ts';
import { table } from './table.ts';
import { heading, paragraph, title } from './text-blocks.ts';

type BlockFunction<T extends BlockType> = (block: Extract<Block, { type: T }>, context: DocxContext) => string;

const blockFunctions = { title, heading, paragraph, table } satisfies { [T in BlockType]: BlockFunction<T> };

/** The function for the block's own type (TypeScript cannot narrow the table's entry by itself). */
export function renderBlock(block: Block, context: DocxContext): string {
  const render = blockFunctions[block.type] as (block: Block, context: DocxContext) => string;
  return render(block, context);
}
