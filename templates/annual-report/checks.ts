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

export function checkReport(report: AnnualReport): Finding[] {
  const equations = [...requestEquations(report), ...reviewEquations(report), ...proactiveEquations(report)];
  return [
    ...equations.flatMap((equation) => evaluate(equation) ?? []),
    ...quotedNumberFindings(report),
    ...emptySectionFindings(report),
    ...blankCellFindings(report),
  ];
}
