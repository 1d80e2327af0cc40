/** prose.quoted-number: clear phrasings in the text against the tables; a mismatch warns. */
import { describe, expect, it } from 'vitest';
import { hasErrors } from '../../../src/findings.ts';
import { checkReport } from '../../../templates/annual-report/checks.ts';
import { annualReport } from '../../../templates/annual-report/schema.ts';
import { exampleInput } from './check-fixtures.ts';

const quoted = (json: unknown) => checkReport(annualReport.parse(json)).filter((f) => f.rule === 'prose.quoted-number');

/** Replaces `from` in the 依申请公开 paragraph of 淮安 2024, failing loudly if the text moved. */
function huaianSaying(from: string, to: string) {
  const json = exampleInput('huaian-2024');
  const paragraph = json.overview.onRequest[0];
  expect(paragraph.zh).toContain(from);
  paragraph.zh = paragraph.zh.replace(from, to);
  return json;
}

describe('numbers quoted in the prose', () => {
  it('match in both examples (共受理…3119件, 上年度结转申请34件, 行政复议351件, 行政诉讼46件, 3940元, 共收到…4件)', () => {
    expect(quoted(exampleInput('huaian-2024'))).toEqual([]);
    expect(quoted(exampleInput('hailin-2020'))).toEqual([]);
  });

  it.each([
    ['共受理政府信息公开申请3119件', '共受理政府信息公开申请3120件', 3119, 3120, '一、本年新收政府信息公开申请数量'],
    ['上年度结转申请34件', '上年度结转申请35件', 34, 35, '二、上年结转政府信息公开申请数量'],
    ['上年度结转申请34件', '上年结转政府信息公开申请35件', 34, 35, '二、上年结转政府信息公开申请数量'],
    ['行政复议351件', '行政复议350件', 351, 350, '行政复议'],
    ['行政诉讼46件', '行政诉讼47件', 46, 47, '行政诉讼'],
  ])('warn when the text says %s but the table does not', (from, to, expected, found, row) => {
    const findings = quoted(huaianSaying(from, to));
    expect(findings).toEqual([expect.objectContaining({
      severity: 'warning',
      path: '$.overview.onRequest[0].zh',
      row,
      expected,
      found,
    })]);
    expect(findings[0]?.message.zh).toContain(`「${to}」`);
  });

  it('compare the information-processing fee in 六 with fees.informationProcessingFeeYuan', () => {
    const json = exampleInput('huaian-2024');
    json.fees.informationProcessingFeeYuan = 3941;
    const findings = quoted(json);
    expect(findings).toEqual([expect.objectContaining({ path: '$.otherMatters[0].zh', expected: 3941, found: 3940 })]);
    expect(hasErrors(findings)).toBe(false);
  });

  it('read 海林\'s 「共收到政府信息依申请公开件4件」 against 一、本年新收 总计', () => {
    const json = exampleInput('hailin-2020');
    json.overview.onRequest[0].zh = json.overview.onRequest[0].zh.replace('公开件4件', '公开件5件');
    expect(quoted(json).map((f) => [f.path, f.expected, f.found])).toEqual([['$.overview.onRequest[0].zh', 4, 5]]);
  });
});
