/** The section 三 rules: the printed balance, row totals, outcome totals, and the carry-over from last year. */
import { requestColumnKeys, requesterColumnKeys } from '../labels.ts';
import type { AnnualReport } from '../schema.ts';
import type { Cell } from './cells.ts';
import { type Equation, minus, plus } from './equations.ts';
import {
  carriedOverRow,
  carriedToNextYearRow,
  newlyReceivedRow,
  outcomeLeafRows,
  outcomeTotalRow,
  requestCell,
  requestTableRows,
} from './request-table.ts';

/** Per column: 一 + 二 = （七） + 四, stated as （七） = 一 + 二 − 四 so the finding points at （七）. */
function balance(report: AnnualReport): Equation[] {
  return requestColumnKeys.map((column) => ({
    rule: 'requests.balance',
    target: requestCell(outcomeTotalRow(report), column),
    terms: [
      plus(requestCell(newlyReceivedRow(report), column)),
      plus(requestCell(carriedOverRow(report), column)),
      minus(requestCell(carriedToNextYearRow(report), column)),
    ],
  }));
}

/** Per row: 总计 = 自然人 + the five 法人或其他组织 columns. */
function rowTotals(report: AnnualReport): Equation[] {
  return requestTableRows(report).map((ref) => ({
    rule: 'requests.row-total',
    target: requestCell(ref, 'total'),
    terms: requesterColumnKeys.map((column) => plus(requestCell(ref, column))),
  }));
}

/** Per column: （七）总计 = the leaf rows of （一）…（六）. */
function outcomeTotals(report: AnnualReport): Equation[] {
  const leaves = outcomeLeafRows(report);
  return requestColumnKeys.map((column) => ({
    rule: 'requests.outcome-total',
    target: requestCell(outcomeTotalRow(report), column),
    terms: leaves.map((ref) => plus(requestCell(ref, column))),
  }));
}

/** Per column: this year's 二、上年结转 = last year's 四、结转下年度继续办理. */
function carryOver(report: AnnualReport): Equation[] {
  const lastYear = report.lastYear?.carriedToNextYear;
  if (!lastYear) return [];
  return requestColumnKeys.map((column) => {
    const last: Cell = { path: ['lastYear', 'carriedToNextYear', column], value: lastYear[column] };
    return { rule: 'requests.carry-over', target: requestCell(carriedOverRow(report), column), terms: [plus(last)] };
  });
}

export function requestEquations(report: AnnualReport): Equation[] {
  return [...balance(report), ...rowTotals(report), ...outcomeTotals(report), ...carryOver(report)];
}
