/**
 * POST /v1/aggregates on the real local server (s3rver): two stored reports compiled into
 * an aggregate, whose landing page lists both agencies and links to their pages; and the
 * refusals — an unknown id, members of different years.
 */
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/service/manifest.ts';
import { exampleInput } from '../examples/example.ts';
import { example, startTestServer, type TestServer } from './local-server.ts';

let server: TestServer;
const ids: Record<string, string> = {};

const submit = async (body: string, query = '') => {
  const answer = await server.post(`/v1/reports${query}`, body);
  expect(answer.status).toBe(201);
  return ((await answer.json()) as { id: string }).id;
};

beforeAll(async () => {
  server = await startTestServer();
  ids['huaian'] = await submit(await example('huaian-2024'));
  ids['ceshi'] = await submit(await example('ceshi-county-2024'));
  // The published 2020 report fails some of its own cross-checks.
  ids['hailin'] = await submit(JSON.stringify(exampleInput('hailin-2020')), '?allowCheckFailures=true');
}, 120_000);
afterAll(() => server.stop());

const aggregate = (body: unknown, query = '') => server.post(`/v1/aggregates${query}`, JSON.stringify(body));

describe('POST /v1/aggregates', () => {
  let created: { id: string; landingPage: string; documents: { format: string }[] };
  let manifest: Manifest;

  beforeAll(async () => {
    const answer = await aggregate({ name: '测试市', year: 2024, reports: [ids['huaian'], ids['ceshi']] });
    expect(answer.status).toBe(201);
    created = await answer.json();
    manifest = await (await server.get(`/v1/reports/${created.id}`)).json() as Manifest;
  }, 120_000);

  it('answers 201 like a report, and stores a manifest of kind aggregate with its facts', () => {
    expect(created.documents.map((d) => d.format)).toEqual(['pdf', 'docx']);
    expect(manifest.template).toEqual({ kind: 'aggregate', version: '2021' });
    expect(manifest.agency).toBe('测试市');
    expect(manifest.year).toBe(2024);
    expect(manifest.title).toBe('测试市2024年政府信息公开工作年度报告汇总');
    expect(manifest.files[0]?.fileName).toBe('测试市2024年政府信息公开工作年度报告汇总.pdf');
  });

  it('serves a landing page that lists both agencies and links to their landing pages', async () => {
    const answer = await server.get(`/r/${created.id}`);
    expect(answer.status).toBe(200);
    const page = parse(await answer.text());
    const links = page.querySelectorAll('nav.related a').map((a) => ({ text: a.text, href: a.getAttribute('href') }));
    expect(links).toEqual([
      { text: '淮安市人民政府', href: `${server.url}/r/${ids['huaian']}` },
      { text: '测试县人民政府', href: `${server.url}/r/${ids['ceshi']}` },
    ]);
    const members = page.querySelector('main table')?.text ?? '';
    expect(members).toContain('淮安市人民政府');
    expect(members).toContain('测试县人民政府');
    // 本年新收 summed: 3119 + 3159.
    expect(members).toContain('6278');
  });

  it('answers a retry with the same Idempotency-Key with the first aggregate', async () => {
    const body = JSON.stringify({ name: '测试市', year: 2024, reports: [ids['ceshi'], ids['huaian']] });
    const headers = { 'idempotency-key': 'aggregate-retry-1' };
    const first = await server.post('/v1/aggregates', body, headers);
    const again = await server.post('/v1/aggregates', body, headers);
    expect([first.status, again.status]).toEqual([201, 201]);
    expect((await again.json()).id).toBe((await first.json()).id);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
  }, 120_000);

  it('refuses an id that names no stored report, as a finding on that id', async () => {
    const answer = await aggregate({ name: '测试市', year: 2024, reports: [ids['huaian'], 'AAAAAAAAAAAAAAAAAAAAAA'] });
    expect(answer.status).toBe(422);
    const { error } = await answer.json();
    expect(error.findings).toEqual([expect.objectContaining({ rule: 'gather.unknown-report', path: '$.reports[1]' })]);
  });

  it('refuses members of another year or format version, naming them', async () => {
    const answer = await aggregate({ name: '测试市', year: 2024, reports: [ids['huaian'], ids['hailin']] });
    expect(answer.status).toBe(422);
    const { error } = await answer.json();
    const messages = error.findings.map((f: { path: string; message: { zh: string } }) => `${f.path} ${f.message.zh}`);
    expect(messages).toEqual([
      expect.stringMatching(/^\$\.members\[1\]\.report\.year .*海林.*2020.*2024/),
      expect.stringMatching(/^\$\.members\[1\]\.report\.formatVersion .*海林.*2019/),
    ]);
  });
});
