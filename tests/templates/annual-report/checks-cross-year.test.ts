/** Rules that need last year's report: the carry-over (error) and the in-force heuristic (warning). */
import { describe, expect, it } from 'vitest';
import { hasErrors } from '../../../src/findings.ts';
import { checkReport } from '../../../templates/annual-report/checks.ts';
import { annualReport } from '../../../templates/annual-report/schema.ts';
import { exampleInput } from './check-fixtures.ts';

const check = (json: unknown) => checkReport(annualReport.parse(json));

describe('requests.carry-over: this year\'s 二、上年结转 = last year\'s 四、结转下年度继续办理', () => {
  it('is silent when last year agrees, column by column', () => {
    const json = exampleInput('huaian-2024');
    json.lastYear = { carriedToNextYear: { ...json.requests.carriedOver } };
    expect(check(json)).toEqual([]);
  });

  it('fails each column where last year disagrees, naming expected (last year) and found (this year)', () => {
    const json = exampleInput('huaian-2024');
    json.lastYear = { carriedToNextYear: { ...json.requests.carriedOver, naturalPersons: 30, total: 30 } };
    const findings = check(json);
    expect(findings.map((f) => [f.rule, f.severity, f.path, f.expected, f.found])).toEqual([
      ['requests.carry-over', 'error', '$.requests.carriedOver.naturalPersons', 30, 34],
      ['requests.carry-over', 'error', '$.requests.carriedOver.total', 30, 34],
    ]);
    expect(findings[0]).toMatchObject({ row: '二、上年结转政府信息公开申请数量', column: '自然人' });
    expect(findings[0]?.message.en).toContain("last year's");
  });

  it('works for the 2019 format too', () => {
    const json = exampleInput('hailin-2020');
    json.lastYear = { carriedToNextYear: { ...json.requests.carriedOver, commercial: 2, total: 2 } };
    expect(check(json).filter((f) => f.rule === 'requests.carry-over').map((f) => f.path)).toEqual([
      '$.requests.carriedOver.commercial',
      '$.requests.carriedOver.total',
    ]);
  });

  it('cannot be verified against a blank last-year cell: a warning, not a 0', () => {
    const json = exampleInput('huaian-2024');
    json.lastYear = { carriedToNextYear: { ...json.requests.carriedOver, research: null } };
    const [finding] = check(json);
    expect(finding).toMatchObject({ rule: 'requests.carry-over', severity: 'warning', path: '$.requests.carriedOver.research' });
    expect(finding?.message.zh).toContain('$.lastYear.carriedToNextYear.research 为空白');
  });
});

describe('proactive.in-force-change: 现行有效 ≈ last year + 本年制发 − 本年废止 (2021)', () => {
  it('is silent when the figures add up (规章 10 + 1 − 0 = 11; 规范性文件 84 + 8 − 26 = 66)', () => {
    const json = exampleInput('huaian-2024');
    json.lastYear = { inForce: { rules: 10, normativeDocuments: 84 } };
    expect(check(json)).toEqual([]);
  });

  it('only warns when they do not', () => {
    const json = exampleInput('huaian-2024');
    json.lastYear = { inForce: { rules: 12, normativeDocuments: 84 } };
    const findings = check(json);
    expect(hasErrors(findings)).toBe(false);
    expect(findings).toEqual([expect.objectContaining({
      rule: 'proactive.in-force-change',
      severity: 'warning',
      path: '$.proactive.item1.rules.inForce',
      table: '第二十条第（一）项',
      row: '规章',
      column: '现行有效件数',
      expected: 13,
      found: 11,
    })]);
  });
});
