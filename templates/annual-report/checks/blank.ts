/** Rule 7: a blank (or 「/」) cell is not a number; say so for each one instead of reading 0. */
import type { Finding } from '../../../src/findings.ts';
import { requestColumnKeys } from '../labels.ts';
import type { AnnualReport } from '../schema.ts';
import { type PlacedCell, placeOf } from './cells.ts';
import { proactiveCells } from './proactive.ts';
import { requestCell, requestTableRows } from './request-table.ts';
import { reviewCells } from './review.ts';
import { rules } from './rules.ts';

/** Every number cell of the tables of sections 二, 三 and 四. */
export function tableCells(report: AnnualReport): PlacedCell[] {
  return [
    ...proactiveCells(report),
    ...requestTableRows(report).flatMap((row) => requestColumnKeys.map((column) => requestCell(row, column))),
    ...reviewCells(report),
  ];
}

export function blankCellFindings(report: AnnualReport): Finding[] {
  const rule = rules['cell.blank'];
  return tableCells(report).filter((c) => c.value === null).map((c) => {
    const { zh, en, path, labels } = placeOf(c);
    return {
      rule: 'cell.blank',
      severity: rule.severity,
      path,
      ...labels,
      found: null,
      message: { zh: `${zh}为空白：${rule.statement.zh}。`, en: `${en} is blank: ${rule.statement.en}.` },
    };
  });
}
