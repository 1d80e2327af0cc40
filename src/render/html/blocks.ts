/**
 * The document body: one small function per block type. `satisfies Record<BlockType, …>`
 * makes a block type added to the model without an HTML form a compile error.
 */
import type { Block, BlockType } from '../../model/document.ts';
import { escapeHtml } from './escape.ts';
import { minTableWidthRem, tableCss, tableHtml } from './table.ts';
import { cardsCss, type CardTable } from './table-cards.ts';
import { textHtml } from './text.ts';

/** What a block adds to the page: its markup and any CSS rules of its own. */
export type Fragment = { readonly html: string; readonly css: string };

type BlockRenderer<T extends BlockType> = (block: Extract<Block, { type: T }>, id: string) => Fragment;

const markup = (html: string): Fragment => ({ html, css: '' });

const blockRenderers = {
  title: (block) => markup(`<h1>${block.lines.map((line) => `<span class="line">${textHtml(line)}</span>`).join('')}</h1>`),
  // The document title is the page's <h1>, so heading levels 1–3 are <h2>–<h4>.
  heading: (block) => markup(`<h${block.level + 1}>${textHtml(block.content)}</h${block.level + 1}>`),
  paragraph: (block) => {
    const indent = block.indent === false ? '' : ' indent';
    return markup(`<p class="align-${block.align ?? 'justify'}${indent}">${escapeHtml(block.text)}</p>`);
  },
  table: (block, id) => ({ html: tableHtml(block, id), css: tableCss(block, id) }),
} satisfies { [T in BlockType]: BlockRenderer<T> };

function renderBlock(block: Block, id: string): Fragment {
  const render = blockRenderers[block.type] as BlockRenderer<typeof block.type>;
  return render(block, id);
}

/**
 * The blocks in order; each gets a stable class name from its position, for its CSS rules.
 * The tables' card rules come last, so that on a narrow screen they override the widths.
 */
export function blocksHtml(blocks: readonly Block[]): Fragment {
  const fragments = blocks.map((block, i) => renderBlock(block, `b${i + 1}`));
  const tables: CardTable[] = blocks.flatMap((block, i) =>
    block.type === 'table' ? [{ className: `b${i + 1}`, minWidthRem: minTableWidthRem(block) }] : []);
  return {
    html: fragments.map((f) => f.html).join('\n'),
    css: fragments.map((f) => f.css).join('') + cardsCss(tables),
  };
}
