/** `nianbao schema`: a JSON Schema that accepts both examples and refuses what the zod schema refuses. */
import { beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { exampleInput as example } from '../examples/example.ts';
import { nianbao } from './validate-run.ts';

let printed: Record<string, unknown>;
let asZod: z.ZodType;
beforeAll(async () => {
  const { code, stdout, stderr } = await nianbao(['schema']);
  expect([code, stderr]).toEqual([0, '']);
  printed = JSON.parse(stdout);
  // Rebuilt from the printed JSON alone, so the test checks the document, not the zod original.
  asZod = z.fromJSONSchema(printed as z.core.JSONSchema.JSONSchema);
});

describe('nianbao schema', () => {
  it('prints a JSON Schema (2020-12) with the shared shapes named once', () => {
    expect(printed.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(printed.$defs as object)).toEqual(expect.arrayContaining(['RequestRow', 'ReviewGroup', 'Count', 'Money']));
  });

  it.each(['hailin-2020', 'huaian-2024'] as const)('accepts examples/%s.json', (name) => {
    expect(asZod.safeParse(example(name)).success).toBe(true);
  });

  it.each([
    ['an unknown field', (r: any) => { r.agency.fax = '1'; }],
    ['a negative count', (r: any) => { r.requests.newlyReceived.research = -1; }],
    ['a count given as text', (r: any) => { r.review.reconsideration.total = '351'; }],
    ['a non-ISO date', (r: any) => { r.publishedOn = '2025年1月24日'; }],
    ['an unknown format version', (r: any) => { r.formatVersion = '2023'; }],
    ['a missing table', (r: any) => { delete r.review; }],
  ])('refuses %s', (_, spoil) => {
    const report = example('huaian-2024');
    spoil(report);
    expect(asZod.safeParse(report).success).toBe(false);
  });

  it('exits 2 with its usage when given arguments', async () => {
    const { code, stderr } = await nianbao(['schema', '--pretty']);
    expect(code).toBe(2);
    expect(stderr).toContain('usage: nianbao schema');
  });
});
