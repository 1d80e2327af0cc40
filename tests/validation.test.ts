/** validate() knows no report kind: any schema and check function will do. */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import type { Finding } from '../src/findings.ts';
import { maxSchemaFindings } from '../src/schema-findings.ts';
import { validate } from '../src/validation.ts';

const pair = z.strictObject({ a: z.number().int().min(0), b: z.array(z.string().max(3)).max(2) });
type Pair = z.infer<typeof pair>;
const sumIsTen = (p: Pair): Finding[] =>
  p.a === 10 ? [] : [{ rule: 'pair.ten', severity: 'error', path: '$.a', expected: 10, found: p.a, message: { zh: '应为 10', en: 'must be 10' } }];
const template = { schema: pair, check: sumIsTen };

describe('validate', () => {
  it('returns the report and the checks\' findings when the schema accepts the input', () => {
    expect(validate(template, { a: 10, b: [] })).toEqual({ report: { a: 10, b: [] }, findings: [] });
    const { report, findings } = validate(template, { a: 3, b: ['x'] });
    expect(report).toEqual({ a: 3, b: ['x'] });
    expect(findings.map((f) => f.rule)).toEqual(['pair.ten']);
  });

  it('returns every schema violation with its path, and runs no check', () => {
    const { report, findings } = validate(template, { a: -1, b: ['long', 'ok'], c: true, d: 1 });
    expect(report).toBeUndefined();
    expect(findings.map((f) => [f.rule, f.path])).toEqual([
      ['schema', '$.a'],
      ['schema', '$.b[0]'],
      ['schema', '$.c'],
      ['schema', '$.d'],
    ]);
  });

  it('echoes only a short, escaped prefix of an unknown key', () => {
    const key = `x\u0000${'y'.repeat(10_000)}`;
    const [finding] = validate(template, { a: 10, b: [], [key]: 1 }).findings;
    expect(finding?.path).toBe(`$[${JSON.stringify(`${key.slice(0, 64)}…`)}]`);
    expect(finding?.message.en.length).toBeLessThan(120);
    expect(finding?.message.en).toContain('\\u0000');
  });

  it('says what was expected and what was found, in Chinese and English', () => {
    const [finding] = validate(template, { a: 'one', b: [] }).findings;
    expect(finding?.message.en).toBe('a must be a number; found the text "one"');
    expect(finding?.message.zh).toBe('a 应为数字，实为文本 "one"');
  });

  it("names a field by the template's label when it has one", () => {
    const labelled = { ...template, fieldLabel: (path: readonly PropertyKey[]) => (path[0] === 'a' ? { zh: '甲数', en: 'the A count' } : undefined) };
    const [finding] = validate(labelled, { b: [] }).findings;
    expect(finding?.message).toEqual({ zh: '甲数（a）缺失', en: 'a (the A count) is missing' });
  });

  it('splits our own 「English / 中文」 refinement messages into the two languages', () => {
    const even = z.number().refine((n) => n % 2 === 0, { message: 'must be even / 必须是偶数' });
    const [finding] = validate({ schema: even, check: () => [] }, 3).findings;
    expect(finding?.message).toEqual({ en: '$: must be even', zh: '$：必须是偶数' });
  });

  it('stops listing after a bound, and says how many more there are', () => {
    const input = { a: 10, b: [], ...Object.fromEntries(Array.from({ length: 700 }, (_, i) => [`k${i}`, i])) };
    const { findings } = validate(template, input);
    expect(findings).toHaveLength(maxSchemaFindings + 1);
    expect(findings.at(-1)?.message.en).toBe(`${700 - maxSchemaFindings} more schema violations are not listed.`);
  });
});
