/** What the schema refuses, each with its JSON path, through the generic validate(). */
import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/validation.ts';
import { checkReport } from '../../../templates/annual-report/checks.ts';
import { annualReport, limits } from '../../../templates/annual-report/schema.ts';
import { exampleInput, jsonPathOf, setAt } from './check-fixtures.ts';

const template = { schema: annualReport, check: checkReport };

const refusals: readonly (readonly [string, readonly string[], unknown])[] = [
  ['an unknown field', ['agency', 'fax'], '0453-1234567'],
  ['a negative count', ['requests', 'newlyReceived', 'research'], -1],
  ['a fractional count', ['review', 'reconsideration', 'upheld'], 0.5],
  ['a count given as text', ['requests', 'carriedOver', 'total'], '0'],
  ['a money value with 3 decimals', ['proactive', 'item9', 'procurement', 'amount'], 2196.245],
  ['a non-ISO date', ['publishedOn'], '2021年2月1日'],
  ['a date that does not exist', ['publishedOn'], '2021-02-30'],
  ['an over-long name', ['agency', 'name'], '海'.repeat(limits.shortText + 1)],
  ['an over-long paragraph', ['problems', '0', 'zh'], '改'.repeat(limits.paragraph + 1)],
  ['markup in prose', ['otherMatters', '0', 'zh'], '<script>alert(1)</script>'],
];

describe('the schema refuses', () => {
  it.each(refusals)('%s, naming its path', (_, path, value) => {
    const json = exampleInput('hailin-2020');
    setAt(json, path, value);
    const { report, findings } = validate(template, json);
    expect(report).toBeUndefined();
    expect(findings).toEqual([expect.objectContaining({ rule: 'schema', severity: 'error', path: jsonPathOf(path) })]);
    expect(findings[0]?.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(findings[0]?.message.en).toMatch(/[a-z]/);
  });

  it('every problem at once, not just the first', () => {
    const json = exampleInput('hailin-2020');
    for (const [, path, value] of refusals) setAt(json, path, value);
    const paths = validate(template, json).findings.map((f) => f.path);
    const expected = new Set(refusals.map(([, path]) => jsonPathOf(path)));
    expect(new Set(paths)).toEqual(expected);
  });

  it('an array of more paragraphs than the limit', () => {
    const json = exampleInput('huaian-2024');
    json.problems = Array.from({ length: limits.paragraphs + 1 }, () => ({ zh: '段落' }));
    expect(validate(template, json).findings.map((f) => f.path)).toEqual(['$.problems']);
  });

  it('an unknown format version, naming the ones it knows', () => {
    const [finding] = validate(template, { ...exampleInput('huaian-2024'), formatVersion: '2023' }).findings;
    expect(finding).toMatchObject({ rule: 'schema', path: '$.formatVersion' });
    expect(finding?.message.en).toContain('"2019" | "2021"');
  });

  it('a wrong value inside 2021 （六）, pointing into the shape that was used', () => {
    const json = exampleInput('huaian-2024');
    json.requests.outcomes.otherHandling.feesUnpaid.commercial = -3;
    expect(validate(template, json).findings.map((f) => f.path)).toEqual(['$.requests.outcomes.otherHandling.feesUnpaid.commercial']);
  });
});

describe('the schema accepts', () => {
  it('a blank cell as null, and a negative 本年增/减', () => {
    const json = exampleInput('hailin-2020');
    json.requests.carriedOver.research = null;
    expect(json.proactive.item5.licensing.change).toBe(-25);
    const { report, findings } = validate(template, json);
    expect(report?.requests.carriedOver.research).toBeNull();
    expect(findings.some((f) => f.rule === 'schema')).toBe(false);
  });
});
