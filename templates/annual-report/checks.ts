/**
 * The cross-checks (勾稽关系) of the annual-report format, as data: each rule in checks/
 * lists the equations or patterns it checks, with a stable id from checks/rules.ts.
 * Findings are errors or warnings, never exceptions.
 */
import type { Finding } from '../../src/findings.ts';
import { blankCellFindings } from './checks/blank.ts';
import { emptySectionFindings } from './checks/empty-sections.ts';
import { evaluate } from './checks/equations.ts';
import { proactiveEquations } from './checks/proactive.ts';
import { quotedNumberFindings } from './checks/prose.ts';
import { requestEquations } from './checks/requests.ts';
import { reviewEquations } from './checks/review.ts';
import type { AnnualReport } from './schema.ts';

/** The sums the tables must satisfy (the rules an aggregate's summed tables are held to as well). */
export function tableFindings(report: AnnualReport): Finding[] {
  const equations = [...requestEquations(report), ...reviewEquations(report), ...proactiveEquations(report)];
  return equations.flatMap((equation) => evaluate(equation) ?? []);
}

export function checkReport(report: AnnualReport): Finding[] {
  return [
    ...tableFindings(report),
    ...quotedNumberFindings(report),
    ...emptySectionFindings(report),
    ...blankCellFindings(report),
  ];
}
