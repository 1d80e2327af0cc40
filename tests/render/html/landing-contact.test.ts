/** The landing page's contact details and failed-checks notice, as markup. */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { mailtoHref, telHref } from '../../../src/render/html/landing-contact.ts';
import { landingPage } from '../../../src/render/html/landing-page.ts';
import { landingInput } from './landing-fixture.ts';

describe('contact links', () => {
  it('dials the number without spaces or brackets, and mails the address', () => {
    expect(telHref('(0517) 8360 5210')).toBe('tel:051783605210');
    expect(telHref('+86 517-83605210')).toBe('tel:+86517-83605210');
    expect(mailtoHref('hazwgkc@163.com')).toBe('mailto:hazwgkc@163.com');
  });

  it.each([['javascript:alert(1)'], ['123?body=x'], [''], ['+'], ['()-1']])('will not dial %j', (phone) => {
    expect(telHref(phone)).toBeUndefined();
  });

  it.each([['a@b.c?cc=x@y.z'], ['a@b.cn?subject=x'], ['"x"@y'], ['no-at-sign'], ['a@b c']])('will not mail %j', (email) => {
    expect(mailtoHref(email)).toBeUndefined();
  });

  it('shows a number it cannot dial as plain text', () => {
    const page = parse(landingPage({ ...landingInput('zh'), contact: { phone: '()' } }));
    expect(page.querySelector('.contact dd')?.innerHTML).toBe('()');
  });

  it('shows only the details given, the phone and e-mail as links', () => {
    const page = parse(landingPage({ ...landingInput('zh'), contact: { office: '办公室', phone: '0517-83605210', email: 'a@b.cn' } }));
    const rows = page.querySelectorAll('.contact dl > div').map((row) => [row.querySelector('dt')?.text, row.querySelector('dd')?.text]);
    expect(rows).toEqual([['办公室', '办公室'], ['电话', '0517-83605210'], ['电子邮箱', 'a@b.cn']]);
    expect(page.querySelectorAll('.contact a').map((a) => a.getAttribute('href'))).toEqual(['tel:0517-83605210', 'mailto:a@b.cn']);
    expect(parse(landingPage(landingInput('zh'))).querySelector('.contact')).toBeNull();
  });
});

describe('the failed-checks notice', () => {
  const failure = { rule: 'requests.balance', message: { zh: '「（七）总计」行不平衡 <b>', en: 'row "(7) Total" does not balance' } };

  it('is absent when nothing failed', () => {
    expect(parse(landingPage(landingInput('zh'))).querySelector('.notice')).toBeNull();
  });

  it('has a heading in both languages, each rule with its place in the page language, before the downloads', () => {
    const html = landingPage({ ...landingInput('en'), failedChecks: [failure] });
    const notice = parse(html).querySelector('.notice')!;
    expect(notice.querySelectorAll('h2 span').map((s) => s.text)).toEqual(['本报告未通过数据校验', 'This report did not pass its checks']);
    expect(notice.querySelector('li')?.text).toBe('requests.balancerow "(7) Total" does not balance');
    expect(html.indexOf('class="notice"')).toBeLessThan(html.indexOf('class="downloads"'));
    const bilingual = parse(landingPage({ ...landingInput('zh-en'), failedChecks: [failure] })).querySelector('.notice li')!;
    expect(bilingual.querySelectorAll('span').map((s) => s.getAttribute('lang'))).toEqual(['zh-CN', 'en']);
    expect(bilingual.innerHTML).toContain('&lt;b&gt;');
  });
});
