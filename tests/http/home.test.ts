/** GET /: a page for a browser that links the API's description and the quick start; JSON for JSON clients. */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { serverForTests } from './local-server.ts';

const server = serverForTests();
const browserAccept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('GET /', () => {
  it('answers a browser with a small page whose links work', async () => {
    const answer = await server.get('/', { accept: browserAccept });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(answer.headers.get('content-security-policy')).toMatch(/^default-src 'none'; style-src 'sha256-/);
    const html = await answer.text();
    expect(html.length).toBeLessThan(8_000);
    expect(html).not.toContain('<script');
    const page = parse(html);
    expect(page.querySelector('h2:nth-of-type(2)')?.text).toContain('Quick start');
    const hrefs = page.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '');
    expect(hrefs).toEqual([`${server.url}/v1/openapi.json`, `${server.url}/v1/schema`]);
    for (const href of hrefs) expect((await fetch(href)).status).toBe(200);
    expect(page.querySelector('pre')?.text).toContain(`curl -sS -X POST '${server.url}/v1/reports'`);
  });

  it.each([['application/json'], ['*/*'], [undefined]])('answers JSON to Accept %s', async (accept) => {
    const answer = await server.get('/', accept === undefined ? {} : { accept });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(answer.headers.get('vary')).toBe('Accept');
    const body = await answer.json();
    expect(body).toMatchObject({ name: 'nianbao', links: { openApi: `${server.url}/v1/openapi.json` } });
  });
});
