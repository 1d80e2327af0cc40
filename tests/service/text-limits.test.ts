/**
 * The text limits (src/text-limits.ts) refuse the same inputs in validation and in rendering,
 * before any layout: each finding names the field, in Chinese and English.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.ts';
import { RenderRejectedError, renderReport, validateForRendering } from '../../src/service/render-report.ts';
import { textLimits, textTotals } from '../../src/text-limits.ts';
import { exampleInput } from '../examples/example.ts';
import { filledReport, stackedHanMarks, stackedLatinMarks } from '../fixtures/hostile-reports.ts';

const errors = (findings: readonly Finding[]) => findings.filter((f) => f.severity === 'error');

async function refusedByRender(input: unknown) {
  const refusal = await renderReport(input, { formats: ['pdf', 'docx', 'html'], lang: 'en', layout: 'official' }).then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(refusal).toBeInstanceOf(RenderRejectedError);
  return (refusal as RenderRejectedError).findings;
}

describe('combining marks', () => {
  it.each([
    ['(a + U+0301 × 3) × 1250 in ten paragraphs per field', stackedLatinMarks],
    ['中 + U+0301 × 4999 in ten paragraphs per field', stackedHanMarks],
  ])('refuses %s in validate and render alike, naming each field', async (_, build) => {
    const input = build();
    const validated = errors(validateForRendering(input).findings);
    expect(validated).toContainEqual(expect.objectContaining({ rule: 'schema', path: '$.preamble[0].zh' }));
    expect(validated).toContainEqual(expect.objectContaining({ rule: 'schema', path: '$.otherMatters[9].zh' }));
    const stacked = validated.find((f) => f.path === '$.preamble[0].zh')!;
    expect(stacked.message.en).toContain(`at most ${textLimits.marksPerBase} combining marks`);
    expect(stacked.message.zh).toContain('组合符号');
    expect(errors(await refusedByRender(input))).toEqual(validated);
  });

  it(`accepts ${textLimits.marksPerBase} marks on a base, refuses one more`, () => {
    const two = filledReport('Cafe\u0301\u0301 ', 1);
    expect(errors(validateForRendering(two).findings)).toEqual([]);
    const three = filledReport('e\u0301\u0301\u0301', 1);
    expect(errors(validateForRendering(three).findings).map((f) => f.path)).toContain('$.problems[0].zh');
  });

  it(`refuses more than ${textLimits.marksPerReport} marks in one report`, () => {
    const input = filledReport('e\u0301 '.repeat(60), 2);
    expect(textTotals(input).marks).toBeGreaterThan(textLimits.marksPerReport);
    const found = errors(validateForRendering(input).findings);
    expect(found).toEqual([expect.objectContaining({ rule: 'schema', path: '$' })]);
    expect(found[0]!.message.en).toContain('combining marks');
  });
});

describe('the report-wide character budget', () => {
  const paragraph = '政府信息公开工作'.repeat(500);
  it(`refuses a report of more than ${textLimits.charactersPerReport} characters, with one finding at $`, () => {
    const input = filledReport(paragraph, 6);
    expect(textTotals(input).characters).toBeGreaterThan(textLimits.charactersPerReport);
    const found = errors(validateForRendering(input).findings);
    expect(found).toEqual([expect.objectContaining({ rule: 'schema', path: '$' })]);
    expect(found[0]!.message.zh).toContain(String(textLimits.charactersPerReport));
  });

  it('accepts a report just within it', () => {
    const input = filledReport(paragraph, 1, 'The Government Information Disclosure '.repeat(35));
    expect(textTotals(input).characters).toBeGreaterThan(textLimits.charactersPerReport * 0.95);
    expect(textTotals(input).characters).toBeLessThanOrEqual(textLimits.charactersPerReport);
    expect(errors(validateForRendering(input).findings)).toEqual([]);
  });

  it('leaves the shipped examples far inside every limit', () => {
    for (const name of ['huaian-2024', 'hailin-2020'] as const) {
      const totals = textTotals(exampleInput(name));
      expect(totals.characters).toBeLessThan(textLimits.charactersPerReport / 5);
      expect(totals.marks).toBe(0);
    }
  });
});
