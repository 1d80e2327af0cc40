import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as mupdf from 'mupdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/service/manifest.ts';
import { decodeQr } from '../render/pdf/read-pdf.ts';
import { example, startTestServer, type TestServer } from './local-server.ts';

let server: TestServer;
let created: { status: number; body: any; location: string | null };
let manifest: Manifest;

beforeAll(async () => {
  server = await startTestServer();
  const answer = await server.post('/v1/reports', await example('huaian-2024'));
  created = { status: answer.status, body: await answer.json(), location: answer.headers.get('location') };
  manifest = await (await server.get(`/v1/reports/${created.body.id}`)).json() as Manifest;
});
afterAll(() => server.stop());

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');


async function download(format: string): Promise<Response> {
  const redirect = await server.get(`/v1/reports/${manifest.id}/${format}`);
  expect(redirect.status).toBe(302);
  return fetch(redirect.headers.get('location')!);
}

describe('POST /v1/reports with the Huai\'an example', () => {
  it('answers 201 with a top-level id, document links, SHA-256 and findings', () => {
    expect(created.status).toBe(201);
    expect(created.body.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(created.location).toBe(`${server.url}/v1/reports/${created.body.id}`);
    expect(created.body.documents.map((d: { format: string }) => d.format)).toEqual(['pdf', 'docx']);
    for (const d of created.body.documents) expect(d.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Array.isArray(created.body.findings)).toBe(true);
  });

  it('stores a manifest listing pdf and docx with the template and renderer versions', () => {
    expect(manifest.id).toBe(created.body.id);
    expect(manifest.files.map((f) => f.format)).toEqual(['pdf', 'docx']);
    expect(manifest.template).toEqual({ kind: 'annual-report', version: '2021' });
    expect(manifest.rendererVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(manifest.agency).toBe('淮安市人民政府');
    expect(manifest.year).toBe(2024);
    expect(manifest.title).toContain('淮安市人民政府2024年政府信息公开工作年度报告');
  });

  it.each(['pdf', 'docx'])('redirects the %s download to bytes whose SHA-256 matches the manifest', async (format) => {
    const file = manifest.files.find((f) => f.format === format)!;
    const answer = await download(format);
    expect(answer.status).toBe(200);
    const bytes = new Uint8Array(await answer.arrayBuffer());
    expect(bytes.byteLength).toBe(file.bytes);
    expect(sha256(bytes)).toBe(file.sha256);
    expect(answer.headers.get('content-type')).toBe(file.contentType);
  });

  it('gives the download a Chinese file name that survives (RFC 6266/5987)', async () => {
    const disposition = (await download('pdf')).headers.get('content-disposition')!;
    const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)![1]!;
    expect(decodeURIComponent(encoded)).toBe('淮安市人民政府2024年政府信息公开工作年度报告.pdf');
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+\.pdf";/);
  });

  it('saves under the English agency name with curl -OJ (which reads only the ASCII name)', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'nianbao-curl-'));
    try {
      await promisify(execFile)('curl', ['-sS', '-L', '-O', '-J', `${server.url}/v1/reports/${manifest.id}/pdf`], { cwd: folder });
      expect(await readdir(folder)).toEqual(['Huaian-Municipal-Peoples-Government-2024-annual-report.pdf']);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('prints a QR code in the PDF that decodes to the landing page, which shows the title', async () => {
    const bytes = new Uint8Array(await (await download('pdf')).arrayBuffer());
    const qr = decodeQr(mupdf.Document.openDocument(bytes, 'application/pdf'), 0, 150);
    expect(qr?.data).toBe(`${server.url}/r/${manifest.id}`);
    const landing = await fetch(qr!.data);
    expect(landing.status).toBe(200);
    expect(landing.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await landing.text()).toContain('淮安市人民政府2024年政府信息公开工作年度报告');
  });

  it('serves the landing page in English by Accept-Language and by ?lang=', async () => {
    const byHeader = await server.get(`/r/${manifest.id}`, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(byHeader.headers.get('content-language')).toBe('en');
    expect(await byHeader.text()).toContain('Annual Report on Government Information Disclosure 2024');
    const byQuery = await server.get(`/r/${manifest.id}?lang=zh`, { 'accept-language': 'en' });
    expect(byQuery.headers.get('content-language')).toBe('zh-CN');
  });

  it('lists the report for its agency and year', async () => {
    const answer = await server.get(`/v1/reports?agency=${encodeURIComponent('淮安市人民政府')}&year=2024`, { 'x-api-key': server.apiKey });
    const { reports } = await answer.json() as { reports: { id: string; title: string }[] };
    expect(reports.map((r) => r.id)).toEqual([manifest.id]);
    const other = await (await server.get(`/v1/reports?agency=${encodeURIComponent('淮安市人民政府')}&year=2023`, { 'x-api-key': server.apiKey })).json();
    expect(other.reports).toEqual([]);
  });

  it('writes one JSON log line per request, without report content', () => {
    const line = server.logs.find((l) => l['route'] === '/v1/reports' && l['method'] === 'POST')!;
    expect(line).toMatchObject({ status: 201, requestBytes: expect.any(Number), responseBytes: expect.any(Number) });
    expect(typeof line['durationMs']).toBe('number');
    expect(JSON.stringify(server.logs)).not.toContain('淮安');
  });
});
