/**
 * An HTML page to lines: each block element (paragraph, heading, list item, <br>) ends a
 * single-cell line, each row of a data table becomes a row line through `tableGrid`. Scripts,
 * styles and the <head> are not page text. Entities are decoded by node-html-parser.
 */
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { rowLine, textLine, type Line } from './lines.ts';
import { withoutControlCharacters } from './normalize.ts';
import { markupDepth, maxMarkupDepth } from './markup-depth.ts';
import { pageBudget, tableGrid } from './table-grid.ts';
import { UnreadableInput } from './unreadable.ts';

const skipped = new Set(['HEAD', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'SELECT', 'BUTTON']);
const blocks = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'NAV', 'ASIDE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'ADDRESS', 'FIGURE', 'FIGCAPTION', 'CAPTION', 'HR', 'FORM', 'CENTER',
]);

/** The parts of a table used for page layout, read as blocks. */
const layoutParts = new Set(['TABLE', 'TR', 'TD', 'TH']);
/** No label of a report table comes near this; a cell this long holds an article, not a figure. */
const maxCellText = 300;

/** Marks on the stack where a block element ends, so its text becomes a line of its own. */
const endOfBlock: unique symbol = Symbol('end of block');

export function htmlToLines(html: string): Line[] {
  if (markupDepth(html) > maxMarkupDepth) {
    throw new UnreadableInput(`页面标记嵌套超过 ${maxMarkupDepth} 层，不是可读取的报告页面。`, `The page markup nests more than ${maxMarkupDepth} levels deep; it is not a readable report page.`);
  }
  const lines: Line[] = [];
  let pending = '';
  const flush = () => {
    const text = tidy(pending);
    if (text !== '') lines.push(textLine(text));
    pending = '';
  };
  // A stack, not recursion: walking the tree never adds to the call stack's depth.
  const stack: (Node | typeof endOfBlock)[] = [...parse(html, { comment: false }).childNodes].reverse();
  const budget = pageBudget();
  let grid: string[][] | undefined;
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node === endOfBlock) flush();
    else if (node.nodeType === 3) pending += node.text;
    else if (node.nodeType === 1) {
      const element = node as HTMLElement;
      const tag = element.tagName ?? '';
      if (skipped.has(tag)) continue;
      if (tag === 'BR') flush();
      else if (tag === 'TABLE' && (grid = isLayoutTable(element) ? undefined : tableGrid(element, cellText, budget))) {
        flush();
        for (const cells of grid) if (cells.some((cell) => cell !== '')) lines.push(rowLine(cells));
      } else {
        const block = blocks.has(tag) || layoutParts.has(tag);
        if (block) {
          flush();
          stack.push(endOfBlock);
        }
        for (let i = element.childNodes.length - 1; i >= 0; i -= 1) stack.push(element.childNodes[i] as Node);
      }
    }
  }
  flush();
  return lines;
}

/** CMS pages often lay the whole article out in a table: one that holds a table or long text is not data. */
function isLayoutTable(table: HTMLElement): boolean {
  return table.querySelector('table') !== null || table.querySelectorAll('td, th').some((cell) => cell.text.length > maxCellText);
}

/** A cell's text on one line: a <br> inside a header cell is a line break inside a label. */
const cellText = (cell: HTMLElement): string => tidy(cell.text);

/**
 * Collapses markup whitespace as a browser would, except that a source line break between
 * two Chinese characters is dropped rather than printed as a space.
 */
function tidy(text: string): string {
  return withoutControlCharacters(
    text
      // The whitespace is taken atomically (a lookahead and its backreference), so a long run of it is not backtracked through.
      .replace(/(\p{Script=Han}|\p{P})(?=([ \t]*[\r\n]\s*))\2(?=\p{Script=Han}|\p{P})/gu, '$1')
      .replace(/[\s\u00a0]+/g, ' ')
      .trim(),
  );
}
