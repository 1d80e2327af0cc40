/**
 * Input that once reached a 5xx or a wrong answer (issue 11): every one gets a 4xx or a
 * correct 2xx, and `/v1/validate` and `/v1/reports` agree on each report.
 */
import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { exampleInput } from '../examples/example.ts';
import { serverForTests } from './local-server.ts';

const server = serverForTests();

/** A GET with the request target exactly as written (fetch would normalise some). */
function rawGet(target: string): Promise<number> {
  const { hostname, port } = new URL(server.url);
  return new Promise((done, fail) => {
    httpRequest({ host: hostname, port, path: target, method: 'GET' }, (answer) => {
      answer.resume();
      done(answer.statusCode ?? 0);
    }).on('error', fail).end();
  });
}

function withChange(change: (report: Record<string, any>) => void): string {
  const report = exampleInput('huaian-2024');
  change(report);
  return JSON.stringify(report);
}

const reports: readonly (readonly [string, string, 'accepted' | 'refused'])[] = [
  ['published 1979-12-31', withChange((r) => { r.publishedOn = '1979-12-31'; }), 'refused'],
  ['published 0001-01-01', withChange((r) => { r.publishedOn = '0001-01-01'; }), 'refused'],
  ['published 9999-12-31', withChange((r) => { r.publishedOn = '9999-12-31'; }), 'refused'],
  ['published 2008-01-01', withChange((r) => { r.publishedOn = '2008-01-01'; }), 'accepted'],
  ['an agency name of spaces only', withChange((r) => { r.agency.name = '   '; }), 'refused'],
  ['an agency name of ideographic spaces only', withChange((r) => { r.agency.name = '\u3000\u3000'; }), 'refused'],
  ['「a<b & c>d」 in prose', withChange((r) => { r.problems = [{ zh: '若a<b & c>d，则报告照常印出。' }]; }), 'accepted'],
  ['an HTML tag in prose', withChange((r) => { r.problems = [{ zh: '见<a href="x">此处</a>。' }]; }), 'refused'],
  ['a fee of 0.1 + 0.2', withChange((r) => { r.fees.informationProcessingFeeYuan = 0.1 + 0.2; }), 'accepted'],
  ['a fee of 9e-9', withChange((r) => { r.fees.informationProcessingFeeYuan = 9e-9; }), 'refused'],
];

describe('validate and submit agree, and never answer 5xx', () => {
  it.each(reports)('%s', async (_, body, expected) => {
    const validated = await server.post('/v1/validate', body);
    const submitted = await server.post('/v1/reports?formats=pdf,docx,html', body);
    expect([validated.status, submitted.status]).toEqual(expected === 'accepted' ? [200, 201] : [422, 422]);
  });
});

describe('malformed request targets', () => {
  it.each(['//', '///', '//a:b', '//v1/schema', '/v1//schema'])('answers GET %s with 400', async (target) => {
    expect(await rawGet(target)).toBe(400);
  });

  it('does not serve //x/v1/reports/{id} as /v1/reports/{id}', async () => {
    const created = await server.post('/v1/reports', JSON.stringify(exampleInput('huaian-2024')));
    const { id } = await created.json();
    expect(await rawGet(`/v1/reports/${id}`)).toBe(200);
    expect(await rawGet(`//x/v1/reports/${id}`)).toBe(400);
  });

  it('refuses a query parameter given twice, naming it', async () => {
    const answer = await server.post('/v1/reports?layout=screen&layout=official', JSON.stringify(exampleInput('huaian-2024')));
    expect(answer.status).toBe(400);
    expect((await answer.json()).error.message.en).toContain('layout');
    const listing = await server.get('/v1/reports?agency=a&agency=b', { 'x-api-key': server.apiKey });
    expect(listing.status).toBe(400);
  });
});
