/**
 * Validation agrees with rendering: whatever a renderer's preflight would refuse, validation
 * refuses too, and a character no font can draw is named where the input has it.
 */
import { describe, expect, it } from 'vitest';
import { renderReport, RenderRejectedError, validateForRendering } from '../../src/service/render-report.ts';
import { firstPathContaining } from '../../src/service/input-location.ts';
import { exampleInput as example, type ExampleName } from '../examples/example.ts';

const withText = (name: ExampleName, edit: (report: Record<string, any>) => void) => {
  const report = example(name);
  edit(report);
  return report;
};

describe('validateForRendering', () => {
  it('finds nothing in a report that renders', () => {
    const { report, findings } = validateForRendering(example('huaian-2024'));
    expect(report).toBeDefined();
    expect(findings).toEqual([]);
  });

  it('refuses a character no font can draw, at its input path, keeping the document place in the message', () => {
    const input = withText('huaian-2024', (r) => { r['overview'].intro = [{ zh: '全年工作平稳。' }, { zh: '群众满意😀。' }]; });
    const { findings } = validateForRendering(input);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'font.coverage', severity: 'error', path: '$.overview.intro[1].zh', found: 'U+1F600' });
    expect(findings[0]?.message.en).toMatch(/occurs at blocks\[\d+\]/);
  });

  it('looks at the English text too, which only English renders print', () => {
    const input = withText('huaian-2024', (r) => { r['otherMatters'] = [{ zh: '无。', en: 'None 🀄.' }]; });
    expect(validateForRendering(input).findings).toEqual([expect.objectContaining({ path: '$.otherMatters[0].en', found: 'U+1F004' })]);
  });

  it('reports coverage beside failing cross-checks, since allowCheckFailures renders those', () => {
    const input = withText('hailin-2020', (r) => { r['problems'] = [{ zh: '问题😀。' }]; });
    const rules = validateForRendering(input).findings.map((f) => f.rule);
    expect(rules).toContain('requests.balance');
    expect(rules).toContain('font.coverage');
  });

  it('stops at the schema when the input has the wrong shape', () => {
    const { report, findings } = validateForRendering({ ...example('huaian-2024'), year: 'twenty' });
    expect(report).toBeUndefined();
    expect(findings.map((f) => f.rule)).toEqual(['schema']);
  });

  it('gives the same coverage finding that rendering refuses with', async () => {
    const input = withText('huaian-2024', (r) => { r['preamble'] = [{ zh: '依据条例😀编制。' }]; });
    const refused = await renderReport(input, { formats: ['pdf'], lang: 'zh', layout: 'official' }).then(() => undefined, (e: unknown) => e);
    expect(refused).toBeInstanceOf(RenderRejectedError);
    expect((refused as RenderRejectedError).findings).toEqual(validateForRendering(input).findings);
  });
});

describe('firstPathContaining', () => {
  it('walks objects and arrays depth first and spells keys as findings do', () => {
    const value = { a: [{ b: 'x' }, { 'c-d': 'y😀' }], e: '😀' };
    expect(firstPathContaining(value, '😀')).toBe('$.a[1]["c-d"]');
    expect(firstPathContaining(value, 'z')).toBeUndefined();
  });
});
