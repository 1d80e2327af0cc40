/** The numbers the checks reason about, each with its place in the input and on the page. */
import { jsonPath, type PathSegment } from '../../../src/json-path.ts';
import type { Label } from '../labels.ts';

/** A number of the report (or `null` for a blank cell) and its path in the input. */
export type Cell = { readonly path: readonly PathSegment[]; readonly value: number | null };

/** A cell as printed: the table, row and column a reader finds it under. */
export type PlacedCell = Cell & { readonly table: Label; readonly row: Label; readonly column: Label };

/** A row label under its group label, e.g. 「（三）不予公开 · 1.属于国家秘密」. */
export const under = (group: Label, row: Label): Label => ({
  zh: `${group.zh} · ${row.zh}`,
  en: `${group.en} · ${row.en}`,
});

/** Where the finding sits, in the words of the printed table. */
export function placeOf(cell: PlacedCell) {
  return {
    path: jsonPath(cell.path),
    labels: { table: cell.table.zh, row: cell.row.zh, column: cell.column.zh },
    zh: `${cell.table.zh}「${cell.row.zh}」行「${cell.column.zh}」列`,
    en: `${cell.table.en}, row "${cell.row.en}", column "${cell.column.en}"`,
  };
}
