/**
 * "The text of such pages": what a reviewer gets by copying a published HTML page out of
 * a browser. Chromium's innerText puts table cells on tab-separated rows, prints a merged
 * cell once, and breaks header labels where the column is narrow; the import still
 * reads every number.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importReport } from '../../templates/annual-report/import/import-report.ts';
import { checkErrors, expectedCheckErrors, hailin, huaian, tableCells } from './fixtures.ts';
import { reportHtml } from './report-html.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}, 60_000);
afterAll(() => browser?.close());

async function copiedText(html: string): Promise<string> {
  const page = await browser.newPage();
  try {
    await page.setContent(html);
    return await page.evaluate(() => document.body.innerText);
  } finally {
    await page.close();
  }
}

describe.each([
  ['海林 2020', hailin],
  ['淮安 2024', huaian],
])('the %s page copied from Chromium', (_name, source) => {
  it('has tab-separated rows, and imports to exactly the example numbers and check errors', async () => {
    const example = source.example();
    const text = await copiedText(reportHtml(example));
    expect(text).toMatch(/\t/);
    const result = importReport(text);
    expect(result.detected).toMatchObject({ formatVersion: example.formatVersion, basis: 'tables', input: 'text' });
    expect(tableCells(result.report)).toEqual(tableCells(example));
    expect(checkErrors(result.findings)).toEqual(expectedCheckErrors(example));
    expect(result.report.overview).toEqual(example.overview);
  });
});
