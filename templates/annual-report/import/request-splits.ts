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
  const accepted: Split[][] = [];
  const combination: Split[] = [];
  const walk = (i: number): void => {
    if (i === options.length) {
      const chosen = new Map(rows.map((row, r) => [row, combination[r] as Split]));
      if (columnRulesHold(cells, chosen)) accepted.push([...combination]);
      return;
    }
    for (const split of options[i] ?? []) {
      combination.push(split);
      walk(i + 1);
      combination.pop();
    }
  };
  walk(0);
  return accepted;
}

/** The two column rules of the table, each checked only where all its cells are known. */
function columnRulesHold(cells: ReadonlyMap<RequestRow, Cells>, chosen: ReadonlyMap<RequestRow, Split>): boolean {
  const find = (path: string) => [...cells.keys()].find((row) => row.path.join('.') === path);
  const value = (row: RequestRow | undefined, c: number): number | null => {
    if (!row) return null;
    const split = chosen.get(row);
    return split ? (split[c] ?? null) : (cells.get(row)?.[requestColumnKeys[c] as string] ?? null);
  };
  const total = find('outcomes.total');
  const outcomes = [...cells.keys()].filter((row) => row.path[0] === 'outcomes' && row !== total);
  const [received, carried, next] = ['newlyReceived', 'carriedOver', 'carriedToNextYear'].map(find);
  return requestColumnKeys.every((_, c) => {
    const sum = sumOf(outcomes.map((row) => value(row, c)));
    const t = value(total, c);
    const columnSum = sum === null || t === null || sum === t;
    const parts = [value(received, c), value(carried, c), t, value(next, c)];
    const balance = parts.some((p) => p === null) || (parts[0] as number) + (parts[1] as number) === (parts[2] as number) + (parts[3] as number);
    return columnSum && balance;
  });
}

const sumOf = (values: readonly (number | null)[]): number | null =>
  values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + (v as number), 0);

const unique = (splits: readonly Split[]): Split[] => [...new Map(splits.map((s) => [s.join(','), s])).values()];
