/**
 * A store that stops answering (s3rver frozen by SIGSTOP in a child process): every route
 * that waits on it answers 503 with Retry-After within seconds, and once it runs again
 * (SIGCONT) the same server serves normally, with no restart.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { example, startTestServer, type TestServer } from './local-server.ts';

const child = join(import.meta.dirname, '../storage/s3rver-child.ts');
let s3: ChildProcess;
let s3Dir: string;
let server: TestServer;

beforeAll(async () => {
  s3Dir = await mkdtemp(join(tmpdir(), 'nianbao-stalled-'));
  s3 = spawn(process.execPath, ['--import', 'tsx', child, s3Dir, 'nianbao'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = (await once(createInterface({ input: s3.stdout! }), 'line')) as [string];
  const { endpoint } = JSON.parse(line) as { endpoint: string };
  server = await startTestServer({ NIANBAO_S3_ENDPOINT: endpoint });
}, 30_000);

afterAll(async () => {
  s3.kill('SIGCONT');
  await server?.stop();
  s3.kill('SIGTERM');
  await once(s3, 'exit');
  await rm(s3Dir, { recursive: true, force: true });
});

const timed = async (request: Promise<Response>) => {
  const started = performance.now();
  const response = await request;
  return { response, seconds: (performance.now() - started) / 1000 };
};

describe('with the S3 server frozen by SIGSTOP', () => {
  it('answers 503 with Retry-After within 10 s, and serves again after SIGCONT without a restart', async () => {
    const created = await server.post('/v1/reports', example('huaian-2024'), { 'idempotency-key': 'stall-1' });
    expect(created.status).toBe(201);
    const { id } = await created.json();

    s3.kill('SIGSTOP');
    const [manifest, landing, submit] = await Promise.all([
      timed(server.get(`/v1/reports/${id}`)),
      timed(server.get(`/r/${id}`)),
      timed(server.post('/v1/reports', example('huaian-2024'), { 'idempotency-key': 'stall-2' })),
    ]);
    // Reads within 10 s; a submit renders first (seconds on a loaded machine), and still ends inside API Gateway's 29 s.
    for (const [{ response, seconds }, within] of [[manifest, 10], [landing, 10], [submit, 25]] as const) {
      expect(response.status).toBe(503);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(seconds).toBeLessThan(within);
    }

    s3.kill('SIGCONT');
    expect((await server.get(`/v1/reports/${id}`)).status).toBe(200);
    const retried = await server.post('/v1/reports', example('huaian-2024'), { 'idempotency-key': 'stall-2' });
    expect(retried.status).toBe(201);
  }, 60_000);
});
