/** GET /health answers 200 while the store answers and 503 (a problem, Retry-After) when it does not; GET /version says what runs. */
import { afterAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { startTestServer } from './local-server.ts';

describe('GET /health and GET /version', () => {
  const servers: { stop(): Promise<void> }[] = [];
  afterAll(async () => { for (const s of servers) await s.stop(); });

  it('is 200 with the embedded S3 answering, without an API key', async () => {
    const server = await startTestServer();
    servers.push(server);
    const answer = await server.get('/health');
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ status: 'ok', store: 'ok' });
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const version = await server.get('/version');
    expect(version.status).toBe(200);
    expect(await version.json()).toEqual({ name: 'nianbao', version: packageJson.version });
  });

  it('is 503 with Retry-After when the store does not answer', async () => {
    // A port nothing listens on: every S3 call fails to connect.
    const server = await startTestServer({ NIANBAO_S3_ENDPOINT: 'http://127.0.0.1:9' });
    servers.push(server);
    const answer = await server.get('/health');
    expect(answer.status).toBe(503);
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
    expect(answer.headers.get('retry-after')).toBe('5');
    expect(await answer.json()).toMatchObject({ status: 503, code: 'storage_unavailable', instance: '/health' });
  });
});
