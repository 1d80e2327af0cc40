import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { startLocalS3 } from '../../src/storage/local-s3.ts';
import { s3Storage } from '../../src/storage/s3-storage.ts';
import { manifestSchema } from '../../src/service/manifest.ts';
import { example, serverForTests } from './local-server.ts';

const server = serverForTests();
const huaian = example('huaian-2024');

/** Every manifest in the bucket, with each file it names read back and fingerprinted. */
async function everyManifestComplete(endpoint: string): Promise<number> {
  const storage = s3Storage({ bucket: server.config.bucket, endpoint });
  const keys = (await storage.list('reports/')).filter((k) => k.endsWith('/manifest.json'));
  for (const key of keys) {
    const manifest = manifestSchema.parse(JSON.parse(new TextDecoder().decode(await storage.get(key))));
    for (const file of manifest.files) {
      const bytes = await storage.get(file.key);
      expect(bytes, file.key).toBeDefined();
      expect(createHash('sha256').update(bytes!).digest('hex')).toBe(file.sha256);
    }
  }
  return keys.length;
}

describe('with the S3 server stopped', () => {
  it('answers 503 with Retry-After, and once S3 is back the retry completes with no half-written report', async () => {
    const s3 = server.s3!;
    const port = Number(new URL(s3.endpoint).port);
    await s3.close();

    const down = await server.post('/v1/reports', huaian, { 'idempotency-key': 'outage' });
    expect(down.status).toBe(503);
    expect(Number(down.headers.get('retry-after'))).toBeGreaterThan(0);
    const error = await down.json();
    expect(error.code).toBe('storage_unavailable');
    const read = await server.get('/v1/reports/AAAAAAAAAAAAAAAAAAAAAA');
    expect(read.status).toBe(503);

    const back = await startLocalS3({ directory: join(server.dataDir, 's3'), bucket: server.config.bucket, port });
    try {
      expect(await everyManifestComplete(back.endpoint)).toBe(0);
      const retry = await server.post('/v1/reports', huaian, { 'idempotency-key': 'outage' });
      expect(retry.status).toBe(201);
      expect(await everyManifestComplete(back.endpoint)).toBe(1);
    } finally {
      await back.close();
    }
  });
});
