/**
 * The landing page in a real browser (Debian Chromium) on a 390×844 phone screen with
 * scripts disabled, served from a tiny local server as the service would serve it.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { landingPage } from '../../../src/render/html/landing-page.ts';
import { annualReportTemplate } from '../../../templates/annual-report/index.ts';
import { reportTitle } from '../../../templates/annual-report/labels.ts';
import { agency, title } from './fixture-model.ts';
import { files, landingInput } from './landing-fixture.ts';

const PHONE = { width: 390, height: 844 };
let server: Server;
let origin: string;
let browser: Browser;
let context: BrowserContext;
const requested: string[] = [];
const example = annualReportTemplate.schema.parse(JSON.parse(await readFile('examples/huaian-2024.json', 'utf8')));

/** The example report as the template builds it, on the page around the fixture's files. */
function exampleLandingPage(lang: 'zh' | 'en'): string {
  const model = annualReportTemplate.build(example, { lang, layout: 'screen' });
  return landingPage({ ...landingInput(lang), model, header: { ...landingInput(lang).header, title: model.metadata.title } });
}
const consoleErrors: string[] = [];

function serve(): Promise<Server> {
  const s = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = files[url.pathname as keyof typeof files];
    const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'zh';
    const html = { '/r/abc123': () => landingPage(landingInput(lang)), '/r/example': () => exampleLandingPage(lang) }[url.pathname];
    if (html !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html());
    } else if (file !== undefined) {
      const name = url.pathname.split('/').pop() ?? 'file';
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-disposition': `attachment; filename="${name}"` }).end(file);
    } else {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

async function openPage(path: string): Promise<Page> {
  const page = await context.newPage();
  page.on('request', (request) => requested.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.goto(origin + path);
  return page;
}

beforeAll(async () => {
  server = await serve();
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, javaScriptEnabled: false, acceptDownloads: true });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('landing page on a phone', () => {
  it('shows the title and fits the screen, the wide tables set as cards with every figure labelled', async () => {
    const page = await openPage('/r/abc123');
    const heading = page.locator('h1');
    expect(await heading.textContent()).toBe(title);
    expect(await heading.isVisible()).toBe(true);
    const box = await heading.boundingBox();
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThan(PHONE.height);
    expect(await page.locator('header .agency').textContent()).toBe(agency);

    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      boxes: [...document.querySelectorAll('.table-box')].map((box) => ({
        columns: box.querySelector('colgroup')?.children.length ?? 0,
        scrollWidth: box.scrollWidth,
        clientWidth: box.clientWidth,
        cells: [...box.querySelectorAll('tbody td')].map((td) => ({
          display: getComputedStyle(td).display,
          label: getComputedStyle(td, '::before').content,
        })),
      })),
    }));
    expect(widths.page).toBeLessThanOrEqual(PHONE.width);
    for (const table of widths.boxes) expect(table.scrollWidth).toBeLessThanOrEqual(table.clientWidth);
    const wide = widths.boxes.find((table) => table.columns === 15);
    // As cards, each figure is a line of its own with its column headers before it.
    expect(wide?.cells.every((cell) => cell.display === 'flex')).toBe(true);
    expect(wide?.cells[5]?.label).toBe('"行政诉讼 Administrative litigation · 未经复议直接起诉 Litigation filed directly · 结果维持 Upheld"');
    await page.close();
  });

  it('keeps a table that fits as a table', async () => {
    const page = await context.browser()!.newPage({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    await page.goto(`${origin}/r/example`);
    const display = await page.locator('main table').first().evaluate((table) => getComputedStyle(table).display);
    expect(display).toBe('table');
    await page.close();
  });

  it('has download buttons whose files match the fingerprints shown', async () => {
    const page = await openPage('/r/abc123');
    const buttons = page.locator('.downloads a.button');
    expect(await buttons.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(Object.keys(files));
    for (const item of await page.locator('.downloads li').all()) {
      const [download] = await Promise.all([page.waitForEvent('download'), item.locator('a.button').click()]);
      const bytes = await readFile(await download.path());
      const shown = await item.locator('code').textContent();
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(shown);
    }
    await page.close();
  });

  it('switches to English with the toggle link', async () => {
    const page = await openPage('/r/abc123');
    await page.locator('nav.lang-toggle a').click();
    await page.waitForURL(/lang=en/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe(reportTitle.en(agency, 2024));
    expect(await page.locator('.downloads a.button').first().textContent()).toBe('Download PDF');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.close();
  });

  it.each(['zh', 'en'])('fits the example report (lang=%s) on the phone', async (lang) => {
    const page = await openPage(`/r/example?lang=${lang}`);
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('main table').count()).toBeGreaterThanOrEqual(2);
    // Section 四 is one 15-column table in Chinese and two (5 + 10 columns) in English.
    const widest = await page.evaluate(() => Math.max(...[...document.querySelectorAll('main table')].map((t) => t.querySelectorAll('col').length)));
    expect(widest).toBe(lang === 'zh' ? 15 : 10);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.close();
  });

  it('loaded nothing but its own pages and files, and its CSP blocked nothing', () => {
    expect(requested.length).toBeGreaterThan(0);
    const own = [`${origin}/r/`, `${origin}/files/`];
    expect(requested.filter((url) => !own.some((prefix) => url.startsWith(prefix)))).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
