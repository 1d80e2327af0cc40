/** The cross-checks on the two published examples: what they catch, and how they say it. */
import { describe, expect, it } from 'vitest';
import { hasErrors, type Finding } from '../../../src/findings.ts';
import { checkReport } from '../../../templates/annual-report/checks.ts';
import { requestColumns, requestRows, sections } from '../../../templates/annual-report/labels.ts';
import { annualReport } from '../../../templates/annual-report/schema.ts';
import { example, exampleInput, type ExampleName, getAt, numberPaths, setAt } from './check-fixtures.ts';

const errorsOf = (findings: readonly Finding[]) => findings.filter((f) => f.severity === 'error');
/** A finding's identity: what it says is wrong, and where. */
const key = (f: Finding) => JSON.stringify([f.rule, f.path, f.expected, f.found]);

describe('海林 2020: the inconsistent （七）总计 row', () => {
  const findings = checkReport(example('hailin-2020'));

  it('fails the printed rule and the （七）总计 rule in the 法律服务机构 and 其他 columns, and nothing else', () => {
    expect(errorsOf(findings).map((f) => [f.rule, f.column, f.expected, f.found])).toEqual([
      ['requests.balance', '法律服务机构', 1, 0],
      ['requests.balance', '其他', 0, 1],
      ['requests.outcome-total', '法律服务机构', 1, 0],
      ['requests.outcome-total', '其他', 0, 1],
    ]);
    expect(findings).toHaveLength(4);
  });

  it('names table, row and column with the catalogue labels, the JSON path, and says it in zh and en', () => {
    const [balance] = findings;
    expect(balance).toMatchObject({
      rule: 'requests.balance',
      severity: 'error',
      path: '$.requests.outcomes.total.legalServices',
      table: sections.requests.zh,
      row: requestRows.total.zh,
      column: requestColumns.legalServices.zh,
    });
    expect(balance?.message.zh).toContain(`「${requestColumns.legalServices.zh}」列`);
    expect(balance?.message.zh).toContain('应为 1，实为 0');
    expect(balance?.message.en).toContain(`column "${requestColumns.legalServices.en}"`);
    expect(balance?.message.en).toContain('expected 1, found 0');
  });
});

describe('淮安 2024', () => {
  it('passes every check without a single finding', () => {
    expect(checkReport(example('huaian-2024'))).toEqual([]);
  });

  it('passes with （六）其他处理 given as one row (the sum of its three rows)', () => {
    const json = exampleInput('huaian-2024');
    const rows = Object.values(json.requests.outcomes.otherHandling) as Record<string, number>[];
    json.requests.outcomes.otherHandling = Object.fromEntries(
      Object.keys(rows[0] ?? {}).map((column) => [column, rows.reduce((sum, row) => sum + (row[column] ?? 0), 0)]),
    );
    expect(json.requests.outcomes.otherHandling.total).toBe(187);
    expect(checkReport(annualReport.parse(json))).toEqual([]);
    json.requests.outcomes.otherHandling.commercial += 1;
    expect(errorsOf(checkReport(annualReport.parse(json))).map((f) => f.rule)).toContain('requests.outcome-total');
  });
});

describe.each<ExampleName>(['hailin-2020', 'huaian-2024'])('%s: every cell of sections 三 and 四 is checked', (name) => {
  const json = exampleInput(name);
  const baseline = new Set(errorsOf(checkReport(example(name))).map(key));
  const cells = [...numberPaths(json.requests, ['requests']), ...numberPaths(json.review, ['review'])];

  it('has the cells of both tables (23 number rows × 7 columns, 25 with （六） in three rows; and 15)', () => {
    expect(cells).toHaveLength((name === 'huaian-2024' ? 25 : 23) * 7 + 15);
  });

  it.each(cells.map((path) => [path.join('.'), path] as const))('+1 in %s is caught by an error rule', (_, path) => {
    const changed = exampleInput(name);
    setAt(changed, path, (getAt(changed, path) as number) + 1);
    const errors = errorsOf(checkReport(annualReport.parse(changed)));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((f) => !baseline.has(key(f)))).toBe(true);
  });
});

describe('blank cells', () => {
  it('are named, and make the sums they belong to unverifiable instead of counting as 0', () => {
    const json = exampleInput('huaian-2024');
    json.requests.outcomes.disclosed.naturalPersons = null;
    const findings = checkReport(annualReport.parse(json));
    expect(hasErrors(findings)).toBe(false);
    const path = '$.requests.outcomes.disclosed.naturalPersons';
    expect(findings.find((f) => f.rule === 'cell.blank')).toMatchObject({ severity: 'warning', path, found: null });
    const unverifiable = findings.filter((f) => f.rule !== 'cell.blank');
    expect(unverifiable.map((f) => [f.rule, f.path])).toEqual([
      ['requests.row-total', '$.requests.outcomes.disclosed.total'],
      ['requests.outcome-total', '$.requests.outcomes.total.naturalPersons'],
    ]);
    for (const f of unverifiable) {
      expect(f.severity).toBe('warning');
      expect(f.message.zh).toContain(`${path} 为空白`);
      expect(f.message.en).toContain(`${path} is blank`);
    }
  });

  it('are warned about in section 二 too, with that table\'s labels', () => {
    const json = exampleInput('hailin-2020');
    json.proactive.item9.procurement.amount = null;
    const blank = checkReport(annualReport.parse(json)).filter((f) => f.rule === 'cell.blank');
    expect(blank).toEqual([expect.objectContaining({
      path: '$.proactive.item9.procurement.amount',
      table: '第二十条第（九）项',
      row: '政府集中采购',
      column: '采购总金额（万元）',
    })]);
  });
});
