/**
 * Section 四: one row of 15 numbers under a three-level header, or three tables of five
 * (行政复议 · 直接起诉 · 复议后起诉). The numbers are read in the printed order of the national
 * format (each group 维持 · 纠正 · 其他 · 尚未审结 · 总计), also when the page left some
 * headings out, as the 海林 page left out 总计: the count is what is checked. A digit run is
 * split only where each group's 总计 leaves one reading.
 */
import { isValueLike } from '../../../src/import/numbers.ts';
import { labelKey } from '../../../src/import/normalize.ts';
import type { Split, SplitRule } from '../../../src/import/digit-runs.ts';
import type { Line } from '../../../src/import/lines.ts';
import { rowCells } from '../../../src/import/row-values.ts';
import { litigationHeading, reviewColumnKeys, reviewColumns, reviewGroupKeys, reviewGroups, sections } from '../labels.ts';
import { count } from '../schema.ts';

import { takeHeader } from './header-lines.ts';
import { digitsAmbiguous, tableMissing } from './import-findings.ts';
import { take, type Page, type Span } from './page.ts';
import { readCell, resolveValues } from './row-reader.ts';
import { reviewCells } from './table-specs.ts';

const table = sections.review;
const headerKeys = [...Object.values(reviewGroups), litigationHeading, ...Object.values(reviewColumns)].map((l) => labelKey(l.zh));

export type ReviewCells = Record<keyof typeof reviewGroups, Record<keyof typeof reviewColumns, number | null>>;

/** Each group's own rule, for splitting a digit run: 总计 is the sum of the other four. */
const groupRule = (groups: number): SplitRule => ({
  groups: Array.from({ length: groups }, () => reviewColumnKeys.length),
  check: (_, values) => values.slice(0, -1).reduce((a, b) => a + b, 0) === values.at(-1),
});

export function readReview(page: Page, span: Span): ReviewCells {
  const blankGroup = () => Object.fromEntries(reviewColumnKeys.map((c) => [c, null]));
  const review = Object.fromEntries(reviewGroupKeys.map((g) => [g, blankGroup()])) as ReviewCells;
  const start = firstValueLine(page, span);
  if (start === undefined) {
    page.findings.push(tableMissing({ table, path: ['review'] }));
    return review;
  }
  takeHeader(page, span.from, start, headerKeys);
  const { rows, lastLine } = valueRows(page, start, span.to);
  take(page, start, lastLine);
  const total = rows.reduce((n, row) => n + row.length, 0);
  // One table of 15, or three tables of 5 (行政复议 · 直接起诉 · 复议后起诉), each read by position.
  const parts = rows.length === reviewGroupKeys.length && total !== reviewCells.length
    ? rows.map((row, g) => ({ row, cells: reviewCells.filter((c) => c.group === reviewGroupKeys[g]), place: { table, path: ['review', reviewGroupKeys[g] as string], row: reviewGroups[reviewGroupKeys[g] as keyof typeof reviewGroups] } }))
    : [{ row: rows.flat(), cells: reviewCells, place: { table, path: ['review'], row: table } }];
  for (const { row, cells, place } of parts) {
    const values = rowCells(row, cells.length, start);
    const read = resolveValues(page, values, cells.length, place, groupRule(cells.length / reviewColumnKeys.length), true);
    const fill = (texts: readonly string[], from = 0) => cells.slice(from, from + texts.length).forEach(({ group, column, groupLabel, label }, i) => {
      review[group][column] = readCell(page, texts[i] ?? '', count, { table, path: ['review', group, column], row: groupLabel, column: label });
    });
    if ('cells' in read) fill(read.cells);
    else if (read.splits && read.run !== undefined) settleGroups(page, read.splits, read.run, cells, fill);
  }
  return review;
}

/**
 * A run of several groups whose splits differ: a group every split gives the same numbers
 * is read, since no reading the rules allow puts other numbers there; the others stay blank
 * with their candidates.
 */
function settleGroups(page: Page, splits: readonly Split[], run: string, cells: typeof reviewCells, fill: (texts: readonly string[], from: number) => void): void {
  const size = reviewColumnKeys.length;
  for (let from = 0; from < cells.length; from += size) {
    const group = cells[from]?.group as keyof typeof reviewGroups;
    const choices = [...new Map(splits.map((s) => s.slice(from, from + size)).map((g) => [g.join(','), g])).values()];
    const [only] = choices;
    if (choices.length === 1 && only) fill(only.map(String), from);
    else page.findings.push(digitsAmbiguous({ table, path: ['review', group], row: reviewGroups[group] }, run, choices));
  }
}

/**
 * The value rows from `start`: a table row line is one row, consecutive one-value lines
 * (a flattened row) one row; header lines between them (the captions of three tables)
 * are taken; any other line ends the table.
 */
function valueRows(page: Page, start: number, end: number): { rows: string[][]; lastLine: number } {
  const rows: string[][] = [];
  let flat: string[] | undefined;
  let lastLine = start;
  for (let i = start; i < end; i += 1) {
    const line = page.lines[i];
    if (!line || page.taken[i]) break;
    const values = valueCells(line);
    if (line.row && values) {
      rows.push(values);
      flat = undefined;
    } else if (values) {
      if (!flat) rows.push((flat = []));
      flat.push(...values);
    } else if (printsHeader(line.keys)) flat = undefined;
    else break;
    lastLine = i;
  }
  return { rows, lastLine };
}

const printsHeader = (keys: readonly string[]): boolean => keys.some((key) => key !== '' && headerKeys.some((k) => key.includes(k)));

/** The first line that holds numbers rather than header labels only. */
function firstValueLine(page: Page, span: Span): number | undefined {
  for (let i = span.from; i < span.to; i += 1) {
    const line = page.lines[i];
    if (line && !page.taken[i] && valueCells(line)) return i;
  }
  return undefined;
}

/**
 * A line's values: a one-value line, or a row line whose cells are values after any
 * group labels (「| 行政复议 | 72 | 64 | 178 | 37 | 351 |」); undefined for any other line.
 */
function valueCells(line: Line): string[] | undefined {
  if (!line.row) return isValueLike(line.cells[0] ?? '') && !printsHeader(line.keys) ? [line.cells[0] ?? ''] : undefined;
  let first = 0;
  while (first < line.cells.length && !isValueLike(line.cells[first] ?? '') && printsHeader([line.keys[first] ?? ''])) first += 1;
  const cells = line.cells.slice(first);
  return cells.some((c) => c !== '') && cells.every(isValueLike) ? cells : undefined;
}
