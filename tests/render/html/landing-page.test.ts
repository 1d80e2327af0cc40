import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { formatBytes, landingPage } from '../../../src/render/html/landing-page.ts';
import { landingStrings } from '../../../src/render/html/landing-strings.ts';
import { fixtureModel, title } from './fixture-model.ts';
import { landingInput } from './landing-fixture.ts';

const zhPage = parse(landingPage(landingInput('zh')));
const enPage = parse(landingPage(landingInput('en')));

describe('landingPage', () => {
  it('sets the page language and links to the other one', () => {
    expect(zhPage.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
    expect(enPage.querySelector('html')?.getAttribute('lang')).toBe('en');
    const toggle = zhPage.querySelector('nav.lang-toggle a');
    expect(toggle?.getAttribute('href')).toBe('/r/abc123?lang=en');
    expect(toggle?.getAttribute('hreflang')).toBe('en');
    expect(toggle?.text).toBe('English');
    expect(enPage.querySelector('nav.lang-toggle a')?.text).toBe('中文');
  });

  it('uses Chinese page words for the bilingual document', () => {
    const bilingual = parse(landingPage(landingInput('zh-en')));
    expect(bilingual.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
    expect(bilingual.querySelector('nav.lang-toggle a')?.text).toBe('English');
  });

  it('puts agency, title, year and publication date at the top', () => {
    const masthead = zhPage.querySelector('header.masthead');
    expect(masthead?.querySelector('.agency')?.text).toBe('淮安市人民政府');
    expect(masthead?.querySelector('h1')?.text).toBe(title);
    expect(masthead?.querySelector('dl')?.text).toContain('2024');
    expect(masthead?.querySelector('time')?.getAttribute('datetime')).toBe('2025-01-20');
    expect(masthead?.querySelector('time')?.text).toBe('2025年1月20日');
    expect(enPage.querySelector('time')?.text).toBe('20 January 2025');
  });

  it('shows the title once: the document title block gives way to the masthead', () => {
    expect(zhPage.querySelectorAll('h1')).toHaveLength(1);
    expect(zhPage.querySelectorAll('main h2')).toHaveLength(3);
  });

  it('offers a download button, size and fingerprint per file, with a hint how to check', () => {
    const items = zhPage.querySelectorAll('.downloads li');
    const input = landingInput('zh');
    expect(items.map((li) => li.querySelector('a.button')?.getAttribute('href'))).toEqual(input.downloads.map((d) => d.href));
    expect(items.map((li) => li.querySelector('a.button')?.text)).toEqual(['下载 PDF', '下载 Word']);
    expect(items.map((li) => li.querySelector('code')?.text)).toEqual(input.downloads.map((d) => d.sha256));
    expect(items.map((li) => li.querySelector('.size')?.text)).toEqual(['1.2 MB', '43.9 KB']);
    const commands = zhPage.querySelectorAll('.hint code').map((code) => code.text);
    expect(commands).toEqual(['sha256sum 文件名', 'shasum -a 256 文件名', 'certutil -hashfile 文件名 SHA256']);
    expect(zhPage.querySelector('.hint')?.text).toBe(landingStrings.zh.checkHint.join(''));
    expect(enPage.querySelector('.downloads li a.button')?.text).toBe('Download PDF');
    expect(enPage.querySelector('.fingerprint span')?.text).toBe(landingStrings.en.fingerprint);
  });

  it('embeds the whole document body in the document language', () => {
    const main = enPage.querySelector('main');
    expect(main?.getAttribute('lang')).toBe(fixtureModel.metadata.language);
    expect(main?.querySelectorAll('table')).toHaveLength(2);
    expect(main?.querySelectorAll('.table-box > table')).toHaveLength(2);
  });

  it('has no script, no event handler, nothing to load', () => {
    const html = landingPage(landingInput('zh'));
    expect(html).not.toMatch(/<script|\son\w+=|javascript:/i);
    expect(zhPage.querySelectorAll('[src], [srcset], link, img, iframe, [style]')).toHaveLength(0);
    expect(zhPage.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
  });

  it('escapes the page data', () => {
    const evil = '<script>alert(1)</script>';
    const input = landingInput('zh');
    const page = parse(
      landingPage({
        ...input,
        header: { ...input.header, agency: evil, title: evil, publishedOn: evil },
        downloads: [{ label: evil, href: '/f?a=1&b=<x>', sha256: evil, bytes: 1 }],
      }),
    );
    expect(page.querySelectorAll('script')).toHaveLength(0);
    expect(page.querySelector('.agency')?.text).toBe(evil);
    expect(page.querySelector('h1')?.text).toBe(evil);
    expect(page.querySelector('time')?.text).toBe(evil);
    expect(page.querySelector('a.button')?.getAttribute('href')).toBe('/f?a=1&b=<x>');
    expect(page.querySelector('code')?.text).toBe(evil);
  });

  it('refuses links that are not http(s) or site paths', () => {
    const input = landingInput('zh');
    expect(() => landingPage({ ...input, alternateLangUrl: 'javascript:alert(1)' })).toThrow(TypeError);
    expect(() => landingPage({ ...input, downloads: [{ label: 'PDF', href: 'data:text/html,x', sha256: '0', bytes: 1 }] })).toThrow(TypeError);
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1024, '1.0 KB'],
    [1_572_864, '1.5 MB'],
  ])('%d bytes reads %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});
