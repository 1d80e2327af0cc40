/**
 * Section 四: 15 number columns in one data row, under a three-row header —
 * 行政复议 (down two rows) | 行政诉讼 → 未经复议直接起诉 | 复议后起诉, then
 * 结果维持 · 结果纠正 · 其他结果 · 尚未审结 · 总计 under each of the three groups.
 */
import type { CoveredCell, TableBlock, TableRow } from '../../../src/model/document.ts';
import type { Language } from '../../../src/template.ts';
import { litigationHeading, reviewColumnKeys, reviewColumns, reviewGroupKeys, reviewGroups } from '../labels.ts';
import type { AnnualReport } from '../schema.ts';
import { labelCell, numberCell } from './text.ts';

const covered: CoveredCell = { covered: true };
const groupWidth = reviewColumnKeys.length;
const coveredRun = (n: number): CoveredCell[] => Array.from({ length: n }, () => covered);
const litigation = reviewGroupKeys.filter((g) => g !== 'reconsideration');

function header(lang: Language): TableRow[] {
  return [
    [
      labelCell(reviewGroups.reconsideration, lang, { colSpan: groupWidth, rowSpan: 2 }),
      ...coveredRun(groupWidth - 1),
      labelCell(litigationHeading, lang, { colSpan: groupWidth * litigation.length }),
      ...coveredRun(groupWidth * litigation.length - 1),
    ],
    [
      ...coveredRun(groupWidth),
      ...litigation.flatMap((g) => [labelCell(reviewGroups[g], lang, { colSpan: groupWidth }), ...coveredRun(groupWidth - 1)]),
    ],
    reviewGroupKeys.flatMap(() => reviewColumnKeys.map((c) => labelCell(reviewColumns[c], lang))),
  ];
}

export function reviewTable(report: AnnualReport, lang: Language): TableBlock {
  return {
    type: 'table',
    columnWidths: reviewGroupKeys.flatMap(() => reviewColumnKeys.map(() => 1)),
    header: header(lang),
    body: [reviewGroupKeys.flatMap((g) => reviewColumnKeys.map((c) => numberCell(report.review[g][c])))],
    wide: true,
  };
}
