import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportNotFoundError } from '../../src/service/errors.ts';
import { createReportService } from '../../src/service/service.ts';
import { defaultSubmitOptions } from '../../src/service/submit.ts';
import { StorageUnavailableError, type Storage } from '../../src/storage/storage.ts';
import { exampleInput } from '../examples/example.ts';
import { startTempS3, type TempS3 } from '../storage/temp-s3.ts';

let s3: TempS3;
let real: Storage;
const huaian = exampleInput('huaian-2024');

beforeAll(async () => {
  s3 = await startTempS3('partial');
  real = s3.storage;
});
afterAll(() => s3.stop());

/** The real store, except that writes to keys matching `failing` fail as an outage would. */
function failingWrites(failing: RegExp): Storage {
  return {
    ...real,
    put: (key, bytes, options) => (failing.test(key)
      ? Promise.reject(new StorageUnavailableError('put', key))
      : real.put(key, bytes, options)),
  };
}

const config = { prefix: 'p/', baseUrl: 'https://nianbao.example', downloadTtlSeconds: 60 };
/** Two formats, so one file can be stored while the other fails; HTML and Word render fastest. */
const options = { ...defaultSubmitOptions, formats: ['html', 'docx'] as const };

describe('a submission interrupted by a storage failure', () => {
  it.each([
    ['the manifest', /manifest\.json$/],
    ['the Word file', /report\.docx$/],
  ])('leaves no visible report when writing %s fails, and a retry with the key completes it', async (_what, failing) => {
    const broken = createReportService({ storage: failingWrites(failing), ...config });
    const key = `interrupted-${failing.source}`;
    await expect(broken.submit(huaian, options, key)).rejects.toBeInstanceOf(StorageUnavailableError);

    const healthy = createReportService({ storage: real, ...config });
    const manifests = (await real.list('p/reports/')).filter((k) => k.endsWith('manifest.json'));
    for (const k of manifests) {
      await expect(healthy.getManifest(k.split('/')[2]!)).resolves.toBeDefined();
    }
    const listedBefore = await healthy.listReports({ agency: '淮安市人民政府', limit: 50 });

    const { manifest, replayed } = await healthy.submit(huaian, options, key);
    expect(replayed).toBe(false);
    await expect(healthy.getManifest(manifest.id)).resolves.toEqual(manifest);
    expect(listedBefore.map((e) => e.id)).not.toContain(manifest.id);
    expect((await healthy.listReports({ agency: '淮安市人民政府', limit: 50 })).map((e) => e.id)).toContain(manifest.id);
  });

  it('answers ReportNotFoundError for an id that never completed', async () => {
    const service = createReportService({ storage: real, ...config });
    await expect(service.getManifest('AAAAAAAAAAAAAAAAAAAAAA')).rejects.toBeInstanceOf(ReportNotFoundError);
    await expect(service.getManifest('../../etc/passwd')).rejects.toBeInstanceOf(ReportNotFoundError);
  });

  it('lists newest first', async () => {
    let clock = Date.parse('2026-01-01T00:00:00Z');
    const service = createReportService({ storage: real, ...config, prefix: 'order/', now: () => new Date(clock += 60_000) });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await service.submit(huaian, { ...defaultSubmitOptions, formats: ['html'] })).manifest.id);
    const listed = await service.listReports({ agency: '淮安市人民政府', year: 2024, limit: 2 });
    expect(listed.map((e) => e.id)).toEqual([ids[2], ids[1]]);
  });
});
