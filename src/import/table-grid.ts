/**
 * An HTML <table> as a grid of cell texts, honouring rowspan and colspan: a merged cell's
 * text is repeated in every position it covers, so each grid row reads like a printed
 * row (group label, row label, values) whatever the markup. A rowspan ends with the
 * table's rows, as in a browser. The cells one page may expand to are counted against a
 * page-wide budget before any is expanded, so cost follows the page's size, not its spans.
 */
import type { HTMLElement } from 'node-html-parser';
import { UnreadableInput } from './unreadable.ts';

/** Spans beyond this are damage or abuse, not a report table. */
const maxSpan = 100;
/** A report page's tables hold a few hundred cells in all; a page past this is not a report page. */
export const maxPageCells = 50_000;

/** What is left of the page's cell budget; one per page, shared by all its tables. */
export type CellBudget = { left: number };
export const pageBudget = (): CellBudget => ({ left: maxPageCells });

export function tableGrid(table: HTMLElement, cellText: (cell: HTMLElement) => string, budget: CellBudget): string[][] {
  const rows = rowsOf(table);
  const cells = rows.map((tr) => tr.childNodes.filter(isCell));
  // The whole table is counted before anything is expanded.
  const cost = cells.reduce((sum, row, r) => sum + row.reduce((n, cell) => n + Math.min(span(cell, 'rowspan'), rows.length - r) * span(cell, 'colspan'), 0), 0);
  if ((budget.left -= cost) < 0) throw tooManyCells();
  const grid: string[][] = rows.map(() => []);
  cells.forEach((row, r) => {
    const line = grid[r] as string[];
    let c = 0;
    for (const cell of row) {
      while (line[c] !== undefined) c += 1;
      const text = cellText(cell);
      const down = Math.min(span(cell, 'rowspan'), rows.length - r);
      const across = span(cell, 'colspan');
      for (let dr = 0; dr < down; dr += 1) {
        const target = grid[r + dr] as string[];
        for (let dc = 0; dc < across; dc += 1) target[c + dc] = text;
      }
      c += across;
    }
  });
  return grid.map((row) => Array.from(row, (cell) => cell ?? ''));
}

const tooManyCells = (): UnreadableInput =>
  new UnreadableInput(
    `页面表格合并单元格展开后超过 ${maxPageCells} 个单元格，不是可读取的报告页面。`,
    `The page's tables expand to more than ${maxPageCells} cells once merged cells are counted; it is not a readable report page.`,
  );

/** The table's own rows, not those of a table nested in one of its cells. */
function rowsOf(table: HTMLElement): HTMLElement[] {
  const rows: HTMLElement[] = [];
  for (const child of table.childNodes) {
    if (!isElement(child)) continue;
    const tag = child.tagName;
    if (tag === 'TR') rows.push(child);
    else if (tag === 'THEAD' || tag === 'TBODY' || tag === 'TFOOT') rows.push(...child.childNodes.filter(isElement).filter((n) => n.tagName === 'TR'));
  }
  return rows;
}

function span(cell: HTMLElement, attribute: string): number {
  const value = Number.parseInt(cell.getAttribute(attribute) ?? '1', 10);
  return Number.isFinite(value) && value >= 1 ? Math.min(value, maxSpan) : 1;
}

const isElement = (node: { nodeType: number }): node is HTMLElement => node.nodeType === 1;
const isCell = (node: { nodeType: number }): node is HTMLElement =>
  isElement(node) && (node.tagName === 'TD' || node.tagName === 'TH');
