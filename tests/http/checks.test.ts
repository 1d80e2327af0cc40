import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.ts';
import type { Manifest } from '../../src/service/manifest.ts';
import { example, serverForTests } from './local-server.ts';

const server = serverForTests();
const hailin = example('hailin-2020');

const errors = (findings: Finding[]) => findings.filter((f) => f.severity === 'error');

describe('a report whose cross-checks fail (Hailin 2020)', () => {
  it('is refused with 422 naming the rule and the 法律服务机构 and 其他 columns, in zh and en', async () => {
    const answer = await server.post('/v1/reports', hailin);
    expect(answer.status).toBe(422);
    const error = await answer.json() as { code: string; findings: Finding[]; message: { zh: string; en: string } };
    expect(error.code).toBe('report_invalid');
    const failed = errors(error.findings);
    expect(failed.length).toBeGreaterThan(0);
    for (const f of failed) {
      expect(f.rule).toMatch(/^[a-z]+(\.[a-z-]+)+$/);
      expect(f.message.zh.length).toBeGreaterThan(0);
      expect(f.message.en.length).toBeGreaterThan(0);
    }
    const columns = new Set(failed.map((f) => f.column));
    expect(columns).toContain('法律服务机构');
    expect(columns).toContain('其他');
  });

  it('stores nothing when refused', async () => {
    const answer = await server.get(`/v1/reports?agency=${encodeURIComponent(JSON.parse(hailin).agency.name)}`, { 'x-api-key': server.apiKey });
    expect((await answer.json()).reports).toEqual([]);
  });

  it('renders with allowCheckFailures=true and records the findings in the manifest', async () => {
    const refused = errors((await (await server.post('/v1/reports', hailin)).json()).findings);
    const answer = await server.post('/v1/reports?allowCheckFailures=true', hailin);
    expect(answer.status).toBe(201);
    const created = await answer.json();
    const manifest = await (await server.get(`/v1/reports/${created.id}`)).json() as Manifest;
    expect(errors(manifest.findings)).toEqual(refused);
    expect(created.findings).toEqual(manifest.findings);
    expect(manifest.files.map((f) => f.format)).toEqual(['pdf', 'docx']);
  });

  it('POST /v1/validate answers the same findings and stores nothing', async () => {
    const answer = await server.post('/v1/validate', hailin);
    expect(answer.status).toBe(422);
    const body = await answer.json();
    expect(body.code).toBe('report_invalid');
    expect(errors(body.findings).map((f) => f.rule).length).toBeGreaterThan(0);
    const valid = await server.post('/v1/validate', example('huaian-2024'));
    expect(valid.status).toBe(200);
    expect((await valid.json()).valid).toBe(true);
  });

  it('POST /v1/validate refuses a character no font can draw, as POST /v1/reports does', async () => {
    const report = JSON.parse(example('huaian-2024'));
    report.problems = [{ zh: '存在问题😀。' }];
    const answer = await server.post('/v1/validate', JSON.stringify(report));
    expect(answer.status).toBe(422);
    const body = await answer.json() as { code: string; findings: Finding[] };
    expect(body.code).toBe('report_invalid');
    expect(errors(body.findings)).toEqual([expect.objectContaining({ rule: 'font.coverage', path: '$.problems[0].zh', found: 'U+1F600' })]);
    const rendered = await server.post('/v1/reports', JSON.stringify(report));
    expect(rendered.status).toBe(422);
    expect(errors((await rendered.json()).findings)).toEqual(errors(body.findings));
  });

  it('renders only the formats asked for', async () => {
    const answer = await server.post('/v1/reports?formats=pdf&allowCheckFailures=true&layout=screen', hailin);
    expect(answer.status).toBe(201);
    const manifest = await (await server.get(`/v1/reports/${(await answer.json()).id}`)).json() as Manifest;
    expect(manifest.files.map((f) => f.format)).toEqual(['pdf']);
    expect(manifest.layout).toBe('screen');
    expect((await server.get(`/v1/reports/${manifest.id}/docx`)).status).toBe(404);
  });
});
