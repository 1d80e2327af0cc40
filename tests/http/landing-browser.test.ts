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

async function streamBytes(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}
