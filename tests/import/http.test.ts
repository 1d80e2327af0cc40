/** POST /v1/imports on the real local server: a page in, `{ report, findings, detected }` out. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annualReport } from '../../templates/annual-report/schema.ts';
import { startTestServer, type TestServer } from '../http/local-server.ts';
import { corpusText, hailin, huaian, tableCells } from './fixtures.ts';
import { flattenTables, huaianPage } from './page-shapes.ts';
import { reportHtml } from './report-html.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const post = (body: string, contentType: string, query = '') =>
  server.post(`/v1/imports${query}`, body, { 'content-type': contentType });

describe('POST /v1/imports', () => {
  it('imports a text page: the report, the cross-check findings, and what decided the version', async () => {
    const response = await post(corpusText(hailin.page), 'text/plain; charset=utf-8');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await response.json();
    expect(tableCells(annualReport.parse(body.report))).toEqual(tableCells(hailin.example()));
    expect(body.findings.map((f: { rule: string }) => f.rule)).toContain('requests.outcome-total');
    expect(body.detected).toMatchObject({ formatVersion: '2019', basis: 'tables', input: 'text' });
  });

  it('imports an HTML page with merged table cells, the same bytes for the same page', async () => {
    const html = reportHtml(huaian.example());
    const first = await (await post(html, 'text/html')).text();
    const second = await (await post(html, 'text/html')).text();
    expect(second).toBe(first);
    const body = JSON.parse(first);
    expect(tableCells(annualReport.parse(body.report))).toEqual(tableCells(huaian.example()));
    expect(body.detected.input).toBe('html');
  });

  it('answers a page whose tables could not all be read with the blanks and the importer\'s findings', async () => {
    const response = await post(flattenTables(huaianPage(), ''), 'text/plain');
    expect(response.status).toBe(200);
    const body = await response.json();
    const ambiguous = body.findings.filter((f: { rule: string }) => f.rule === 'import.digits-ambiguous');
    expect(ambiguous.map((f: { path: string }) => f.path)).toContain('$.proactive.item1.rules');
    expect(annualReport.parse(body.report).proactive.item1.rules).toEqual({ issued: null, repealed: null, inForce: null });
  });

  it('refuses an HTML page whose merged cells expand past the page budget with 422', async () => {
    const page = `<h1>淮安市人民政府2024年政府信息公开工作年度报告</h1>${`<table><tr>${'<td colspan=100 rowspan=100>x</td>'.repeat(9)}</tr></table>`.repeat(600)}`;
    const response = await post(page, 'text/html');
    expect(response.status).toBe(422);
    expect((await response.json()).error.message.en).toMatch(/more than 50000 cells/);
  });

  it.each([
    ['a JSON body', 'application/json', '', '{}', 415, 'unsupported_media_type'],
    ['an unknown format version', 'text/plain', '?formatVersion=2020', 'x', 400, 'invalid_format_version'],
    ['a page without a title', 'text/plain', '', '一、总体情况\n没有标题。', 422, 'page_unreadable'],
    ['an empty body', 'text/plain', '', '', 422, 'page_unreadable'],
  ])('refuses %s with %i and a sentence in both languages', async (_name, type, query, body, status, code) => {
    const response = await post(body, type, query);
    expect(response.status).toBe(status);
    const { error } = await response.json();
    expect(error.code).toBe(code);
    expect(error.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(error.message.en).toMatch(/[a-z]/);
  });

  it('asks for the API key like the other write routes', async () => {
    const response = await fetch(`${server.url}/v1/imports`, { method: 'POST', body: 'x', headers: { 'content-type': 'text/plain' } });
    expect(response.status).toBe(401);
  });
});
