/**
 * What a narrow screen needs to read a table as cards: for every column the header words
 * above it, and which columns hold the row labels. Worked out from the model's grid (a row
 * has one entry per column, covered or not), so it knows nothing of any report kind.
 */
import { isCovered, type TableBlock, type TableCell, type Text } from '../../model/document.ts';

export type TableLabels = {
  /** Per column, the header words over it, top row first, joined for a figure's label. */
  readonly columnLabels: readonly string[];
  /**
   * Header cells no figure's label repeats — over the label columns only (a corner note) or
   * over every figure (申请人情况) — by row and column: a card shows them above its rows.
   */
  readonly isTableHeading: (row: number, column: number) => boolean;
};

const plain = (content: Text) => (content.secondary === undefined ? content.text : `${content.text} ${content.secondary}`);

/** Columns holding a number in some body row: the figures a card labels. */
export function dataColumns(table: TableBlock): Set<number> {
  const columns = new Set<number>();
  for (const row of table.body) {
    row.forEach((cell, column) => {
      if (!isCovered(cell) && cell.numeric) columns.add(column);
    });
  }
  return columns;
}

export function tableLabels(table: TableBlock): TableLabels {
  const data = dataColumns(table);
  const words: string[][] = table.columnWidths.map(() => []);
  const headings = new Set<string>();
  table.header.forEach((row, r) => {
    row.forEach((entry, start) => {
      if (isCovered(entry)) return;
      const cell: TableCell = entry;
      const covers = Array.from({ length: cell.colSpan ?? 1 }, (_, i) => start + i);
      const overData = covers.filter((column) => data.has(column));
      // A heading over every figure (申请人情况) tells one figure from another nothing.
      if (overData.length === 0 || overData.length === data.size) {
        headings.add(`${r}:${start}`);
        return;
      }
      for (const column of covers) words[column]?.push(plain(cell.content));
    });
  });
  return {
    columnLabels: words.map((parts) => parts.join(' · ')),
    isTableHeading: (row, column) => headings.has(`${row}:${column}`),
  };
}
