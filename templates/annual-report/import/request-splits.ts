/**
 * Section 三 rows printed as digit runs that the row's own rule (总计 = the six requester
 * columns) leaves ambiguous: the table's rules choose among the splits. Every column of the
 * outcome rows adds up to （七）总计, and 一 + 二 = （七）总计 + 四. A row is filled only when
 * every combination of splits the rules accept gives it the same numbers; otherwise it stays
 * blank with its remaining candidates listed. The combinations tried are bounded.
 */
import type { Split } from '../../../src/import/digit-runs.ts';
import { requestColumnKeys, sections } from '../labels.ts';
import { digitsAmbiguous } from './import-findings.ts';
import type { Page } from './page.ts';
import { readCell, type Cells } from './row-reader.ts';
import { requestColumnSpecs, type RequestRow } from './table-specs.ts';

export type Pending = { readonly splits: readonly Split[]; readonly run: string };

/** Past this many combinations the rules are not tried and every ambiguous row stays blank. */
const maxCombinations = 20_000;

export function resolveRequestSplits(page: Page, cells: Map<RequestRow, Cells>, pending: ReadonlyMap<RequestRow, Pending>): void {
  const rows = [...pending.keys()];
  if (rows.length === 0) return;
  const options = rows.map((row) => pending.get(row)?.splits ?? []);
  const accepted = acceptedCombinations(cells, rows, options);
  rows.forEach((row, i) => {
    const { splits, run } = pending.get(row) as Pending;
    const choices = accepted && accepted.length > 0 ? unique(accepted.map((combination) => combination[i] as Split)) : splits;
    const [only] = choices;
    const place = { table: sections.requests, path: ['requests', ...row.path], row: row.label };
    if (choices.length === 1 && only) {
      cells.set(row, Object.fromEntries(requestColumnSpecs.map((column, c) =>
        [column.key, readCell(page, String(only[c]), column.cell, { ...place, path: [...place.path, column.key], column: column.label })])));
    } else page.findings.push(digitsAmbiguous(place, run, choices));
  });
}

/** The combinations of the pending rows' splits that the column rules accept; undefined when too many to try. */
function acceptedCombinations(cells: ReadonlyMap<RequestRow, Cells>, rows: readonly RequestRow[], options: readonly (readonly Split[])[]): Split[][] | undefined {
  if (options.reduce((n, o) => n * o.length, 1) > maxCombinations) return undefined;
  // The table as a matrix once; each combination only writes its rows into it.
  const order = [...cells.keys()];
  const matrix = order.map((row) => requestColumnKeys.map((key) => cells.get(row)?.[key] ?? null));
  const slots = rows.map((row) => order.indexOf(row));
  const rules = columnRules(order);
  const accepted: Split[][] = [];
  const combination: Split[] = [];
  const walk = (i: number): void => {
    if (i === options.length) {
      if (rules(matrix)) accepted.push([...combination]);
      return;
    }
    for (const split of options[i] ?? []) {
      combination.push(split);
      matrix[slots[i] as number] = [...split];
      walk(i + 1);
      combination.pop();
    }
  };
  walk(0);
  return accepted;
}

/** The two column rules of the table over a value matrix, each checked only where all its cells are known. */
function columnRules(order: readonly RequestRow[]): (matrix: readonly (readonly (number | null)[])[]) => boolean {
  const at = (path: string) => order.findIndex((row) => row.path.join('.') === path);
  const total = at('outcomes.total');
  const outcomes = order.flatMap((row, i) => (row.path[0] === 'outcomes' && i !== total ? [i] : []));
  const [received, carried, next] = ['newlyReceived', 'carriedOver', 'carriedToNextYear'].map(at);
  return (matrix) => requestColumnKeys.every((_, c) => {
    const value = (i: number | undefined) => (i === undefined || i < 0 ? null : (matrix[i]?.[c] ?? null));
    const sum = sumOf(outcomes.map(value));
    const t = value(total);
    const parts = [value(received), value(carried), t, value(next)];
    const columnSum = sum === null || t === null || sum === t;
    const balance = parts.some((p) => p === null) || (parts[0] as number) + (parts[1] as number) === (parts[2] as number) + (parts[3] as number);
    return columnSum && balance;
  });
}

const sumOf = (values: readonly (number | null)[]): number | null =>
  values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + (v as number), 0);

const unique = (splits: readonly Split[]): Split[] => [...new Map(splits.map((s) => [s.join(','), s])).values()];
