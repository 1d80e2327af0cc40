/** Money as printed: to the cent, never with float noise; what cannot be printed exactly is refused. */
import { describe, expect, it } from 'vitest';
import { renderReport, validateForRendering } from '../../src/service/render-report.ts';
import { exampleInput } from '../examples/example.ts';
import { readPdf } from '../render/pdf/read-pdf.ts';
import type { AnnualReport } from '../../templates/annual-report/schema.ts';

const noisy = 0.1 + 0.2;

function withFees(amount: number) {
  const report = exampleInput('huaian-2024');
  report.proactive.item8.fees.amount = amount;
  report.fees.informationProcessingFeeYuan = amount;
  return report;
}

describe('money', () => {
  it(`prints a fee of ${noisy} as 0.3, in the table and in the sentence, in PDF and HTML`, async () => {
    expect(String(noisy)).toBe('0.30000000000000004');
    const rendered = await renderReport(withFees(noisy), { formats: ['pdf', 'html'], lang: 'zh', layout: 'official' });
    const report = rendered.report as AnnualReport;
    expect(report.formatVersion === '2021' && report.fees?.informationProcessingFeeYuan).toBe(0.3);
    const [pdf, html] = rendered.files;
    const text = readPdf(pdf!.bytes).pages.flatMap((p) => p.lines.map((l) => l.text)).join('\n');
    const page = new TextDecoder().decode(html!.bytes);
    for (const printed of [text, page]) {
      expect(printed).not.toContain('0.30000000000000004');
      expect(printed).toContain('信息处理费0.3元');
    }
    expect(text).toMatch(/行政事业性收费\s*0\.3\s*$/m);
  });

  it.each([9e-9, 0.123, 1234.005])('refuses %s, which cannot be printed to the cent, in validation', (amount) => {
    const found = validateForRendering(withFees(amount)).findings.filter((f) => f.severity === 'error');
    expect(found.map((f) => f.path).sort()).toEqual(['$.fees.informationProcessingFeeYuan', '$.proactive.item8.fees.amount']);
    expect(found[0]!.message.zh).toContain('两位小数');
  });

  it('keeps exact cents as given', () => {
    for (const amount of [0, 0.01, 19.99, 96171.6, 999_999_999_999.99]) {
      const report = validateForRendering(withFees(amount)).report as AnnualReport | undefined;
      expect(report?.formatVersion === '2021' && report.fees?.informationProcessingFeeYuan).toBe(amount);
    }
  });
});
