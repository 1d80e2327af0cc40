/**
 * The aggregate's landing page in real Chromium on a phone, scripts disabled: it names both
 * member agencies, scrolls no wider than the screen, and its member links open the members'
 * own landing pages.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { example, startTestServer, type TestServer } from './local-server.ts';

let server: TestServer;
let browser: Browser;
let aggregateId: string;
const members: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  for (const name of ['huaian-2024', 'ceshi-county-2024'] as const) {
    members.push((await (await server.post('/v1/reports', await example(name))).json()).id);
  }
  const answer = await server.post('/v1/aggregates', JSON.stringify({ name: '测试市', year: 2024, reports: members }));
  aggregateId = (await answer.json()).id;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server.stop();
});

describe("the aggregate's landing page on a 390×844 phone, scripts disabled", () => {
  it('lists both agencies and leads from each to its own landing page', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', javaScriptEnabled: false });
    const page = await context.newPage();
    expect((await page.goto(`${server.url}/r/${aggregateId}`))?.status()).toBe(200);
    await expect(page.locator('h1').innerText()).resolves.toContain('测试市2024年政府信息公开工作年度报告汇总');
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.view);

    const links = page.locator('nav.related a');
    await expect(links.allInnerTexts()).resolves.toEqual(['淮安市人民政府', '测试县人民政府']);
    await links.nth(1).click();
    expect(page.url()).toBe(`${server.url}/r/${members[1]}`);
    await expect(page.locator('h1').innerText()).resolves.toContain('测试县人民政府2024年政府信息公开工作年度报告');
    await context.close();
  });
});
