/**
 * A stored report's objects are written once: every write under `reports/` is conditional
 * (what the bucket policy demands), a retry that renders the same bytes keeps the earlier
 * attempt's objects, and different bytes under a taken key are refused, never written over.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReportService } from '../../src/service/service.ts';
import { defaultSubmitOptions, renderAndStore } from '../../src/service/submit.ts';
import { defaultTemplate } from '../../src/templates.ts';
import { validate } from '../../src/validation.ts';
import { AlreadyExistsError, StorageUnavailableError, type Storage } from '../../src/storage/storage.ts';
import { exampleInput } from '../examples/example.ts';
import { startTempS3, type TempS3 } from '../storage/temp-s3.ts';

let s3: TempS3;
const huaian = exampleInput('huaian-2024');
const config = { prefix: 'w/', baseUrl: 'https://nianbao.example', downloadTtlSeconds: 60 };
const options = { ...defaultSubmitOptions, formats: ['html', 'docx'] as const };

beforeAll(async () => { s3 = await startTempS3('write-once'); });
afterAll(() => s3.stop());

/**
 * The real store, answering a conditional write to a taken key as S3 does (412, which the S3
 * storage reports as AlreadyExistsError; s3rver itself ignores If-None-Match), recording every
 * unconditional write, and optionally failing writes whose key matches `failing`.
 */
function writeOnceStore(failing?: RegExp): { storage: Storage; unconditional: string[] } {
  const real = s3.storage;
  const unconditional: string[] = [];
  const storage: Storage = {
    ...real,
    async put(key, bytes, put) {
      if (failing?.test(key)) throw new StorageUnavailableError('put', key);
      if (!put.ifAbsent) unconditional.push(key);
      else if ((await real.get(key)) !== undefined) throw new AlreadyExistsError(key);
      await real.put(key, bytes, put);
    },
  };
  return { storage, unconditional };
}

describe('a stored report', () => {
  it('is written only by conditional writes', async () => {
    const { storage, unconditional } = writeOnceStore();
    const { manifest } = await createReportService({ storage, ...config }).submit(huaian, options);
    const written = await s3.storage.list(`w/reports/${manifest.id}/`);
    expect(written).toHaveLength(4);
    expect(unconditional.filter((key) => key.startsWith('w/reports/'))).toEqual([]);
  });

  it('is completed by a second write of the same report (same id) that meets its own earlier objects', async () => {
    const report = { id: 'SameIdSameBytes0000000', createdAt: '2026-12-01T00:00:00.000Z' };
    await expect(renderAndStore({ storage: writeOnceStore(/manifest\.json$/).storage, ...config }, report, validate(defaultTemplate, huaian), options, defaultTemplate))
      .rejects.toBeInstanceOf(StorageUnavailableError);
    const manifest = await renderAndStore({ storage: writeOnceStore().storage, ...config }, report, validate(defaultTemplate, huaian), options, defaultTemplate);
    const docx = manifest.files.find((f) => f.format === 'docx')!;
    expect((await s3.storage.get(docx.key))!.byteLength).toBe(docx.bytes);
  });

  it('is never written over: different bytes under a taken key are refused and the stored object stays', async () => {
    const report = { id: 'SameIdOtherBytes000000', createdAt: '2026-12-01T00:00:00.000Z' };
    const docxKey = `w/reports/${report.id}/report.docx`;
    const planted = new TextEncoder().encode('an earlier, different file');
    await s3.storage.put(docxKey, planted, { contentType: 'application/octet-stream' });
    await expect(renderAndStore({ storage: writeOnceStore().storage, ...config }, report, validate(defaultTemplate, huaian), options, defaultTemplate))
      .rejects.toBeInstanceOf(AlreadyExistsError);
    expect(Buffer.from((await s3.storage.get(docxKey))!).toString()).toBe('an earlier, different file');
    expect(await s3.storage.get(`w/reports/${report.id}/manifest.json`)).toBeUndefined();
  });
});
