/**
 * Lays out a parsed HTML table the way a browser does (rowspan/colspan), so a test can
 * check that spans from the model produce a table without gaps or overlaps.
 */
import type { HTMLElement } from 'node-html-parser';

/** The grid of a table section: for each slot, the text of the cell covering it. */
export function layOut(rows: readonly HTMLElement[]): string[][] {
  const grid: string[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let column = 0;
    for (const cell of row.querySelectorAll(':scope > th, :scope > td')) {
      while (grid[r]?.[column] !== undefined) column += 1;
      const colSpan = Number(cell.getAttribute('colspan') ?? 1);
      const rowSpan = Number(cell.getAttribute('rowspan') ?? 1);
      for (let dr = 0; dr < rowSpan; dr += 1) {
        for (let dc = 0; dc < colSpan; dc += 1) {
          const target = grid[r + dr];
          if (target === undefined) throw new Error(`rowspan of ${cell.text} runs past the section`);
          if (target[column + dc] !== undefined) throw new Error(`${cell.text} overlaps ${target[column + dc]}`);
          target[column + dc] = cell.text;
        }
      }
      column += colSpan;
    }
  });
  return grid;
}
