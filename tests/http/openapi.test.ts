import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annualReport } from '../../templates/annual-report/schema.ts';
import { manifestSchema } from '../../src/service/manifest.ts';
import { startTestServer, type TestServer } from './local-server.ts';

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(() => server.stop());

describe('the published schemas are generated from zod', () => {
  it('GET /v1/schema is the input schema as JSON Schema', async () => {
    const answer = await server.get('/v1/schema');
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual(z.toJSONSchema(annualReport, { io: 'input', unrepresentable: 'any' }));
  });

  it('GET /v1/openapi.json describes every route, with the report and manifest schemas', async () => {
    const doc = await (await server.get('/v1/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers[0].url).toBe(server.url);
    expect(Object.keys(doc.paths).sort()).toEqual(
      ['/r/{id}', '/v1/openapi.json', '/v1/reports', '/v1/reports/{id}', '/v1/reports/{id}/{format}', '/v1/schema', '/v1/validate'],
    );
    expect(doc.components.schemas.AnnualReport).toEqual(z.toJSONSchema(annualReport, { io: 'input', unrepresentable: 'any' }));
    expect(doc.components.schemas.Manifest.required).toEqual(Object.keys(manifestSchema.shape));
    const submitParameters = doc.paths['/v1/reports'].post.parameters.map((p: { name: string }) => p.name);
    expect(submitParameters).toEqual(['formats', 'lang', 'layout', 'allowCheckFailures', 'Idempotency-Key']);
    expect(doc.paths['/v1/reports'].post.security).toEqual([{ apiKey: [] }]);
  });
});
