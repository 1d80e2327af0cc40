import { createHash } from 'node:crypto';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { notFoundPage } from '../../../src/render/html/not-found-page.ts';
import { headerPolicy } from '../../../src/render/html/page.ts';

const html = notFoundPage();
const page = parse(html);

describe('notFoundPage', () => {
  it('says it in Chinese first, then in English marked as English', () => {
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
    const headings = page.querySelectorAll('h1');
    expect(headings.map((h) => [h.getAttribute('lang') ?? null, h.text])).toEqual([[null, '未找到该文件'], ['en', 'Not found']]);
    const sentences = page.querySelectorAll('p');
    expect(sentences[0]?.text).toMatch(/^[^。]+。$/);
    expect(sentences[1]?.getAttribute('lang')).toBe('en');
    expect(sentences[1]?.text).toMatch(/^The id in the link or QR code .*\.$/);
  });

  it('runs no script, loads nothing and allows only its own style, by hash', () => {
    expect(page.querySelectorAll('script, link, img, iframe')).toEqual([]);
    const css = page.querySelector('style')?.text ?? '';
    const policy = page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain(`style-src 'sha256-${createHash('sha256').update(css).digest('base64')}'`);
    expect(headerPolicy(html)).toBe(`${policy}; frame-ancestors 'none'`);
  });

  it('is the same page every time', () => {
    expect(notFoundPage()).toBe(html);
  });
});
