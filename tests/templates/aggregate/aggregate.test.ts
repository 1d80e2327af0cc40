/**
 * The aggregate template on its own: who is counted, how cells are summed (blanks, amounts,
 * the two shapes of （六）), what the checks say, and the model's members table and marks.
 */
import { describe, expect, it } from 'vitest';
import { isCovered, type TableBlock } from '../../../src/model/document.ts';
import { validate } from '../../../src/validation.ts';
import { aggregateTemplate } from '../../../templates/aggregate/index.ts';
import { blankMark } from '../../../templates/aggregate/labels.ts';
import type { Aggregate } from '../../../templates/aggregate/schema.ts';
import { exampleInput } from '../../examples/example.ts';

const huaian = () => exampleInput('huaian-2024');
const ceshi = () => exampleInput('ceshi-county-2024');

function parsed(members: Record<string, any>[], extra: Record<string, unknown> = {}): Aggregate {
  const { report, findings } = validate(aggregateTemplate, { name: '测试市', year: 2024, members: members.map((report) => ({ report })), ...extra });
  expect(findings.filter((f) => f.rule === 'schema')).toEqual([]);
  return report as Aggregate;
}

const data = (input: Aggregate) => aggregateTemplate.data!(input) as any;
const tables = (input: Aggregate) =>
  aggregateTemplate.build(input, { lang: 'zh', layout: 'official' }).blocks.filter((b): b is TableBlock => b.type === 'table');
const texts = (table: TableBlock) => table.body.map((row) => row.map((c) => (isCovered(c) ? '' : c.content.text)));

/** 淮安 with one cell of section 三 changed, so that its column no longer adds up. */
function unbalanced() {
  const report = huaian();
  report.agency.name = '失衡县人民政府';
  report.requests.newlyReceived.naturalPersons += 1;
  return report;
}

describe('members that fail their own checks', () => {
  it('are named in a warning and left out of the sums', () => {
    const input = parsed([huaian(), unbalanced()]);
    const findings = aggregateTemplate.check(input);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'aggregate.member-fails-checks', path: '$.members[1].report', severity: 'warning' }));
    expect(data(input).requests.newlyReceived.total).toBe(huaian().requests.newlyReceived.total);
    expect(texts(tables(input)[0]!)[1]).toContain('未通过，未计入');
  });

  it('are counted with allowCheckFailures, and then the sums fail the same rules', () => {
    const input = parsed([huaian(), unbalanced()], { allowCheckFailures: true });
    expect(data(input).requests.newlyReceived.naturalPersons).toBe(2 * huaian().requests.newlyReceived.naturalPersons + 1);
    const errors = aggregateTemplate.check(input).filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.path)).toContain('$.requests.newlyReceived.total');
    expect(texts(tables(input)[0]!)[1]).toContain('未通过，已计入');
  });

  it('leave nothing to sum when none passes: an error', () => {
    const findings = aggregateTemplate.check(parsed([unbalanced()]));
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'aggregate.no-members', severity: 'error' }));
  });
});

describe('sums', () => {
  it('adds amounts in cents: 0.1 + 0.2 is 0.3', () => {
    const [a, b] = [huaian(), ceshi()];
    a.proactive.item8.fees.amount = 0.1;
    b.proactive.item8.fees.amount = 0.2;
    expect(data(parsed([a, b])).proactive.item8.fees.amount).toBe(0.3);
  });

  it('sums （六） in one row when members print it in different shapes', () => {
    const oneRow = ceshi();
    const split = oneRow.requests.outcomes.otherHandling;
    const columns = Object.keys(split.other);
    oneRow.requests.outcomes.otherHandling = Object.fromEntries(columns.map((c) =>
      [c, split.notSupplemented[c] + split.feesUnpaid[c] + split.other[c]]));
    const summed = data(parsed([huaian(), oneRow])).requests.outcomes.otherHandling;
    const expected = huaian().requests.outcomes.otherHandling;
    expect(summed.total).toBe(expected.notSupplemented.total + expected.feesUnpaid.total + expected.other.total + oneRow.requests.outcomes.otherHandling.total);
  });

  it('marks a cell some member left blank and names the member beneath the section', () => {
    const input = parsed([huaian(), ceshi()]);
    const model = aggregateTemplate.build(input, { lang: 'zh', layout: 'official' });
    const licensing = tables(input).find((t) => texts(t).some((row) => row[0] === '行政许可'))!;
    expect(texts(licensing)[0]).toEqual(['行政许可', blankMark]);
    const notes = model.blocks.filter((b) => b.type === 'paragraph' && b.text.startsWith(blankMark));
    expect(notes).toEqual([expect.objectContaining({ text: expect.stringContaining('测试县人民政府未填写') })]);
  });

  it('is a pure function of the input: the same model twice', () => {
    const build = () => aggregateTemplate.build(parsed([huaian(), ceshi()]), { lang: 'zh-en', layout: 'screen', qrUrl: 'https://nianbao.example.gov.cn/r/x' });
    expect(build()).toEqual(build());
  });
});

describe('facts', () => {
  it('titles the file 「<name><year>年政府信息公开工作年度报告汇总」 with an ASCII fallback', () => {
    const facts = aggregateTemplate.facts(parsed([huaian(), ceshi()]), 'zh');
    expect(facts).toMatchObject({ subject: '测试市', year: 2024, version: '2021', publishedOn: '2025-01-24', fileName: '测试市2024年政府信息公开工作年度报告汇总', asciiFileName: 'aggregate-2024' });
  });
});
