/** Section 四: its fifteen cells, and the rule 总计 = 维持 + 纠正 + 其他 + 尚未审结 per group. */
import type { Label } from '../labels.ts';
import {
  litigationHeading,
  type ReviewColumn,
  type ReviewGroup,
  reviewColumnKeys,
  reviewColumns,
  reviewGroupKeys,
  reviewGroups,
  sections,
} from '../labels.ts';
import type { AnnualReport } from '../schema.ts';
import { type PlacedCell, under } from './cells.ts';
import { type Equation, plus } from './equations.ts';

/** The two litigation groups sit under the 行政诉讼 heading. */
const groupLabel = (group: ReviewGroup): Label =>
  group === 'reconsideration' ? reviewGroups[group] : under(litigationHeading, reviewGroups[group]);

export function reviewCell(report: AnnualReport, group: ReviewGroup, column: ReviewColumn): PlacedCell {
  return {
    path: ['review', group, column],
    value: report.review[group][column],
    table: sections.review,
    row: groupLabel(group),
    column: reviewColumns[column],
  };
}

export function reviewCells(report: AnnualReport): PlacedCell[] {
  return reviewGroupKeys.flatMap((group) => reviewColumnKeys.map((column) => reviewCell(report, group, column)));
}

export function reviewEquations(report: AnnualReport): Equation[] {
  return reviewGroupKeys.map((group) => ({
    rule: 'review.group-total',
    target: reviewCell(report, group, 'total'),
    terms: reviewColumnKeys.filter((c) => c !== 'total').map((column) => plus(reviewCell(report, group, column))),
  }));
}
