/**
 * The examples are transcriptions of two published reports. These tests hold them to the
 * corpus text: every table number in order, every paragraph verbatim, so a slip fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annualReport, otherHandlingShape } from '../../templates/annual-report/schema.ts';

const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
/** Copies of the corpus texts, kept beside the test so it runs from a clean clone. */
const corpus = (name: string) => readFileSync(new URL(`corpus/${name}`, import.meta.url), 'utf8');

/** The injected word is not the agency's text; everything else is kept as published. */
const hailinText = corpus('hailin-2020.txt').replaceAll('球迷网', '');
const huaianText = corpus('huaian-2024.txt');

const hailin = annualReport.parse(readJson('examples/hailin-2020.json'));
const huaian = annualReport.parse(readJson('examples/huaian-2024.json'));

/** Every number of a table section, in document order (object keys follow the printed order). */
function numbersOf(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersOf);
  return [];
}

function between(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  expect(from).toBeGreaterThanOrEqual(0);
  expect(to).toBeGreaterThan(from);
  return text.slice(from, to);
}

/** 海林: the web page flattened each table cell to a line of its own. */
const lineNumbers = (text: string) =>
  text.split('\n').map((l) => l.trim()).filter((l) => /^-?\d+(\.\d+)?$/.test(l)).map(Number);

/** 淮安: pipe tables; numeric cells only. */
const pipeNumbers = (text: string) =>
  text.split('\n').filter((l) => l.startsWith('|'))
    .flatMap((l) => l.split('|').map((c) => c.trim()))
    .filter((c) => /^-?\d+(\.\d+)?$/.test(c)).map(Number);

function paragraphsOf(report: typeof hailin): string[] {
  const { intro, proactive, onRequest, management, platforms, oversight } = report.overview;
  return [report.preamble, intro, proactive, onRequest, management, platforms, oversight, report.problems, report.otherMatters]
    .flat().map((p) => p.zh);
}

describe('examples/hailin-2020.json', () => {
  it('is the 2019 format, published 2021-02-01', () => {
    expect(hailin.formatVersion).toBe('2019');
    expect(hailin.year).toBe(2020);
    expect(hailin.publishedOn).toBe('2021-02-01');
    expect(hailinText).toContain(`日期:${hailin.publishedOn}`);
  });

  it('carries every table number of sections 二, 三 and 四 as published, in order', () => {
    expect(numbersOf(hailin.proactive)).toEqual(lineNumbers(between(hailinText, '二、主动公开政府信息情况', '三、收到和处理')));
    expect(numbersOf(hailin.requests)).toEqual(lineNumbers(between(hailinText, '三、收到和处理', '四、政府信息公开行政复议')));
    expect(numbersOf(hailin.review)).toEqual(lineNumbers(between(hailinText, '四、政府信息公开行政复议', '五、存在的主要问题')));
  });

  it('keeps the inconsistent （七）总计 row as published', () => {
    expect(hailin.requests.newlyReceived.legalServices).toBe(1);
    expect(hailin.requests.outcomes.total.legalServices).toBe(0);
    expect(hailin.requests.outcomes.total.other).toBe(1);
  });

  it('has every paragraph verbatim, and no injected word', () => {
    const paragraphs = paragraphsOf(hailin);
    expect(paragraphs).toHaveLength(14);
    for (const p of paragraphs) expect(hailinText).toContain(p);
    expect(JSON.stringify(hailin)).not.toContain('球迷网');
    expect(hailin.overview.proactive[1]?.zh).toMatch(/^1\.围绕贯彻落实/);
  });
});

describe('examples/huaian-2024.json', () => {
  it('is the 2021 format with （六） in three rows and the 3940 yuan fee', () => {
    expect(huaian.formatVersion).toBe('2021');
    expect(otherHandlingShape(huaian)).toBe('three-rows');
    if (huaian.formatVersion !== '2021') throw new Error('huaian-2024 must be the 2021 format');
    expect(huaian.fees?.informationProcessingFeeYuan).toBe(3940);
    expect(huaianText).toContain('信息处理费3940元');
  });

  it('carries every table number of sections 二, 三 and 四 as published, in order', () => {
    expect(numbersOf(huaian.proactive)).toEqual(pipeNumbers(between(huaianText, '二、主动公开政府信息情况', '三、收到和处理')));
    expect(numbersOf(huaian.requests)).toEqual(pipeNumbers(between(huaianText, '三、收到和处理', '四、政府信息公开行政复议')));
    expect(numbersOf(huaian.review)).toEqual(pipeNumbers(between(huaianText, '四、政府信息公开行政复议', '五、存在的主要问题')));
  });

  it('has every paragraph verbatim (run-in sub-part headings are printed by the template)', () => {
    const paragraphs = paragraphsOf(huaian);
    expect(paragraphs).toHaveLength(10);
    for (const p of paragraphs) expect(huaianText).toContain(p);
    expect(huaianText).toContain(`（二）依申请公开情况。${huaian.overview.onRequest[0]?.zh}`);
  });

  it('has the contact details of the preamble', () => {
    const contact = huaian.agency.contact;
    for (const value of [contact?.address, contact?.postcode, contact?.phone, contact?.email]) {
      expect(huaianText).toContain(`：${value}`);
    }
  });
});
