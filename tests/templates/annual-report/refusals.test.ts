/** What the schema refuses, each with its JSON path, through the generic validate(). */
import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/validation.ts';
import { checkReport } from '../../../templates/annual-report/checks.ts';
import { annualReportTemplate } from '../../../templates/annual-report/index.ts';
import { annualReportJsonSchema } from '../../../templates/annual-report/json-schema.ts';
import { annualReport, limits } from '../../../templates/annual-report/schema.ts';
import { exampleInput, jsonPathOf, setAt } from './check-fixtures.ts';

const template = { schema: annualReport, check: checkReport, fieldLabel: annualReportTemplate.fieldLabel };

/** The validator's own words, in either language: none may reach a reader. */
const rawValidatorText = /期望|实际接收|无效输入|expected (string|number|int|object|array)|received (string|number|undefined|null|object|array)|Invalid input|Too (small|big)/;

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
  // What JSON can carry but XML 1.0 (the .docx) and the faces cannot: refused, not silently dropped.
  ['a Unicode noncharacter in a name', ['agency', 'name'], '淮安市\uffff人民政府'],
  ['a noncharacter of another plane in prose', ['problems', '0', 'zh'], '改进\u{10fffe}工作'],
  ['an unpaired surrogate in prose', ['otherMatters', '0', 'zh'], '其他\ud800事项'],
  ['a reversed surrogate pair in a name', ['agency', 'name'], '淮安\udc00\ud800市'],
];

type JsonSchema = { properties?: Record<string, JsonSchema>; items?: JsonSchema; oneOf?: JsonSchema[]; anyOf?: JsonSchema[]; $ref?: string };

/** Every path to a value in the published JSON Schema, array elements as index 0. */
function leafPaths(root: Record<string, unknown>): PropertyKey[][] {
  const defs = (root['$defs'] ?? {}) as Record<string, JsonSchema>;
  const walk = (schema: JsonSchema, path: PropertyKey[]): PropertyKey[][] => {
    if (schema.$ref) return walk(defs[schema.$ref.replace('#/$defs/', '')] ?? {}, path);
    const options = [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])];
    if (options.length > 0) return options.flatMap((option) => walk(option, path));
    if (schema.properties) return [path, ...Object.entries(schema.properties).flatMap(([key, inner]) => walk(inner, [...path, key]))];
    if (schema.items) return [path, ...walk(schema.items, [...path, 0])];
    return [path];
  };
  return walk(root as JsonSchema, []);
}

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
    expect(finding?.message.en).toBe('formatVersion (format version) must be "2019" or "2021"; found the text "2023"');
  });

  it('a wrong value inside 2021 （六）, pointing into the shape that was used', () => {
    const json = exampleInput('huaian-2024');
    json.requests.outcomes.otherHandling.feesUnpaid.commercial = -3;
    expect(validate(template, json).findings.map((f) => f.path)).toEqual(['$.requests.outcomes.otherHandling.feesUnpaid.commercial']);
  });
});

describe('schema messages a person reads', () => {
  it('names a missing agency.name by its label, in both languages', () => {
    const json = exampleInput('huaian-2024');
    delete json.agency.name;
    const { findings } = validate(template, json);
    expect(findings.map((f) => f.message)).toEqual([{ zh: '机关名称（agency.name）缺失', en: 'agency.name (agency name) is missing' }]);
  });

  it.each(refusals)('%s: the label, what was expected and what was found, no validator wording', (_, path, value) => {
    const json = exampleInput('hailin-2020');
    setAt(json, path, value);
    const [finding] = validate(template, json).findings;
    expect(finding?.message.zh).not.toMatch(rawValidatorText);
    expect(finding?.message.en).not.toMatch(rawValidatorText);
    const label = annualReportTemplate.fieldLabel(path.map((s) => (/^\d+$/.test(s) ? Number(s) : s)));
    // An unknown field has no label of its own: its message names the object it is in.
    const named = label ?? annualReportTemplate.fieldLabel(path.slice(0, -1))!;
    expect(finding?.message.zh).toContain(named.zh);
    expect(finding?.message.en).toContain(path.filter((s) => !/^\d+$/.test(s)).at(-1));
  });

  it('says what a table cell is, by its row and column', () => {
    const json = exampleInput('huaian-2024');
    json.requests.outcomes.notDisclosed.stateSecret.total = 1.5;
    const [finding] = validate(template, json).findings;
    expect(finding?.message.zh).toBe('（三）不予公开 · 1.属于国家秘密 · 总计（requests.outcomes.notDisclosed.stateSecret.total）应为整数，实为数字 1.5');
    expect(finding?.message.en).toBe('requests.outcomes.notDisclosed.stateSecret.total ((3) Not disclosed · State secret · Total) must be a whole number; found the number 1.5');
  });

  it('labels every field of the input schema', () => {
    const unlabelled = leafPaths(annualReportJsonSchema()).filter((path) => annualReportTemplate.fieldLabel(path) === undefined);
    expect(unlabelled).toEqual([]);
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

  it('a character beyond the BMP (a surrogate pair) in a name', () => {
    const json = exampleInput('hailin-2020');
    json.agency.name = '𠀀海林市人民政府';
    const { report, findings } = validate(template, json);
    expect(report?.agency.name).toBe('𠀀海林市人民政府');
    expect(findings.some((f) => f.rule === 'schema')).toBe(false);
  });
});
