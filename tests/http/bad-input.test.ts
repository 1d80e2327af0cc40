import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { example, startTestServer, type TestServer } from './local-server.ts';

let server: TestServer;
const MAX = 4096;

beforeAll(async () => {
  server = await startTestServer({ NIANBAO_MAX_BODY_BYTES: String(MAX) });
});
afterAll(() => server.stop());

type Problem = {
  type: string; title: string; status: number; detail: string; instance: string;
  code: string; message: { zh: string; en: string }; requestId: string;
};

/** An RFC 9457 problem: one sentence in each language, a stable code, and nothing from inside the server. */
async function expectOneSentenceError(answer: Response, status: number, code: string) {
  expect(answer.status).toBe(status);
  expect(answer.headers.get('content-type')).toBe('application/problem+json');
  const text = await answer.text();
  expect(text).not.toMatch(/\bat .+:\d+:\d+|node_modules|Error:/);
  const body = JSON.parse(text) as Problem;
  expect(Object.keys(body)).toEqual(['type', 'title', 'status', 'detail', 'instance', 'code', 'message', 'requestId']);
  expect(body).toMatchObject({ type: `tag:nianbao,2026:problem:${code}`, status, code, detail: body.message.en });
  expect(body.instance).toBe(new URL(answer.url).pathname);
  expect(body.requestId).toBe(answer.headers.get('x-request-id'));
  expect(body.title).toMatch(/^[A-Z]/);
  expect(body.message.en).toMatch(/^[A-Z][^.]*(\.[^.\s][^.]*)*\.$/);
  expect(body.message.en.split(/\.\s/)).toHaveLength(1);
  expect(body.message.zh).toMatch(/^[^。]+。$/);
}

