/**
 * The served OpenAPI document as a reviewer's tools read it: `redocly lint` (recommended
 * rules, redocly.yaml) finds nothing, every operation is named, tagged and has its security
 * stated, every error is a problem, and every example validates against its own schema.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { serverForTests } from './local-server.ts';

const server = serverForTests();
const root = new URL('../..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'nianbao-openapi-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Lint = { totals: { errors: number; warnings: number }; problems: { ruleId: string; message: string }[] };

async function redoclyLint(document: unknown): Promise<Lint> {
  const file = join(work, `openapi-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(document, null, 2));
  const run = await promisify(execFile)(process.execPath, [join(root, 'node_modules/@redocly/cli/bin/cli.js'), 'lint', '--format=json', file], {
    cwd: root, env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' }, timeout: 60_000,
  }).catch((failed: { stdout: string }) => failed);
  return JSON.parse(run.stdout) as Lint;
}

const served = async () => (await server.get('/v1/openapi.json')).json();
type Operation = { operationId?: string; tags?: string[]; security?: unknown[]; responses: Record<string, Record<string, unknown>> };
const operations = (doc: { paths: Record<string, Record<string, Operation>> }) =>
  Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ where: `${method.toUpperCase()} ${path}`, op })));

/** A component as a standalone JSON Schema: its refs resolved against every component. */
const standalone = (doc: { components: { schemas: Record<string, unknown> } }, schema: unknown) =>
  z.fromJSONSchema(JSON.parse(JSON.stringify({ ...(schema as object), $defs: doc.components.schemas }).replaceAll('"#/components/schemas/', '"#/$defs/')));

describe('GET /v1/openapi.json', () => {
  it('passes redocly lint with no error and no warning', async () => {
    const lint = await redoclyLint(await served());
    expect(lint.problems).toEqual([]);
    expect(lint.totals).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('and redocly lint does find a nameless operation without security', async () => {
    const doc = await served();
    delete doc.paths['/health'].get.operationId;
    delete doc.paths['/health'].get.security;
    const rules = (await redoclyLint(doc)).problems.map((p) => p.ruleId);
    expect(rules).toEqual(expect.arrayContaining(['operation-operationId', 'security-defined']));
  });

  it('names, tags and secures every operation; every one but the download redirect has a 2XX', async () => {
    const doc = await served();
    const ops = operations(doc);
    expect(ops.length).toBe(13);
    const ids = ops.map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(ops.length);
    for (const { where, op } of ops) {
      expect(op.operationId, where).toMatch(/^[a-z][A-Za-z]+$/);
      expect(op.tags?.length, where).toBe(1);
      expect(op.security, where).toBeDefined();
      const statuses = Object.keys(op.responses);
      if (where !== 'GET /v1/reports/{id}/{format}') expect(statuses.some((s) => s.startsWith('2')), where).toBe(true);
      expect(statuses, where).toContain('500');
    }
    expect(doc.info.license).toEqual({ name: 'MIT', identifier: 'MIT' });
    expect(doc.paths['/v1/reports'].post.responses['201'].headers).toHaveProperty('Location');
    expect(doc.paths['/v1/reports'].post.responses['503'].headers).toHaveProperty('Retry-After');
  });

  it('describes every error as application/problem+json, and a real error matches it', async () => {
    const doc = await served();
    for (const { where, op } of operations(doc)) {
      for (const [status, answer] of Object.entries(op.responses)) {
        if (Number(status) < 400 || where === 'GET /r/{id}' && status === '404') continue;
        expect(Object.keys(answer['content'] as object), `${where} ${status}`).toEqual(['application/problem+json']);
      }
    }
    const answer = await server.post('/v1/reports', '{"formatVersion": ');
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
    const problem = standalone(doc, doc.components.schemas.Problem);
    const body = await answer.json();
    expect(problem.safeParse(body).success).toBe(true);
    expect(problem.safeParse({ ...body, status: 'bad' }).success).toBe(false);
  });

  it('holds examples that each validate against their schema', async () => {
    const doc = await served();
    const checked: string[] = [];
    for (const { where, op } of operations(doc)) {
      const media = [
        ...Object.entries((op as { requestBody?: { content: Record<string, unknown> } }).requestBody?.content ?? {}).map(([type, m]) => [`${where} body ${type}`, m] as const),
        ...Object.entries(op.responses).flatMap(([status, answer]) =>
          Object.entries((answer['content'] ?? {}) as Record<string, unknown>).map(([type, m]) => [`${where} ${status} ${type}`, m] as const)),
      ] as [string, { schema?: unknown; example?: unknown }][];
      for (const [name, { schema, example }] of media) {
        if (example === undefined) continue;
        const result = standalone(doc, schema).safeParse(example);
        expect(result.success, `${name}: ${JSON.stringify(result.error?.issues.slice(0, 3))}`).toBe(true);
        checked.push(name);
      }
    }
    expect(checked.length).toBeGreaterThanOrEqual(15);
    // The check can fail: the 422 example with a status that is not a number.
    const refused = doc.paths['/v1/reports'].post.responses['422'].content['application/problem+json'].example;
    expect(standalone(doc, doc.components.schemas.Problem).safeParse({ ...refused, status: '422' }).success).toBe(false);
  });
});
