/**
 * The local HTTP server around the app: a request that fails outside the app (a client cut
 * off for flooding, one that hangs up, an app that throws) settles and is logged as one JSON
 * line with the real error and no request content; the server keeps serving.
 */
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HttpApp, LogLine } from '../../src/http/app.ts';
import { nodeServer } from '../../src/server/node-http.ts';

const maxBodyBytes = 100;
let close: (() => Promise<void>) | undefined;
afterEach(async () => { await close?.(); close = undefined; });

async function serve(app: HttpApp) {
  const logs: LogLine[] = [];
  const server = nodeServer(() => ({ app, maxBodyBytes, log: (line) => logs.push(line) }));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  close = () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); });
  return { logs, port: (server.address() as AddressInfo).port };
}

const echo: HttpApp = async (request) => ({ status: 200, headers: {}, body: `${request.body.byteLength}` });

/** Sends a POST head announcing `announced` body bytes, then `sent` bytes; resolves when the server hangs up. */
function rawPost(port: number, announced: number, sent: number, hangUp = false): Promise<void> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(`POST /v1/validate HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-length: ${announced}\r\n\r\n`);
      socket.write('x'.repeat(sent), () => { if (hangUp) socket.destroy(); });
    });
    socket.on('error', () => done());
    socket.on('close', () => done());
  });
}

describe('the local HTTP server', () => {
  it('cuts a flooding client off, settles its request and logs it as a warning', async () => {
    const { logs, port } = await serve(echo);
    await rawPost(port, 1_000_000, maxBodyBytes * 40);
    await vi.waitFor(() => expect(logs).toHaveLength(1), { timeout: 2000 });
    expect(logs[0]).toMatchObject({ level: 'warn', method: 'POST', status: null, error: { name: 'BodyCutOff' } });
    expect(logs[0]?.['requestId']).toMatch(/^[0-9a-f-]{36}$/);
    // Still serving the next client.
    expect(await (await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body: 'abc' })).text()).toBe('3');
  });

  it('settles and logs a request whose client hangs up mid-body', async () => {
    const { logs, port } = await serve(echo);
    await rawPost(port, 1000, 10, true);
    await vi.waitFor(() => expect(logs).toHaveLength(1), { timeout: 2000 });
    expect(logs[0]).toMatchObject({ level: 'warn', status: null, error: { name: 'BodyCutOff' } });
  });

  it('answers 500 when the app fails, logging the real error and none of the request', async () => {
    const { logs, port } = await serve(async () => { throw new Error('disk on fire'); });
    const answer = await fetch(`http://127.0.0.1:${port}/v1/reports`, { method: 'POST', body: '淮安市人民政府的报告' });
    expect(answer.status).toBe(500);
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
    expect(await answer.json()).toMatchObject({ status: 500, code: 'internal', instance: '/v1/reports', requestId: logs[0]?.['requestId'] });
    expect(logs).toEqual([expect.objectContaining({
      level: 'error', method: 'POST', route: null, status: 500, error: expect.objectContaining({ name: 'Error', message: 'disk on fire' }),
    })]);
    expect(JSON.stringify(logs[0])).not.toContain('淮安');
    expect(JSON.parse(JSON.stringify(logs[0]))).toEqual(logs[0]);
  });
});

/** Sends raw bytes and resolves with everything the server answers before it hangs up. */
function rawRequest(port: number, bytes: Buffer): Promise<string> {
  return new Promise((done) => {
    const received: Buffer[] = [];
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    socket.on('error', () => done(Buffer.concat(received).toString('utf8')));
    socket.on('close', () => done(Buffer.concat(received).toString('utf8')));
  });
}

describe('requests the HTTP parser refuses', () => {
  it('answers raw UTF-8 in the URL with a bilingual problem 400 and logs one line without the URL', async () => {
    const { logs, port } = await serve(echo);
    const answer = await rawRequest(port, Buffer.from('GET /v1/reports?agency=淮安市人民政府 HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n', 'utf8'));
    const [head = '', body = ''] = answer.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 400 /);
    expect(head).toMatch(/content-type: application\/problem\+json/i);
    const parsed = JSON.parse(body) as { type: string; status: number; code: string; message: { zh: string; en: string } };
    expect(parsed).toMatchObject({ type: 'tag:nianbao,2026:problem:malformed_request', status: 400, code: 'malformed_request' });
    expect(parsed.message.zh).toMatch(/百分号编码/);
    expect(parsed.message.en).toMatch(/percent-encode/);
    expect(logs).toEqual([expect.objectContaining({ level: 'warn', status: 400, error: expect.objectContaining({ code: expect.stringMatching(/^HPE_/) }) })]);
    expect(JSON.stringify(logs)).not.toContain('淮安');
    // Still serving the next client.
    expect(await (await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body: 'abc' })).text()).toBe('3');
  });
});
