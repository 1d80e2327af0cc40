import { describe, expect, it } from 'vitest';
import { s3Storage } from '../../src/storage/s3-storage.ts';
import { example, serverForTests } from './local-server.ts';

const server = serverForTests();
const huaian = example('huaian-2024');

async function storedManifests(): Promise<string[]> {
  const storage = s3Storage({ bucket: server.config.bucket, endpoint: server.s3!.endpoint });
  return (await storage.list(`${server.config.prefix}reports/`)).filter((k) => k.endsWith('/manifest.json'));
}

describe('Idempotency-Key', () => {
  it('makes 20 concurrent POSTs produce exactly one report', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () =>
      server.post('/v1/reports', huaian, { 'idempotency-key': 'batch-2024-huaian' })));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    const ids = new Set(await Promise.all(answers.map(async (a) => (await a.json()).id as string)));
    expect(ids.size).toBe(1);
    expect(await storedManifests()).toEqual([`reports/${[...ids][0]}/manifest.json`]);
    const listed = await (await server.get(`/v1/reports?agency=${encodeURIComponent('淮安市人民政府')}`, { 'x-api-key': server.apiKey })).json();
    expect(listed.reports.map((r: { id: string }) => r.id)).toEqual([...ids]);
  });

  it('returns the first report to a later retry, marked as replayed', async () => {
    const first = await server.post('/v1/reports', huaian, { 'idempotency-key': 'retry-later' });
    const retry = await server.post('/v1/reports', huaian, { 'idempotency-key': 'retry-later' });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect((await retry.json()).id).toBe((await first.json()).id);
  });

  it('refuses the same key with a different request (409)', async () => {
    await server.post('/v1/reports', huaian, { 'idempotency-key': 'one-use' });
    const other = await server.post('/v1/reports?layout=screen', huaian, { 'idempotency-key': 'one-use' });
    expect(other.status).toBe(409);
    expect((await other.json()).code).toBe('idempotency_conflict');
  });

  it('without a key, two POSTs are two reports', async () => {
    const [a, b] = await Promise.all([server.post('/v1/reports', huaian), server.post('/v1/reports', huaian)]);
    expect((await a!.json()).id).not.toBe((await b!.json()).id);
  });
});
