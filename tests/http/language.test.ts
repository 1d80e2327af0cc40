import { describe, expect, it } from 'vitest';
import { preferredLanguage } from '../../src/http/routes/language.ts';
import type { HttpRequest } from '../../src/http/types.ts';

const request = (acceptLanguage: string | undefined, query = ''): HttpRequest => ({
  method: 'GET', path: '/r/x', query: new URLSearchParams(query), headers: { 'accept-language': acceptLanguage }, body: new Uint8Array(), requestId: 't',
});

describe('the landing page language', () => {
  it.each([
    [undefined, 'zh'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['en;q=0.5,zh-TW;q=0.8', 'zh'],
    ['fr-FR,en;q=0.7', 'en'],
    ['en;q=0', 'zh'],
  ] as const)('Accept-Language %s → %s', (header, lang) => {
    expect(preferredLanguage(request(header))).toBe(lang);
  });

  it('lets ?lang= override the header, and ignores unknown values', () => {
    expect(preferredLanguage(request('en', 'lang=zh'))).toBe('zh');
    expect(preferredLanguage(request('zh', 'lang=en'))).toBe('en');
    expect(preferredLanguage(request('en', 'lang=fr'))).toBe('en');
  });
});
