import type { APIGatewayProxyEvent } from 'aws-lambda';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readApi, writeApi } from '../../src/http/api.ts';
import { startLocalS3, type LocalS3 } from '../../src/storage/local-s3.ts';
import { proxyHandler } from '../../lambdas/api-gateway.ts';

let s3: LocalS3;
let directory: string;
const apiKey = 'lambda-test-key-0123456789';

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'nianbao-lambda-'));
  s3 = await startLocalS3({ directory, bucket: 'lambda-test' });
  Object.assign(process.env, {
    NIANBAO_BASE_URL: 'https://nianbao.example.gov.cn', NIANBAO_BUCKET: 'lambda-test', NIANBAO_S3_ENDPOINT: s3.endpoint, NIANBAO_API_KEY: apiKey,
  });
});
afterAll(async () => {
  await s3.close();
  await rm(directory, { recursive: true, force: true });
});

const event = (method: string, path: string, body: string | null, headers: Record<string, string>, base64 = false, query: Record<string, string[]> = { lang: ['en'] }) => ({
  httpMethod: method, path, body: base64 && body ? Buffer.from(body).toString('base64') : body, isBase64Encoded: base64,
  headers, multiValueHeaders: {}, queryStringParameters: null, multiValueQueryStringParameters: query,
  pathParameters: null, stageVariables: null, resource: '/{proxy+}',
  requestContext: { requestId: 'req-1' } as APIGatewayProxyEvent['requestContext'],
}) as APIGatewayProxyEvent;

describe('the Lambda handlers over API Gateway proxy events', () => {
  it('validates a base64-encoded body through the write handler, with the API key', async () => {
    const write = proxyHandler(writeApi);
    const body = JSON.stringify({ formatVersion: '2021' });
    const answer = await write(event('POST', '/v1/validate', body, { 'Content-Type': 'application/json', 'X-Api-Key': apiKey }, true));
    expect(answer.statusCode).toBe(422);
    expect(answer.headers?.['x-request-id']).toBe('req-1');
    expect(JSON.parse(answer.body).valid).toBe(false);
    const denied = await write(event('POST', '/v1/validate', body, { 'Content-Type': 'application/json' }));
    expect(denied.statusCode).toBe(401);
  });

  it('keeps read and write routes apart', async () => {
    const read = proxyHandler(readApi);
    expect((await read(event('GET', '/v1/schema', null, {}))).statusCode).toBe(200);
    expect((await read(event('POST', '/v1/validate', '{}', { 'content-type': 'application/json', 'x-api-key': apiKey }))).statusCode).toBe(404);
    const missing = await read(event('GET', '/v1/reports/AAAAAAAAAAAAAAAAAAAAAA', null, {}));
    expect(missing.statusCode).toBe(404);
    expect(JSON.parse(missing.body).error.code).toBe('not_found');
  });

  it('scopes an Idempotency-Key to the caller\'s API key, which API Gateway checks when none is configured', async () => {
    delete process.env['NIANBAO_API_KEY'];
    const write = proxyHandler(writeApi);
    const huaian = await readFile(new URL('../../examples/huaian-2024.json', import.meta.url), 'utf8');
    const post = async (key: string) => JSON.parse((await write(event('POST', '/v1/reports', huaian,
      { 'content-type': 'application/json', 'x-api-key': key, 'idempotency-key': 'same-key' }, false, { formats: ['html'] }))).body).id as string;
    const first = await post('upstream-a');
    expect(await post('upstream-a')).toBe(first);
    expect(await post('upstream-b')).not.toBe(first);
    process.env['NIANBAO_API_KEY'] = apiKey;
  });
});
