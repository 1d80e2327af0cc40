/**
 * The Done-when of the citizen's first minute, in Chromium at 390×844 with scripts off,
 * against the real local server: huaian-2024's landing page hides no column, sets no table
 * text below 12 px, offers every stored format and tappable phone and e-mail links;
 * hailin-2020 stored with allowCheckFailures=true says its checks did not pass.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { example, startTestServer, type TestServer } from './local-server.ts';

const PHONE = { width: 390, height: 844 };
let server: TestServer;
let browser: Browser;
let huaian: string;
let hailin: string;

beforeAll(async () => {
  server = await startTestServer();
  const stored = await server.post('/v1/reports?formats=pdf,docx,html', await example('huaian-2024'));
  huaian = (await stored.json()).id;
  const published = await server.post('/v1/reports?allowCheckFailures=true&formats=html', await example('hailin-2020'));
  expect(published.status).toBe(201);
  hailin = (await published.json()).id;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function phonePage(path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, javaScriptEnabled: false });
  const page = await context.newPage();
  const answer = await page.goto(`${server.url}${path}`);
  expect(answer?.status()).toBe(200);
  return page;
}

describe.each(['zh', 'en', 'zh-en'])('huaian-2024 on a 390×844 phone (lang=%s)', (lang) => {
  it('hides no table column off screen and sets no table text below 12 px', async () => {
    const page = await phonePage(`/r/${huaian}?lang=${lang}`);
    const tables = await page.evaluate(() => [...document.querySelectorAll('main .table-box')].map((box) => {
      const sizes = [...box.querySelectorAll('caption, th, td, span')].flatMap((element) => {
        const own = (element.textContent ?? '').trim() === '' ? [] : [parseFloat(getComputedStyle(element).fontSize)];
        const before = getComputedStyle(element, '::before');
        return before.content !== 'none' && before.content !== 'normal' ? [...own, parseFloat(before.fontSize)] : own;
      });
      return { scrollWidth: box.scrollWidth, clientWidth: box.clientWidth, smallest: Math.min(...sizes), texts: sizes.length };
    }));
    // Section 二 as one table, 三, and 四 (one table, or two in English).
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const table of tables) {
      expect(table.scrollWidth).toBeLessThanOrEqual(table.clientWidth);
      expect(table.texts).toBeGreaterThan(0);
      expect(table.smallest).toBeGreaterThanOrEqual(12);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.context().close();
  });
});

describe('huaian-2024 on a 1280×900 desktop', () => {
  it('keeps section 三 as the official table in Chinese, all of it in view', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/r/${huaian}?lang=zh`);
    const boxes = await page.evaluate(() => [...document.querySelectorAll('main .table-box')].map((box) => ({
      columns: box.querySelectorAll('col').length,
      display: getComputedStyle(box.querySelector('table')!).display,
      fits: box.scrollWidth <= box.clientWidth,
    })));
    expect(boxes.find((box) => box.columns === 10)).toEqual({ columns: 10, display: 'table', fits: true });
    for (const box of boxes) expect(box.fits).toBe(true);
    await context.close();
  });
});

describe('huaian-2024 landing page: links a phone can use', () => {
  it('has tappable phone and e-mail links that open the dialler and the mail app', async () => {
    const page = await phonePage(`/r/${huaian}`);
    for (const [href, text] of [['tel:0517-83605210', '0517-83605210'], ['mailto:hazwgkc@163.com', 'hazwgkc@163.com']]) {
      const link = page.locator(`a[href="${href}"]`);
      await expect(link.count()).resolves.toBe(1);
      await expect(link.innerText()).resolves.toBe(text);
      const box = await link.boundingBox();
      expect(box).not.toBeNull();
      // A finger's target: fully on screen, at least 24 px high (WCAG 2.5.8).
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
      expect(box!.height).toBeGreaterThanOrEqual(24);
    }
    await page.context().close();
  });

  it('offers every stored format, html too', async () => {
    const page = await phonePage(`/r/${huaian}`);
    const hrefs = await page.locator('.downloads a.button').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.map((href) => href?.split('/').pop())).toEqual(['pdf', 'docx', 'html']);
    await expect(page.locator('.notice').count()).resolves.toBe(0);
    await page.context().close();
  });
});

describe('hailin-2020 stored with allowCheckFailures=true', () => {
  it.each(['zh', 'en'])('says in both languages that its checks did not pass, and which (lang=%s)', async (lang) => {
    const page = await phonePage(`/r/${hailin}?lang=${lang}`);
    const notice = page.locator('.notice');
    expect(await notice.isVisible()).toBe(true);
    const text = await notice.innerText();
    expect(text).toContain('本报告未通过数据校验');
    expect(text).toContain('This report did not pass its checks');
    expect(text).toContain('requests.balance');
    // Where: the table, row and column of each failure, in the page's language.
    expect(text).toContain(lang === 'zh' ? '「（七）总计」行「法律服务机构」列' : 'row "(7) Total", column "Legal service providers"');
    // Before the downloads and the report: the first thing a reader sees after the title.
    const top = await notice.boundingBox();
    expect(top!.y).toBeLessThan(PHONE.height);
    await page.context().close();
  });
});
