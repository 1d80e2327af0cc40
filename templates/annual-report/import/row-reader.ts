/**
 * One table row from the page into report cells: the values after the row's label, each
 * checked against its column's cell schema. Whatever cannot be read is left blank (null)
 * with a finding that says where; nothing is guessed.
 */
import { isDigitRun, splitDigitRuns, type Split, type SplitRule } from '../../../src/import/digit-runs.ts';
import type { LabelHit } from '../../../src/import/label-search.ts';
import { isValueLike, readCellValue } from '../../../src/import/numbers.ts';
import { valuesAfter, type RowValues } from '../../../src/import/row-values.ts';
import type { Label } from '../labels.ts';
import { cellUnreadable, digitsAmbiguous, digitsUnsplittable, rowIncomplete, type CellReason, type Place } from './import-findings.ts';
import { take, type Page } from './page.ts';
import type { Column } from './table-specs.ts';

export type Cells = Record<string, number | null>;

export const blankRow = (columns: readonly Column[]): Cells => Object.fromEntries(columns.map((c) => [c.key, null]));

export type RowPlace = Place & { readonly row: Label };

/** No rule but the digits: a row whose columns have no sum among them. */
export const anySplit = (count: number): SplitRule => ({ groups: [count], check: () => true });

/** A row whose digit run allows several splits: `splits` for a caller whose table rules may choose. */
export type RowRead = { readonly cells: Cells; readonly next: number; readonly splits?: readonly Split[]; readonly run?: string };

/**
 * Reads the row whose label is at `hit`; `stops` are labels that may follow it. Answers
 * the cells and the line after the row's last value. Digits run together are split by
 * `rule`; when several splits remain, the row is blank and, with `defer`, the splits are
 * returned for the table's rules, else reported.
 */
export function readRow(page: Page, hit: LabelHit, columns: readonly Column[], place: RowPlace, end: number, stops: readonly string[], rule: SplitRule = anySplit(columns.length), defer = false): RowRead {
  const values = valuesAfter(page.lines, hit, columns.length, end, stops);
  take(page, hit.line, values.lastLine);
  const next = values.lastLine + 1;
  const read = resolveValues(page, values, columns.length, place, rule, defer);
  if (!('cells' in read)) return { cells: blankRow(columns), next, ...read };
  const cells = Object.fromEntries(columns.map((column, i) =>
    [column.key, readCell(page, read.cells[i] ?? '', column.cell, { ...place, path: [...place.path, column.key], column: column.label })]));
  return { cells, next };
}

/**
 * The row's cell texts, splitting a digit run by `rule`; undefined cells mean the row stays
 * blank (the finding is pushed), `splits` that the choice is left to the caller.
 */
export function resolveValues(page: Page, values: RowValues, count: number, place: RowPlace, rule: SplitRule, defer: boolean): { cells: readonly string[] } | { splits?: readonly Split[]; run?: string } {
  if (values.kind === 'values') return { cells: values.cells };
  // Only a row printed as one run is split: separate values with one missing are a lost cell, blank.
  const [run] = values.cells;
  const spaced = values.found === 1 ? (run ?? '').trim().split(/\s+/) : [];
  // One table cell holding the whole row, values spaced (a converted PDF's merged cell).
  if (spaced.length === count && spaced.every(isValueLike)) return { cells: spaced };
  if (values.found !== 1 || run === undefined || !isDigitRun(run) || count === 1 || run.length < count) {
    page.findings.push(rowIncomplete(place, count, values.found));
    return {};
  }
  const split = splitDigitRuns([run], count, rule);
  if (split.kind === 'too-long' || split.splits.length === 0) {
    page.findings.push(digitsUnsplittable(place, run, split.kind === 'too-long'));
    return {};
  }
  const [only] = split.splits;
  if (split.splits.length === 1 && only) return { cells: only.map(String) };
  if (defer) return { splits: split.splits, run };
  page.findings.push(digitsAmbiguous(place, run, split.splits));
  return {};
}

/** One cell: a number its column accepts, or null (blank as printed, or unreadable with a finding). */
export function readCell(page: Page, text: string, cell: Column['cell'], place: RowPlace & { column: Label }): number | null {
  const value = readCellValue(text);
  if (value.kind === 'blank') return null;
  const parsed = value.kind === 'number' ? cell.safeParse(value.value) : undefined;
  if (parsed?.success) return parsed.data;
  page.findings.push(cellUnreadable(place, text, reasonOf(text, value.kind === 'number' ? value.value : undefined)));
  return null;
}

const withUnit = /^[-+]?[\d０-９][\d０-９,，.．]*\s*(万元|元|件|个|项|条|次|%|％)$/;

/** A unit after the figure, or more decimals than the column keeps: said so, as neither is read. */
function reasonOf(text: string, value: number | undefined): CellReason | undefined {
  const unit = withUnit.exec(text.trim())?.[1];
  if (unit) return { zh: `带有单位「${unit}」，表格单元格只填数字，未换算`, en: `carries the unit "${unit}"; a table cell holds a bare figure, so it was not converted` };
  const decimals = value === undefined ? 0 : (/\.(\d+)$/.exec(text.trim().normalize('NFKC'))?.[1]?.length ?? 0);
  if (decimals > 2) return { zh: `有 ${decimals} 位小数，超过该列允许的位数，未四舍五入`, en: `has ${decimals} decimals, more than the column allows; it was not rounded` };
  if (value !== undefined && !Number.isInteger(value)) return { zh: '不是整数，该列只填整数', en: 'is not a whole number, which this column needs' };
  if (value !== undefined && value < 0) return { zh: '是负数，该列不能为负', en: 'is negative, which this column cannot be' };
  return undefined;
}
