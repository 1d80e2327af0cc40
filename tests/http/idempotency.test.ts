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
    expect((await other.json()).error.code).toBe('idempotency_conflict');
  });

  it('is not spent by a refusal: a 422 for a character no font has, then the corrected report with the same key → 201', async () => {
    const report = JSON.parse(huaian);
    const broken = { ...report, problems: [{ zh: '存在问题\u{1F600}' }] };
    const refused = await server.post('/v1/reports', JSON.stringify(broken), { 'idempotency-key': 'fix-and-retry' });
    expect(refused.status).toBe(422);
    expect((await refused.json()).error.findings).toContainEqual(expect.objectContaining({ rule: 'font.coverage', found: 'U+1F600' }));
    const corrected = await server.post('/v1/reports', huaian, { 'idempotency-key': 'fix-and-retry' });
    expect(corrected.status).toBe(201);
    expect(corrected.headers.get('idempotent-replayed')).toBeNull();
  });

  it('gives ten concurrent different bodies with one key one 201 and nine 409s, and stores one report', async () => {
    const before = await storedManifests();
    const report = JSON.parse(huaian);
    const bodies = Array.from({ length: 10 }, (_, i) => JSON.stringify({ ...report, publishedOn: `2025-01-${String(10 + i)}` }));
    const answers = await Promise.all(bodies.map((body) => server.post('/v1/reports', body, { 'idempotency-key': 'ten-bodies' })));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([201, ...Array(9).fill(409)]);
    const codes = await Promise.all(answers.filter((a) => a.status === 409).map(async (a) => (await a.json()).error.code));
    expect(new Set(codes)).toEqual(new Set(['idempotency_conflict']));
    expect((await storedManifests()).length).toBe(before.length + 1);
  });

  it('without a key, two POSTs are two reports', async () => {
    const [a, b] = await Promise.all([server.post('/v1/reports', huaian), server.post('/v1/reports', huaian)]);
    expect((await a!.json()).id).not.toBe((await b!.json()).id);
  });
});
