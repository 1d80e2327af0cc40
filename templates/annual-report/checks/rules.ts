/**
 * The catalogue of cross-checks (勾稽关系): stable ids, severity, and what each rule states,
 * in Chinese and English. The statements quote the printed labels from labels.ts.
 */
import type { Severity } from '../../../src/findings.ts';
import type { Label } from '../labels.ts';
import {
  legalPersonsHeading,
  proactiveColumns,
  requestColumns,
  requestRows,
  reviewColumns,
} from '../labels.ts';

export type Rule = { readonly severity: Severity; readonly statement: Label };

const { newlyReceived, carriedOver, total: outcomeTotal, carriedToNextYear, disclosed, otherHandling } = requestRows;

export const rules = {
  /** The rule printed in the table's corner note. */
  'requests.balance': {
    severity: 'error',
    statement: {
      zh: `${newlyReceived.zh}加${carriedOver.zh}之和，应等于${outcomeTotal.zh}加${carriedToNextYear.zh}之和`,
      en: `"${newlyReceived.en}" plus "${carriedOver.en}" must equal "${outcomeTotal.en}" plus "${carriedToNextYear.en}"`,
    },
  },
  'requests.row-total': {
    severity: 'error',
    statement: {
      zh: `${requestColumns.total.zh}应等于${requestColumns.naturalPersons.zh}与${legalPersonsHeading.zh}五列之和`,
      en: `"${requestColumns.total.en}" must equal "${requestColumns.naturalPersons.en}" plus the five "${legalPersonsHeading.en}" columns`,
    },
  },
  'requests.outcome-total': {
    severity: 'error',
    statement: {
      zh: `${outcomeTotal.zh}应等于${disclosed.zh}至${otherHandling.zh}各行之和`,
      en: `"${outcomeTotal.en}" must equal the sum of the rows "${disclosed.en}" to "${otherHandling.en}"`,
    },
  },
  'requests.carry-over': {
    severity: 'error',
    statement: {
      zh: `${carriedOver.zh}应等于上一年度报告的${carriedToNextYear.zh}`,
      en: `"${carriedOver.en}" must equal last year's "${carriedToNextYear.en}"`,
    },
  },
  'review.group-total': {
    severity: 'error',
    statement: {
      zh: `${reviewColumns.total.zh}应等于${reviewColumns.upheld.zh}、${reviewColumns.corrected.zh}、${reviewColumns.other.zh}与${reviewColumns.pending.zh}之和`,
      en: `"${reviewColumns.total.en}" must equal "${reviewColumns.upheld.en}" + "${reviewColumns.corrected.en}" + "${reviewColumns.other.en}" + "${reviewColumns.pending.en}"`,
    },
  },
  /** A heuristic: documents can also lapse or be amended, so this only warns. */
  'proactive.in-force-change': {
    severity: 'warning',
    statement: {
      zh: `${proactiveColumns.inForce.zh}通常等于上一年度的${proactiveColumns.inForce.zh}加${proactiveColumns.issued.zh}减${proactiveColumns.repealed.zh}`,
      en: `"${proactiveColumns.inForce.en}" usually equals last year's figure plus "${proactiveColumns.issued.en}" minus "${proactiveColumns.repealed.en}"`,
    },
  },
  'prose.quoted-number': {
    severity: 'warning',
    statement: {
      zh: '正文中引用的数字应与表格一致',
      en: 'A number quoted in the text should match the table',
    },
  },
  'prose.english-missing': {
    severity: 'warning',
    statement: {
      zh: '英文版和中英对照版的每段正文都应有英文',
      en: 'Every paragraph of an English or bilingual document should have its English',
    },
  },
  /** A table section with every cell blank was not filled in (or not imported), not reported as nil: zeros are printed as 0. */
  'section.no-numbers': {
    severity: 'error',
    statement: {
      zh: '表格部分至少应有一个数字；没有数字的情况应填 0',
      en: 'A table section must hold at least one number; where there is nothing to report, 0 is entered',
    },
  },
  'cell.blank': {
    severity: 'warning',
    statement: {
      zh: '空白单元格不是数字，不按 0 计算',
      en: 'A blank cell is not a number and is not counted as 0',
    },
  },
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof rules;
