/**
 * The hostile corpus of `npm run soak`: one request per case, on every route, each with the
 * statuses it may get. A 5xx is never among them.
 */
import { readFileSync } from 'node:fs';
import { exampleInput } from '../../tests/examples/example.ts';
import { filledReport, stackedHanMarks, stackedLatinMarks } from '../../tests/fixtures/hostile-reports.ts';

export type Case = {
  readonly name: string;
  readonly method: 'GET' | 'POST' | 'DELETE' | 'PUT';
  readonly target: string;
  readonly body?: string | Uint8Array;
  readonly contentType?: string;
  readonly headers?: Record<string, string>;
  /** Whether the request carries the API key. */
  readonly keyed?: boolean;
  readonly expect: readonly number[];
};

const json = (value: unknown) => JSON.stringify(value);
const changed = (change: (r: Record<string, any>) => void) => {
  const report = exampleInput('huaian-2024');
  change(report);
  return json(report);
};
const corpus = readFileSync(new URL('../../tests/examples/corpus/huaian-2024.txt', import.meta.url), 'utf8');
/** Spanned tables of the blow-up page (issue 11, item 1), a tenth of its size. */
const spannedTables = `<html><body>${`<table>${`<tr>${'<td colspan=100 rowspan=100>x</td>'.repeat(9)}</tr>`.repeat(4)}</table>`.repeat(60)}</body></html>`;

const post = (name: string, target: string, body: string, expect: number[], contentType = 'application/json'): Case =>
  ({ name, method: 'POST', target, body, contentType, keyed: true, expect });

export function hostileCases(): Case[] {
  const reports: [string, string][] = [
    ['stacked Latin marks (795 KB)', json(stackedLatinMarks())],
    ['stacked Han marks (906 KB)', json(stackedHanMarks())],
    ['over the character budget', json(filledReport('政府信息公开'.repeat(800), 2))],
    ['published 1979-12-31', changed((r) => { r.publishedOn = '1979-12-31'; })],
    ['published 0001-01-01', changed((r) => { r.publishedOn = '0001-01-01'; })],
    ['published 9999-12-31', changed((r) => { r.publishedOn = '9999-12-31'; })],
    ['blank agency name', changed((r) => { r.agency.name = '  '; })],
    ['fee 9e-9', changed((r) => { r.fees.informationProcessingFeeYuan = 9e-9; })],
    ['emoji no font has', changed((r) => { r.problems = [{ zh: '\u{1F600}' }]; })],
    ['a million-deep array', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
  ];
  return [
    ...reports.flatMap(([name, body]) => [
      post(`validate: ${name}`, '/v1/validate', body, [400, 413, 422]),
      post(`submit: ${name}`, '/v1/reports', body, [400, 413, 422]),
    ]),
    post('submit: not JSON', '/v1/reports', '{"formatVersion":', [400]),
    post('submit: wrong type', '/v1/reports', 'hello', [415], 'text/plain'),
    post('submit: 2 MiB body', '/v1/reports', 'x'.repeat(2 * 1024 * 1024), [413]),
    post('submit: repeated parameter', '/v1/reports?lang=zh&lang=en', changed(() => undefined), [400]),
    post('submit: unknown parameter', '/v1/reports?debug=1', changed(() => undefined), [400]),
    { ...post('submit: Idempotency-Key with a space', '/v1/reports', changed(() => undefined), [400]), headers: { 'idempotency-key': 'a key' } },
    { ...post('submit: Idempotency-Key of 256 characters', '/v1/reports', changed(() => undefined), [400]), headers: { 'idempotency-key': 'k'.repeat(256) } },
    post('import: spanned tables', '/v1/imports', spannedTables, [200, 413, 422], 'text/html'),
    post('import: plain corpus', '/v1/imports', corpus, [200], 'text/plain'),
    post('import: binary', '/v1/imports', '\u0000\u0001\u0002'.repeat(1000), [200, 400, 422], 'text/plain'),
    { name: 'submit without key', method: 'POST', target: '/v1/reports', body: '{}', contentType: 'application/json', expect: [401] },
    ...['//', '///', '//a:b', '//x/v1/schema', '/v1//schema'].map((target): Case => ({ name: `GET ${target}`, method: 'GET', target, expect: [400] })),
    ...['/v1/reports/../../etc/passwd', '/v1/reports/%2e%2e%2fetc', '/r/AAAAAAAAAAAAAAAAAAAAAA', '/v1/reports/AAAAAAAAAAAAAAAAAAAAAA/pdf', '/v1/reports/x/exe', '/nope']
      .map((target): Case => ({ name: `GET ${target}`, method: 'GET', target, expect: [400, 404] })),
    { name: 'listing, agency twice', method: 'GET', target: '/v1/reports?agency=a&agency=b', keyed: true, expect: [400] },
    { name: 'listing, no key', method: 'GET', target: '/v1/reports?agency=a', expect: [401] },
    { name: 'DELETE a report', method: 'DELETE', target: '/v1/reports/AAAAAAAAAAAAAAAAAAAAAA', expect: [405] },
    { name: 'PUT the schema', method: 'PUT', target: '/v1/schema', expect: [405] },
  ];
}
