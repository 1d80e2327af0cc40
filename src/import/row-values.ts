/**
 * The values of one table row, found after its label. On a row line they are the cells
 * after the label, by position; on a flattened page they are the following lines, up to
 * the expected count. A row whose value count differs from the columns cannot be mapped
 * to columns without guessing, so it is answered as `wrong-count`.
 */
import { startsLabel, type LabelHit } from './label-search.ts';
import type { Line } from './lines.ts';
import { isValueLike } from './numbers.ts';

export type RowValues =
  | { readonly kind: 'values'; readonly cells: readonly string[]; readonly lastLine: number }
  /** `cells` are the values that were there, for a caller that can split digit runs. */
  | { readonly kind: 'wrong-count'; readonly found: number; readonly cells: readonly string[]; readonly lastLine: number };

/**
 * `stops` are the labels that may follow (other rows, headings): on a flattened page a
 * line that starts one of them ends the row; any other text in a value's place is kept
 * as that cell (and will read as unreadable).
 */
export function valuesAfter(lines: readonly Line[], hit: LabelHit, count: number, end: number, stops: readonly string[]): RowValues {
  const line = lines[hit.line];
  if (line?.row) return rowCells(line.cells.slice(hit.cell + 1), count, hit.line);
  return valuesFrom(lines, hit.lastLine + 1, count, end, stops);
}

/** The values of a flattened row whose first value is the line at `start`. */
export function valuesFrom(lines: readonly Line[], start: number, count: number, end: number, stops: readonly string[]): RowValues {
  const cells: string[] = [];
  let j = start;
  for (; j < end && cells.length < count; j += 1) {
    const next = lines[j];
    if (!next || next.row) break;
    const text = next.cells[0] ?? '';
    if (!isValueLike(text) && startsLabel(next, stops)) break;
    cells.push(text);
  }
  let extra = 0;
  while (j + extra < end && isSingleValue(lines[j + extra])) extra += 1;
  if (cells.length < count || extra > 0) {
    const found = [...cells, ...lines.slice(j, j + extra).map((l) => l.cells[0] ?? '')];
    return { kind: 'wrong-count', found: found.length, cells: found, lastLine: j + extra - 1 };
  }
  return { kind: 'values', cells, lastLine: j - 1 };
}

export function rowCells(cells: readonly string[], count: number, line: number): RowValues {
  let used = [...cells];
  while (used.length > count && used.at(-1) === '') used = used.slice(0, -1);
  return used.length === count ? { kind: 'values', cells: used, lastLine: line } : { kind: 'wrong-count', found: used.length, cells: used, lastLine: line };
}

const isSingleValue = (line: Line | undefined): boolean => !!line && !line.row && isValueLike(line.cells[0] ?? '');
