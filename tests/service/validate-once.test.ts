/** A submission reads its input through the schema and the cross-checks once, not once per stage. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createReportService } from '../../src/service/service.ts';
import { defaultSubmitOptions } from '../../src/service/submit.ts';
import { annualReportTemplate } from '../../templates/annual-report/index.ts';
import { exampleInput } from '../examples/example.ts';
import { startTempS3, type TempS3 } from '../storage/temp-s3.ts';

let s3: TempS3;
beforeAll(async () => {
  s3 = await startTempS3('validate-once');
});
afterAll(() => s3.stop());

describe('submit', () => {
  it('validates the input once, with or without an idempotency key', async () => {
    const service = createReportService({ storage: s3.storage, prefix: 'v/', baseUrl: 'https://nianbao.example', downloadTtlSeconds: 60 });
    const parse = vi.spyOn(annualReportTemplate.schema, 'safeParse');
    const check = vi.spyOn(annualReportTemplate, 'check');
    const options = { ...defaultSubmitOptions, formats: ['html'] as const };
    for (const key of [undefined, 'once']) {
      parse.mockClear();
      check.mockClear();
      const { manifest } = await service.submit(exampleInput('huaian-2024'), options, key);
      expect(manifest.files.map((f) => f.format)).toEqual(['html']);
      expect([parse.mock.calls.length, check.mock.calls.length]).toEqual([1, 1]);
    }
  });
});
