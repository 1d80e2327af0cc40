import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { manifestSchema } from '../../src/service/manifest.ts';
import { nianbao } from '../cli/validate-run.ts';
import { exampleInput } from '../examples/example.ts';
import { corpusText, hailin } from '../import/fixtures.ts';
import { serverForTests } from './local-server.ts';

const server = serverForTests();

describe('the published schemas are generated from zod', () => {
  it('GET /v1/schema is the very schema `nianbao schema` prints, and it accepts an example', async () => {
    const answer = await server.get('/v1/schema');
    expect(answer.status).toBe(200);
    const served = await answer.json();
    const printed = await nianbao(['schema']);
    expect(printed.code).toBe(0);
    expect(served).toEqual(JSON.parse(printed.stdout));
    expect(z.fromJSONSchema(served).safeParse(exampleInput('huaian-2024')).success).toBe(true);
  });

  it('GET /v1/openapi.json describes every route, with the report and manifest schemas', async () => {
    const doc = await (await server.get('/v1/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers[0].url).toBe(server.url);
    expect(Object.keys(doc.paths).sort()).toEqual(
      ['/', '/health', '/r/{id}', '/v1/aggregates', '/v1/imports', '/v1/openapi.json', '/v1/reports', '/v1/reports/{id}', '/v1/reports/{id}/{format}', '/v1/schema', '/v1/validate', '/version'],
    );
    // POST /v1/aggregates takes stored report ids, described by the aggregate template's own request schema.
    const aggregates = doc.paths['/v1/aggregates'].post;
    expect(aggregates.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/AggregateRequest' });
    expect(aggregates.responses['201']).toBeDefined();
    const request = z.fromJSONSchema(doc.components.schemas.AggregateRequest);
    expect(request.safeParse({ name: '测试市', year: 2024, reports: ['AAAAAAAAAAAAAAAAAAAAAA'] }).success).toBe(true);
    expect(request.safeParse({ name: '测试市', year: 2024 }).success).toBe(false);
    // The report component is the published schema, its $defs moved beside it as components.
    const input = await (await server.get('/v1/schema')).json();
    const { $schema, $defs, ...report } = input;
    const asComponents = JSON.parse(JSON.stringify({ report, $defs }).replaceAll('"#/$defs/', '"#/components/schemas/'));
    expect(doc.components.schemas.AnnualReport).toEqual(asComponents.report);
    for (const [name, shape] of Object.entries(asComponents.$defs)) expect(doc.components.schemas[name]).toEqual(shape);
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(0);
    for (const name of new Set(refs)) expect(doc.components.schemas).toHaveProperty([name as string]);
    // `fonts` is optional: manifests stored before the choice existed lack it.
    expect(doc.components.schemas.Manifest.required).toEqual(Object.keys(manifestSchema.shape).filter((key) => key !== 'fonts'));
    const submitParameters = doc.paths['/v1/reports'].post.parameters.map((p: { name: string }) => p.name);
    expect(submitParameters).toEqual(['formats', 'lang', 'layout', 'fonts', 'allowCheckFailures', 'Idempotency-Key']);
    const fonts = doc.paths['/v1/reports'].post.parameters.find((p: { name: string }) => p.name === 'fonts');
    expect(fonts.schema.enum).toEqual(['official', 'portable']);
    expect(doc.paths['/v1/reports'].post.security).toEqual([{ apiKey: [] }]);
  });

  it('describes POST /v1/imports as it answers: a real import validates against the Imported component', async () => {
    const doc = await (await server.get('/v1/openapi.json')).json();
    const route = doc.paths['/v1/imports'].post;
    expect(route.security).toEqual([{ apiKey: [] }]);
    expect(Object.keys(route.requestBody.content).sort()).toEqual(['text/html', 'text/plain']);
    expect(route.parameters).toMatchObject([{ name: 'formatVersion', in: 'query', schema: { enum: ['2019', '2021', 'auto'] } }]);
    expect(Object.keys(route.responses).sort()).toEqual(['200', '400', '401', '403', '413', '415', '422', '429', '500']);
    const imported = doc.components.schemas.Imported;
    expect(imported.properties.report).toEqual({ $ref: '#/components/schemas/AnnualReport' });

    const answer = await server.post('/v1/imports', corpusText(hailin.page), { 'content-type': 'text/plain' });
    expect(answer.status).toBe(200);
    const body = await answer.json();
    // The component as a standalone JSON Schema: its refs resolved against every component.
    const standalone = JSON.parse(JSON.stringify({ ...imported, $defs: doc.components.schemas }).replaceAll('"#/components/schemas/', '"#/$defs/'));
    const validator = z.fromJSONSchema(standalone);
    expect(validator.safeParse(body).success).toBe(true);
    expect(validator.safeParse({ ...body, detected: { ...body.detected, basis: 'guess' } }).success).toBe(false);
    expect(validator.safeParse({ ...body, report: { ...body.report, year: 'last' } }).success).toBe(false);
  });
});
