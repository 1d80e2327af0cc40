/**
 * Section 四: 15 number columns in one data row, under a three-row header —
 * 行政复议 (down two rows) | 行政诉讼 → 未经复议直接起诉 | 复议后起诉, then
 * 结果维持 · 结果纠正 · 其他结果 · 尚未审结 · 总计 under each of the three groups.
 *
 * English column words (「Corrected」, 「Pending」) do not fit fifteen to a portrait line
 * at 9 pt, so in `en` and `zh-en` the table is set as two: 行政复议's five columns, then
 * 行政诉讼's ten under their two groups.
 */
import type { CoveredCell, TableBlock, TableRow } from '../../../src/model/document.ts';
import type { Language } from '../../../src/template.ts';
import { litigationHeading, reviewColumnKeys, reviewColumns, reviewGroupKeys, reviewGroups, type ReviewGroup } from '../labels.ts';
import type { AnnualReport } from '../schema.ts';
import { labelCell, numberCell } from './text.ts';

const covered: CoveredCell = { covered: true };
const groupWidth = reviewColumnKeys.length;
const coveredRun = (n: number): CoveredCell[] => Array.from({ length: n }, () => covered);
const litigation = reviewGroupKeys.filter((g) => g !== 'reconsideration');

const columnLabels = (groups: readonly ReviewGroup[], lang: Language): TableRow =>
  groups.flatMap(() => reviewColumnKeys.map((c) => labelCell(reviewColumns[c], lang)));

const figures = (report: AnnualReport, groups: readonly ReviewGroup[]): TableRow =>
  groups.flatMap((g) => reviewColumnKeys.map((c) => numberCell(report.review[g][c])));

const litigationGroups = (lang: Language): TableRow =>
  litigation.flatMap((g) => [labelCell(reviewGroups[g], lang, { colSpan: groupWidth }), ...coveredRun(groupWidth - 1)]);

const litigationHead = (lang: Language): TableRow =>
  [labelCell(litigationHeading, lang, { colSpan: groupWidth * litigation.length }), ...coveredRun(groupWidth * litigation.length - 1)];

const table = (report: AnnualReport, groups: readonly ReviewGroup[], header: TableRow[]): TableBlock => ({
  type: 'table',
  columnWidths: groups.flatMap(() => reviewColumnKeys.map(() => 1)),
  header,
  body: [figures(report, groups)],
  wide: true,
});

/** The official table of fifteen columns. */
function combinedTable(report: AnnualReport, lang: Language): TableBlock {
  return table(report, reviewGroupKeys, [
    [labelCell(reviewGroups.reconsideration, lang, { colSpan: groupWidth, rowSpan: 2 }), ...coveredRun(groupWidth - 1), ...litigationHead(lang)],
    [...coveredRun(groupWidth), ...litigationGroups(lang)],
    columnLabels(reviewGroupKeys, lang),
  ]);
}

export function reviewTables(report: AnnualReport, lang: Language): TableBlock[] {
  if (lang === 'zh') return [combinedTable(report, lang)];
  const reconsideration: ReviewGroup[] = ['reconsideration'];
  return [
    table(report, reconsideration, [
      [labelCell(reviewGroups.reconsideration, lang, { colSpan: groupWidth }), ...coveredRun(groupWidth - 1)],
      columnLabels(reconsideration, lang),
    ]),
    table(report, litigation, [litigationHead(lang), litigationGroups(lang), columnLabels(litigation, lang)]),
  ];
}
