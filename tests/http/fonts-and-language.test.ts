/**
 * Through the real HTTP service and S3 (s3rver): `fonts=portable` gives a Word file naming
 * the open faces, recorded in the manifest; `lang=en` gives files named `….en.<ext>`, with
 * the download name to match, and records the missing-English warning with the report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/service/manifest.ts';
import { elements, attribute, unzip, xmlPart } from '../render/docx/read-docx.ts';
import { example, startTestServer, type TestServer } from './local-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

async function submit(query: string): Promise<Manifest> {
  const answer = await server.post(`/v1/reports?${query}`, await example('huaian-2024'));
  expect(answer.status).toBe(201);
  const { id } = (await answer.json()) as { id: string };
  return (await (await server.get(`/v1/reports/${id}`)).json()) as Manifest;
}

async function download(manifest: Manifest, format: string): Promise<Response> {
  const redirect = await server.get(`/v1/reports/${manifest.id}/${format}`);
  return fetch(redirect.headers.get('location')!);
}

describe('POST /v1/reports', () => {
  it('with fonts=portable stores a Word file naming the open faces, and says so in the manifest', async () => {
    const manifest = await submit('formats=docx&fonts=portable');
    expect(manifest.fonts).toBe('portable');
    const entries = unzip(new Uint8Array(await (await download(manifest, 'docx')).arrayBuffer()));
    const faces = new Set(elements(xmlPart(entries, 'word/document.xml'), 'w:rFonts').map((f) => attribute(f, 'w:rFonts', 'w:eastAsia')));
    expect(faces).toContain('Noto Serif SC');
    expect(faces).not.toContain('仿宋_GB2312');
  });

  it('refuses an unknown face set with a 400 naming the parameter', async () => {
    const answer = await server.post('/v1/reports?fonts=fancy', await example('huaian-2024'));
    expect(answer.status).toBe(400);
    expect(JSON.stringify(await answer.json())).toContain('fonts');
  });

  it('with lang=en names the files and downloads ….en, and records that the prose has no English', async () => {
    const manifest = await submit('formats=pdf&lang=en');
    expect(manifest.files[0]!.fileName).toBe('淮安市人民政府2024年政府信息公开工作年度报告.en.pdf');
    const disposition = (await download(manifest, 'pdf')).headers.get('content-disposition')!;
    expect(decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition)![1]!)).toBe('淮安市人民政府2024年政府信息公开工作年度报告.en.pdf');
    expect(disposition).toContain('filename="annual-report-2024.en.pdf"');
    expect(manifest.findings.map((f) => f.rule)).toContain('prose.english-missing');
  });
});
