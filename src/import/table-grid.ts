/**
 * An HTML <table> as a grid of cell texts, honouring rowspan and colspan: a merged cell's
 * text is repeated in every position it covers, so each grid row reads like a printed
 * row (group label, row label, values) whatever the markup.
 */
import type { HTMLElement } from 'node-html-parser';

/** Spans beyond this are damage or abuse, not a report table. */
const maxSpan = 100;
/** A report table has a few hundred cells; a grid past this is not one, and is not expanded. */
const maxCells = 100_000;

/** The grid, or undefined when the table is too large to be a report table. */
export function tableGrid(table: HTMLElement, cellText: (cell: HTMLElement) => string): string[][] | undefined {
  const grid: string[][] = [];
  let filled = 0;
  for (const [r, tr] of rowsOf(table).entries()) {
    const row = (grid[r] ??= []);
    let c = 0;
    for (const cell of tr.childNodes.filter(isCell)) {
      while (row[c] !== undefined) c += 1;
      const text = cellText(cell);
      const rows = span(cell, 'rowspan');
      const cols = span(cell, 'colspan');
      filled += rows * cols;
      if (filled > maxCells) return undefined;
      for (let dr = 0; dr < rows; dr += 1) {
        const target = (grid[r + dr] ??= []);
        for (let dc = 0; dc < cols; dc += 1) target[c + dc] = text;
      }
      c += cols;
    }
  }
  return grid.map((row) => Array.from(row, (cell) => cell ?? ''));
}

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
