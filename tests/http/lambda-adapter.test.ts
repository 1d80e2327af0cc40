import type { APIGatewayProxyEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readApi, writeApi } from '../../src/http/api.ts';
import { proxyHandler } from '../../lambdas/api-gateway.ts';
import { createReadService } from '../../src/service/read-service.ts';
import { createReportService } from '../../src/service/service.ts';
import { exampleText } from '../examples/example.ts';
import { lambdaContext } from '../lambdas/lambda-context.ts';
import { startTempS3, type TempS3 } from '../storage/temp-s3.ts';

let s3: TempS3;
const apiKey = 'lambda-test-key-0123456789';

beforeAll(async () => {
  s3 = await startTempS3('lambda-test');
  Object.assign(process.env, {
    NIANBAO_BASE_URL: 'https://nianbao.example.gov.cn', NIANBAO_BUCKET: 'lambda-test', NIANBAO_S3_ENDPOINT: s3.endpoint, NIANBAO_API_KEY: apiKey,
  });
});
afterAll(() => s3.stop());

const event = (method: string, path: string, body: string | null, headers: Record<string, string>, base64 = false, query: Record<string, string[]> = { lang: ['en'] }) => ({
  httpMethod: method, path, body: base64 && body ? Buffer.from(body).toString('base64') : body, isBase64Encoded: base64,
  headers, multiValueHeaders: {}, queryStringParameters: null, multiValueQueryStringParameters: query,
  pathParameters: null, stageVariables: null, resource: '/{proxy+}',
  requestContext: { requestId: 'req-1' } as APIGatewayProxyEvent['requestContext'],
}) as APIGatewayProxyEvent;

describe('the Lambda handlers over API Gateway proxy events', () => {
  it('validates a base64-encoded body through the write handler, with the API key', async () => {
    const write = proxyHandler(createReportService, writeApi);
    const body = JSON.stringify({ formatVersion: '2021' });
    const answer = await write(event('POST', '/v1/validate', body, { 'Content-Type': 'application/json', 'X-Api-Key': apiKey }, true), lambdaContext('ctx-1'));
    expect(answer.statusCode).toBe(422);
    expect(answer.headers?.['x-request-id']).toBe('req-1');
    expect(answer.headers?.['content-type']).toBe('application/problem+json');
    expect(JSON.parse(answer.body)).toMatchObject({ status: 422, code: 'report_invalid', instance: '/v1/validate' });
    const denied = await write(event('POST', '/v1/validate', body, { 'Content-Type': 'application/json' }), lambdaContext('ctx-1'));
    expect(denied.statusCode).toBe(401);
  });

  it('keeps read and write routes apart', async () => {
    const read = proxyHandler(createReadService, readApi);
    expect((await read(event('GET', '/v1/schema', null, {}), lambdaContext('ctx-1'))).statusCode).toBe(200);
    expect((await read(event('POST', '/v1/validate', '{}', { 'content-type': 'application/json', 'x-api-key': apiKey }), lambdaContext('ctx-1'))).statusCode).toBe(404);
    const missing = await read(event('GET', '/v1/reports/AAAAAAAAAAAAAAAAAAAAAA', null, {}), lambdaContext('ctx-1'));
    expect(missing.statusCode).toBe(404);
    expect(JSON.parse(missing.body).code).toBe('not_found');
  });

  it('scopes an Idempotency-Key to the caller\'s API key, which API Gateway checks when none is configured', async () => {
    delete process.env['NIANBAO_API_KEY'];
    const write = proxyHandler(createReportService, writeApi);
    const huaian = exampleText('huaian-2024');
    const post = async (key: string) => JSON.parse((await write(event('POST', '/v1/reports', huaian,
      { 'content-type': 'application/json', 'x-api-key': key, 'idempotency-key': 'same-key' }, false, { formats: ['html'] }), lambdaContext('ctx-1'))).body).id as string;
    const first = await post('upstream-a');
    expect(await post('upstream-a')).toBe(first);
    expect(await post('upstream-b')).not.toBe(first);
    process.env['NIANBAO_API_KEY'] = apiKey;
  });
});
