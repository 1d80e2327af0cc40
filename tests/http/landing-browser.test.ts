import { createHash } from 'node:crypto';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/service/manifest.ts';
import { example, startTestServer, type TestServer } from './local-server.ts';

let server: TestServer;
let browser: Browser;
let manifest: Manifest;

beforeAll(async () => {
  server = await startTestServer();
  const { id } = await (await server.post('/v1/reports', await example('huaian-2024'))).json();
  manifest = await (await server.get(`/v1/reports/${id}`)).json();
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});
afterAll(async () => {
  await browser?.close();
  await server.stop();
});

describe('the landing page on a 390×844 phone, scripts disabled', () => {
  it('shows the title, scrolls no wider than the screen, and its buttons download the files', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', javaScriptEnabled: false, acceptDownloads: true });
    const requested: string[] = [];
    context.on('request', (request) => requested.push(request.url()));
    const page = await context.newPage();
    const answer = await page.goto(`${server.url}/r/${manifest.id}`);
    expect(answer?.status()).toBe(200);

    await expect(page.locator('h1').innerText()).resolves.toContain('淮安市人民政府2024年政府信息公开工作年度报告');
    expect(await page.locator('h1').isVisible()).toBe(true);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.view);

    for (const file of manifest.files) {
      const button = page.locator(`a[href$="/v1/reports/${manifest.id}/${file.format}"]`);
      await expect(button.count()).resolves.toBe(1);
      expect(await button.isVisible()).toBe(true);
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      const bytes = await streamBytes(await download.createReadStream());
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
      expect(download.suggestedFilename()).toBe(file.fileName);
      await expect(page.locator('body').innerText()).resolves.toContain(file.sha256);
    }
    // Nothing outside this service and its store: no external scripts, fonts or trackers.
    const origins = new Set(requested.map((url) => new URL(url).hostname));
    expect([...origins]).toEqual(['127.0.0.1']);
    await context.close();
  });
});

describe("the landing page's Content-Security-Policy header", () => {
  it.each(['zh', 'en'])('allows exactly the page\'s own <style> by hash, as its meta policy does (%s)', async (lang) => {
    const answer = await server.get(`/r/${manifest.id}?lang=${lang}`);
    const header = answer.headers.get('content-security-policy') ?? '';
    const html = await answer.text();
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(css.length).toBeGreaterThan(0);
    expect(header).toContain(`style-src 'sha256-${createHash('sha256').update(css).digest('base64')}'`);
    expect(header).not.toContain('unsafe-inline');
    expect(header).toContain("frame-ancestors 'none'");
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1]?.replaceAll('&#39;', "'");
    expect(header).toBe(`${meta}; frame-ancestors 'none'`);
  });

  it('lets Chromium apply the page\'s style under it, with no violation reported', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    const messages: string[] = [];
    page.on('console', (message) => messages.push(message.text()));
    await page.goto(`${server.url}/r/${manifest.id}`);
    const button = page.locator('a.button').first();
    await expect(button.evaluate((a) => getComputedStyle(a).backgroundColor)).resolves.toBe('rgb(168, 7, 26)');
    expect(messages.filter((m) => /Content Security Policy/i.test(m))).toEqual([]);
    await context.close();
  });
});

describe('the page for a landing-page link that leads nowhere', () => {
  it('shows its styled message in Chromium under its policy, with scripts disabled', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    const messages: string[] = [];
    page.on('console', (message) => messages.push(message.text()));
    const answer = await page.goto(`${server.url}/r/AAAAAAAAAAAAAAAAAAAAAA`);
    expect(answer?.status()).toBe(404);
    const heading = page.locator('h1').first();
    await expect(heading.innerText()).resolves.toBe('未找到该文件');
    await expect(heading.evaluate((h) => getComputedStyle(h).color)).resolves.toBe('rgb(168, 7, 26)');
    expect(messages.filter((m) => /Content Security Policy/i.test(m))).toEqual([]);
    await context.close();
  });
});

async function streamBytes(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}
