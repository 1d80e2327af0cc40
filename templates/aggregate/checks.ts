/**
 * The aggregate's checks: each member that fails its own cross-checks is named (and said
 * to be left out, or counted when `allowCheckFailures`), an aggregate with nothing to count
 * is an error, and the summed tables are held to the same rules as a member's. Findings on
 * the sums point into the aggregate's data (`$.requests…`, as `--format json` writes it).
 */
import type { Finding } from '../../src/findings.ts';
import { jsonPath } from '../../src/json-path.ts';
import { tableFindings } from '../annual-report/checks.ts';
import type { Aggregate } from './schema.ts';
import { compiledOf, type MemberRow } from './sum.ts';

function memberFinding(member: MemberRow): Finding {
  const who = `#${member.index + 1} ${member.agency}`;
  return {
    rule: 'aggregate.member-fails-checks',
    severity: 'warning',
    path: jsonPath(['members', member.index, 'report']),
    found: member.errors,
    message: member.included
      ? { zh: `成员报告 ${who} 有 ${member.errors} 处勾稽错误，按要求仍计入合计。`, en: `Member ${who} has ${member.errors} cross-check error(s) and is counted, as asked.` }
      : { zh: `成员报告 ${who} 有 ${member.errors} 处勾稽错误，未计入合计。`, en: `Member ${who} has ${member.errors} cross-check error(s) and is left out of the totals.` },
  };
}

const nothingCounted: Finding = {
  rule: 'aggregate.no-members',
  severity: 'error',
  path: '$.members',
  message: {
    zh: '没有一份成员报告通过勾稽校验，合计为空（可用 allowCheckFailures 计入未通过的报告）。',
    en: 'No member report passes its cross-checks, so nothing is summed (allowCheckFailures counts failing reports).',
  },
};

export function checkAggregate(input: Aggregate): Finding[] {
  const { members, sum } = compiledOf(input);
  const failing = members.filter((m) => !m.checksPass).map(memberFinding);
  const none = members.some((m) => m.included) ? [] : [nothingCounted];
  return [...failing, ...none, ...tableFindings(sum)];
}
