/**
 * Rule section.no-numbers: a table section (二, 三 or 四) with every cell blank. One blank
 * cell is a warning; a whole section of them is a report not filled in, or a page whose
 * tables could not be imported, and must not pass as valid.
 */
import type { Finding } from '../../../src/findings.ts';
import { jsonPath } from '../../../src/json-path.ts';
import { sections } from '../labels.ts';
import type { AnnualReport } from '../schema.ts';
import { tableCells } from './blank.ts';
import { rules } from './rules.ts';

const tableSections = ['proactive', 'requests', 'review'] as const;

export function emptySectionFindings(report: AnnualReport): Finding[] {
  const cells = tableCells(report);
  const rule = rules['section.no-numbers'];
  return tableSections
    .filter((key) => cells.every((c) => c.path[0] !== key || c.value === null))
    .map((key) => ({
      rule: 'section.no-numbers',
      severity: rule.severity,
      path: jsonPath([key]),
      table: sections[key].zh,
      message: { zh: `「${sections[key].zh}」的表格没有一个数字：${rule.statement.zh}。`, en: `The tables of "${sections[key].en}" hold no number at all: ${rule.statement.en}.` },
    }));
}