describe('bad input gets a one-sentence problem (RFC 9457)', () => {
  it('400 for a body that is not JSON', async () => {
    await expectOneSentenceError(await server.post('/v1/reports', '{"formatVersion": '), 400, 'invalid_json');
  });

  it('415 for a body that is not application/json', async () => {
    await expectOneSentenceError(await server.post('/v1/reports', 'hello', { 'content-type': 'text/plain' }), 415, 'unsupported_media_type');
  });

  it('413 for a body over the configured limit', async () => {
    await expectOneSentenceError(await server.post('/v1/reports', await example('huaian-2024')), 413, 'body_too_large');
  });

  it('401 without an API key, 403 with a wrong one, on both write routes', async () => {
    for (const path of ['/v1/reports', '/v1/validate']) {
      const missing = await fetch(`${server.url}${path}`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
      await expectOneSentenceError(missing, 401, 'api_key_missing');
      await expectOneSentenceError(await server.post(path, '{}', { 'x-api-key': `${server.apiKey}x` }), 403, 'api_key_invalid');
    }
  });

  it('404 for an unknown id, a malformed id and an unknown format', async () => {
    const unknown = 'AAAAAAAAAAAAAAAAAAAAAA';
    for (const path of [`/v1/reports/${unknown}`, `/v1/reports/${unknown}/pdf`, '/v1/reports/..%2F..%2Fetc/pdf', `/v1/reports/${unknown}/exe`]) {
      await expectOneSentenceError(await server.get(path), 404, 'not_found');
    }
  });

  it('404 as a bilingual HTML page, not JSON, for a landing page with an unknown or malformed id', async () => {
    for (const path of ['/r/AAAAAAAAAAAAAAAAAAAAAA', '/r/..%2F..%2Fetc', '/r/not-an-id?lang=en']) {
      const answer = await server.get(path);
      expect(answer.status).toBe(404);
      expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(answer.headers.get('content-security-policy')).toMatch(/^default-src 'none'; style-src 'sha256-.*frame-ancestors 'none'$/);
      const html = await answer.text();
      expect(html).toMatch(/^<!DOCTYPE html>/);
      expect(html).toContain('未找到该文件');
      expect(html).toContain('Not found');
      expect(html).not.toContain('<script');
    }
  });

  it('400 for an unknown option value, naming only known parameters', async () => {
    await expectOneSentenceError(await server.post('/v1/reports?formats=exe', '{}'), 400, 'invalid_parameter');
    const answer = await server.post('/v1/reports?%3Cscript%3E=1', '{}');
    expect(await answer.clone().text()).not.toContain('script');
    await expectOneSentenceError(answer, 400, 'invalid_parameter');
  });

  it('400 naming a missing required parameter as required', async () => {
    const answer = await server.get('/v1/reports', { 'x-api-key': server.apiKey });
    await expectOneSentenceError(answer.clone(), 400, 'invalid_parameter');
    const error = await answer.json();
    expect(error.message).toEqual({
      zh: '缺少必需的查询参数 agency（机关名称）。',
      en: 'The query parameter agency (agency name) is required.',
    });
  });

  it('400 saying what a parameter must be and what it was, and the closest name for a typo', async () => {
    const wrong = await (await server.post('/v1/reports?lang=fr', '{}')).json();
    expect(wrong.message).toEqual({
      zh: '查询参数 lang（文件语言）应为 "zh"、"en" 或 "zh-en"，实为文本 "fr"。',
      en: 'The query parameter lang (language) must be one of "zh", "en", "zh-en"; found the text "fr".',
    });
    const typo = await (await server.post('/v1/reports?formts=pdf', '{}')).json();
    expect(typo.message.en).toBe('Unknown query parameter formts (did you mean formats?).');
  });

  it('400 for a syntax error, with its line and column', async () => {
    const answer = await server.post('/v1/reports', '{\n  "formatVersion": "2021",\n  "year": 2024,,\n}');
    await expectOneSentenceError(answer.clone(), 400, 'invalid_json');
    const error = await answer.json();
    expect(error.message).toEqual({
      zh: '请求体不是有效的 JSON（第 3 行第 16 列附近）。',
      en: 'The request body is not valid JSON (near line 3, column 16).',
    });
  });

  it('422 listing every schema violation with its path, in the same shape from /v1/reports and /v1/validate', async () => {
    const input = JSON.stringify({ formatVersion: '2021', year: 'x' });
    const [submitted, validated] = [await server.post('/v1/reports', input), await server.post('/v1/validate', input)];
    const bodies = [];
    for (const answer of [submitted, validated]) {
      expect(answer.status).toBe(422);
      expect(answer.headers.get('content-type')).toBe('application/problem+json');
      const body = await answer.json();
      expect(body).toMatchObject({ type: 'tag:nianbao,2026:problem:report_invalid', status: 422, code: 'report_invalid' });
      expect(body.findings.length).toBeGreaterThan(1);
      for (const f of body.findings) expect(f.path).toMatch(/^\$/);
      bodies.push(body);
    }
    const [a, b] = bodies;
    expect(Object.keys(a)).toEqual(Object.keys(b));
    expect(a.findings).toEqual(b.findings);
  });

  it('405 names the methods the path accepts in Allow', async () => {
    const answer = await fetch(`${server.url}/v1/validate`, { method: 'PUT', body: '{}' });
    expect(answer.headers.get('allow')).toBe('POST');
    await expectOneSentenceError(answer, 405, 'method_not_allowed');
    const read = await fetch(`${server.url}/v1/schema`, { method: 'DELETE' });
    expect(read.headers.get('allow')).toBe('GET, HEAD');
  });

  it('logs the real error for the server and no stack for the client', async () => {
    const line = server.logs.find((l) => l['status'] === 415)!;
    expect(line['error']).toMatchObject({ name: 'HttpError' });
  });
});

describe('the staff listing', () => {
  it('needs the API key, since it reveals report ids', async () => {
    await expectOneSentenceError(await server.get('/v1/reports?agency=x'), 401, 'api_key_missing');
    await expectOneSentenceError(await server.get('/v1/reports?agency=x', { 'x-api-key': 'wrong-key' }), 403, 'api_key_invalid');
    expect((await server.get('/v1/reports?agency=x', { 'x-api-key': server.apiKey })).status).toBe(200);
  });
});
