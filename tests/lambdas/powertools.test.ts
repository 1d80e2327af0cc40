/**
 * The Lambda handlers' observability as CloudWatch would read stdout: Powertools Logger JSON
 * lines (service, cold start, the function's request id, the X-Ray trace id, the request's
 * line) and EMF metrics (ColdStart, ReportsRendered, RenderTime, Pages and Bytes per format,
 * Refusals per rule).
 */
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeApi } from '../../src/http/api.ts';
import { createReportService } from '../../src/service/service.ts';
import { exampleText } from '../examples/example.ts';
import { startTempS3, type TempS3 } from '../storage/temp-s3.ts';
import { lambdaContext } from './lambda-context.ts';

const traceRoot = '1-67891233-abcdef012345678912345678';
let s3: TempS3;

beforeAll(async () => {
  s3 = await startTempS3('powertools-test');
  Object.assign(process.env, {
    NIANBAO_BASE_URL: 'https://nianbao.example.gov.cn', NIANBAO_BUCKET: 'powertools-test', NIANBAO_S3_ENDPOINT: s3.endpoint,
    NIANBAO_API_KEY: 'powertools-test-key-0123', POWERTOOLS_SERVICE_NAME: 'nianbao-test',
    _X_AMZN_TRACE_ID: `Root=${traceRoot};Parent=53995c3f42cd8ad8;Sampled=1`,
    // What the Lambda runtime sets; Powertools reads it when the handler module loads.
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
  });
});
afterAll(() => s3.stop());

const post = (body: string, requestId: string) => ({
  httpMethod: 'POST', path: '/v1/reports', body, isBase64Encoded: false,
  headers: { 'content-type': 'application/json', 'x-api-key': 'powertools-test-key-0123' }, multiValueHeaders: {},
  queryStringParameters: null, multiValueQueryStringParameters: { formats: ['pdf,html'] },
  pathParameters: null, stageVariables: null, resource: '/v1/reports',
  requestContext: { requestId } as APIGatewayProxyEvent['requestContext'],
}) as APIGatewayProxyEvent;

type Line = Record<string, unknown> & { _aws?: { CloudWatchMetrics: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string; Unit: string }[] }[] } };

/** Runs `work`, returning every JSON line it wrote to stdout. */
async function stdoutOf(work: () => Promise<unknown>): Promise<Line[]> {
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    await work();
  } finally {
    spy.mockRestore();
  }
  return written.join('').split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Line);
}

const metricNames = (lines: Line[]) => lines.flatMap((l) => l._aws?.CloudWatchMetrics.flatMap((m) => m.Metrics.map((x) => x.Name)) ?? []);
const emfWith = (lines: Line[], name: string) => lines.filter((l) => l._aws?.CloudWatchMetrics.some((m) => m.Metrics.some((x) => x.Name === name)));

describe('Powertools in the Lambda handlers', () => {
  it('logs and measures a rendered report, cold first and warm after', async () => {
    const { proxyHandler } = await import('../../lambdas/api-gateway.ts');
    const handler = proxyHandler(createReportService, writeApi);
    let status = 0;
    const cold = await stdoutOf(async () => { status = (await handler(post(exampleText('huaian-2024'), 'api-1'), lambdaContext('lambda-1'))).statusCode; });
    expect(status).toBe(201);

    const request = cold.find((l) => l['message'] === 'request')!;
    expect(request).toMatchObject({
      level: 'INFO', service: 'nianbao-test', cold_start: true, function_name: 'nianbao-render', function_request_id: 'lambda-1',
      xray_trace_id: traceRoot, requestId: 'api-1', route: '/v1/reports', status: 201,
    });
    expect(Date.parse(request['timestamp'] as string)).not.toBeNaN();

    expect(metricNames(cold), JSON.stringify(cold.filter((l) => l._aws))).toEqual(expect.arrayContaining(['ColdStart', 'ReportsRendered', 'RenderTime', 'Bytes', 'Pages']));
    const rendered = emfWith(cold, 'ReportsRendered')[0]!;
    expect(rendered._aws!.CloudWatchMetrics[0]!.Namespace).toBe('nianbao');
    expect(rendered).toMatchObject({ service: 'nianbao-test', ReportsRendered: 1 });
    expect(rendered['RenderTime']).toBeGreaterThan(0);
    const pages = emfWith(cold, 'Pages');
    expect(pages.map((l) => [l['format'], l['Pages']])).toEqual([['pdf', expect.any(Number)]]);
    expect(pages[0]!['Pages']).toBeGreaterThanOrEqual(5);
    const bytes = emfWith(cold, 'Bytes').map((l) => l['format']).sort();
    expect(bytes).toEqual(['html', 'pdf']);

    const warm = await stdoutOf(() => handler(post(exampleText('huaian-2024'), 'api-2'), lambdaContext('lambda-2')));
    expect(warm.find((l) => l['message'] === 'request')).toMatchObject({ cold_start: false, function_request_id: 'lambda-2', requestId: 'api-2' });
    expect(metricNames(warm)).not.toContain('ColdStart');
  });

  it('counts a refusal once per failing rule', async () => {
    const { proxyHandler } = await import('../../lambdas/api-gateway.ts');
    const handler = proxyHandler(createReportService, writeApi);
    let status = 0;
    const lines = await stdoutOf(async () => { status = (await handler(post(exampleText('hailin-2020'), 'api-3'), lambdaContext('lambda-3'))).statusCode; });
    expect(status).toBe(422);
    const refusals = emfWith(lines, 'Refusals').map((l) => [l['rule'], l['Refusals']]);
    expect(refusals).toEqual(expect.arrayContaining([['requests.balance', 1]]));
    expect(new Set(refusals.map(([rule]) => rule)).size).toBe(refusals.length);
    expect(metricNames(lines)).not.toContain('ReportsRendered');
  });
});
