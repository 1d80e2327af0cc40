/**
 * Section 四: one row of 15 numbers under a three-level header. The numbers are read in
 * the printed order of the national format (复议 · 直接起诉 · 复议后起诉, each 维持 · 纠正
 * · 其他 · 尚未审结 · 总计), also when the page left some headings out, as the 海林
 * page left out 总计: the count of 15 is what is checked.
 */
import { isValueLike } from '../../../src/import/numbers.ts';
import { labelKey } from '../../../src/import/normalize.ts';
import { rowCells, valuesFrom, type RowValues } from '../../../src/import/row-values.ts';
import { litigationHeading, reviewColumnKeys, reviewColumns, reviewGroupKeys, reviewGroups, sections } from '../labels.ts';
import { count } from '../schema.ts';

import { takeHeader } from './header-lines.ts';
import { rowIncomplete, tableMissing } from './import-findings.ts';
import { take, type Page, type Span } from './page.ts';
import { readCell } from './row-reader.ts';
import { sectionLabelKeys } from './sections.ts';
import { reviewCells } from './table-specs.ts';

const table = sections.review;
const headerKeys = [...Object.values(reviewGroups), litigationHeading, ...Object.values(reviewColumns)].map((l) => labelKey(l.zh));

export type ReviewCells = Record<keyof typeof reviewGroups, Record<keyof typeof reviewColumns, number | null>>;

export function readReview(page: Page, span: Span): ReviewCells {
  const blankGroup = () => Object.fromEntries(reviewColumnKeys.map((c) => [c, null]));
  const review = Object.fromEntries(reviewGroupKeys.map((g) => [g, blankGroup()])) as ReviewCells;
  const start = firstValueLine(page, span);
  if (start === undefined) {
    page.findings.push(tableMissing({ table, path: ['review'] }));
    return review;
  }
  takeHeader(page, span.from, start, headerKeys);
  const line = page.lines[start];
  const values: RowValues = line?.row
    ? rowCells(line.cells, reviewCells.length, start)
    : valuesFrom(page.lines, start, reviewCells.length, span.to, [...headerKeys, ...sectionLabelKeys]);
  take(page, start, values.lastLine);
  if (values.kind === 'wrong-count') {
    page.findings.push(rowIncomplete({ table, path: ['review'], row: table }, reviewCells.length, values.found));
    return review;
  }
  reviewCells.forEach(({ group, column, groupLabel, label }, i) => {
    const place = { table, path: ['review', group, column], row: groupLabel, column: label };
    review[group][column] = readCell(page, values.cells[i] ?? '', count, place);
  });
  return review;
}

/** The first line that holds numbers rather than header labels. */
function firstValueLine(page: Page, span: Span): number | undefined {
  for (let i = span.from; i < span.to; i += 1) {
    const line = page.lines[i];
    if (!line || page.taken[i]) continue;
    const printsHeader = line.keys.some((key) => headerKeys.some((k) => key.includes(k)));
    if (!printsHeader && line.cells.some((c) => c !== '' && isValueLike(c))) return i;
  }
  return undefined;
}

