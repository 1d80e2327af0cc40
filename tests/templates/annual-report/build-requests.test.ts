import { describe, expect, it } from 'vitest';
import { isCovered, type TableBlock } from '../../../src/model/document.ts';
import type { Language } from '../../../src/template.ts';
import { buildReport } from '../../../templates/annual-report/build.ts';
import {
  blankCell,
  cannotProvideRows,
  notDisclosedRows,
  notProcessedRows,
  otherHandlingRows,
  requestCornerNote,
  requestRows,
} from '../../../templates/annual-report/labels.ts';
import type { AnnualReport } from '../../../templates/annual-report/schema.ts';
import { cells, gridProblems, hailin, huaian, sectionBlocks, tablesOf, texts } from './build-fixtures.ts';

function requestsTable(report: AnnualReport, lang: Language = 'zh'): TableBlock {
  const model = buildReport(report, { lang, layout: 'official' });
  const [table, ...more] = tablesOf(sectionBlocks(model, lang === 'en' ? 'III.' : '三、'));
  expect(more).toHaveLength(0);
  if (table === undefined) throw new Error('section 三 has no table');
  return table;
}

describe('section 三 table', () => {
  it('has the official three-row header: corner note, 申请人情况, 自然人 | 法人或其他组织 (five) | 总计', () => {
    const { header, columnWidths } = requestsTable(huaian());
    expect(columnWidths).toHaveLength(10);
    expect(header).toHaveLength(3);
    const [corner, requester] = cells(header[0]!);
    expect(corner).toMatchObject({ content: { text: requestCornerNote.zh }, colSpan: 3, rowSpan: 3 });
    expect(requester).toMatchObject({ content: { text: '申请人情况' }, colSpan: 7 });
    expect(cells(header[1]!).map((c) => [c.content.text, c.colSpan ?? 1, c.rowSpan ?? 1])).toEqual([
      ['自然人', 1, 2], ['法人或其他组织', 5, 1], ['总计', 1, 2],
    ]);
    expect(texts(header[2]!)).toEqual(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
  });

  it('merges 三、本年度办理结果 vertically over every outcome row and each sub-group over its leaves', () => {
    const { body } = requestsTable(huaian());
    // 一, 二, 22 outcome rows (three-row （六）), 四.
    expect(body).toHaveLength(25);
    const outcomes = body[2]![0]!;
    expect(outcomes).toMatchObject({ content: { text: requestRows.outcomes.zh }, rowSpan: 22, vertical: true });
    const spanOf = (zh: string) => body.flatMap(cells).find((c) => c.content.text === zh)?.rowSpan;
    expect(spanOf(requestRows.notDisclosed.zh)).toBe(Object.keys(notDisclosedRows).length);
    expect(spanOf(requestRows.cannotProvide.zh)).toBe(Object.keys(cannotProvideRows).length);
    expect(spanOf(requestRows.notProcessed.zh)).toBe(Object.keys(notProcessedRows).length);
    expect(spanOf(requestRows.otherHandling.zh)).toBe(3);
    expect(body.slice(3, 24).every((row) => isCovered(row[0]!))).toBe(true);
  });

  it('puts every figure of the input in its row and column, in order', () => {
    const report = huaian();
    const { body } = requestsTable(report);
    const numbers = body.map((row) => cells(row).filter((c) => c.numeric).map((c) => c.content.text));
    expect(numbers[0]).toEqual(Object.values(report.requests.newlyReceived).map(String));
    expect(numbers[2]).toEqual(Object.values(report.requests.outcomes.disclosed).map(String));
    expect(numbers[23]).toEqual(Object.values(report.requests.outcomes.total).map(String));
    expect(numbers[24]).toEqual(Object.values(report.requests.carriedToNextYear).map(String));
    expect(numbers.every((row) => row.length === 7)).toBe(true);
    expect(texts(body[23]!)[0]).toBe(requestRows.total.zh);
  });

  it('lays out consistently on the grid for both versions and both （六） shapes', () => {
    expect(gridProblems(requestsTable(huaian()))).toEqual([]);
    expect(gridProblems(requestsTable(hailin()))).toEqual([]);
    expect(gridProblems(requestsTable(huaian(), 'zh-en'))).toEqual([]);
  });

  it('prints （六）其他处理 as one row when given as one row (2019, and 2021 reports that keep it)', () => {
    const report = huaian();
    const split = report.requests.outcomes.otherHandling;
    if ('naturalPersons' in split) throw new Error('huaian gives （六） as three rows');
    const oneRow = { ...split.notSupplemented };
    const merged: AnnualReport = { ...report, requests: { ...report.requests, outcomes: { ...report.requests.outcomes, otherHandling: oneRow } } };
    for (const table of [requestsTable(merged), requestsTable(hailin())]) {
      expect(table.body).toHaveLength(23);
      const row = table.body.find((r) => texts(r).includes(requestRows.otherHandling.zh))!;
      expect(cells(row)[0]).toMatchObject({ content: { text: requestRows.otherHandling.zh }, colSpan: 2 });
      expect(table.body.flatMap(texts)).not.toContain(otherHandlingRows.other.zh);
    }
    const three = requestsTable(report).body.flatMap(texts);
    expect(three).toEqual(expect.arrayContaining(Object.values(otherHandlingRows).map((l) => l.zh)));
  });

  it('prints a blank cell as 「/」, never as 0', () => {
    const report = huaian();
    const blanked: AnnualReport = {
      ...report,
      requests: { ...report.requests, carriedOver: { ...report.requests.carriedOver, research: null } },
    };
    const row = requestsTable(blanked).body[1]!;
    expect(texts(row)).toEqual([requestRows.carriedOver.zh, '34', '0', blankCell, '0', '0', '0', '34']);
  });

  it('sets the group label vertically only in Chinese; English labels and zh-en secondaries elsewhere', () => {
    const en = requestsTable(huaian(), 'en');
    expect(en.body[2]![0]).toMatchObject({ content: { text: requestRows.outcomes.en } });
    expect(en.body[2]![0]).not.toHaveProperty('vertical', true);
    expect(cells(en.header[0]!)[0]!.content.text).toBe(requestCornerNote.en);
    const both = requestsTable(huaian(), 'zh-en');
    expect(cells(both.header[1]!)[0]!.content).toEqual({ text: '自然人', secondary: 'Natural persons' });
  });

  it('sets the English tables dense (9 pt), keeping the official structure in zh-en', () => {
    expect(requestsTable(huaian()).wide).toBeUndefined();
    const both = requestsTable(huaian(), 'zh-en');
    expect(both.wide).toBe(true);
    expect(both.columnWidths).toHaveLength(10);
    expect(both.body).toHaveLength(25);
    expect(gridProblems(requestsTable(huaian(), 'en'))).toEqual([]);
    expect(gridProblems(requestsTable(hailin(), 'en'))).toEqual([]);
  });

  it('gives English one label column, each group label on a row of its own above its rows', () => {
    const report = huaian();
    const en = requestsTable(report, 'en');
    expect(en.wide).toBe(true);
    expect(en.columnWidths).toHaveLength(8);
    const labelRows = en.body.filter((row) => cells(row).length === 1).map((row) => texts(row)[0]);
    expect(labelRows).toEqual([
      requestRows.outcomes.en, requestRows.notDisclosed.en, requestRows.cannotProvide.en,
      requestRows.notProcessed.en, requestRows.otherHandling.en,
    ]);
    for (const row of en.body.filter((r) => cells(r).length === 1)) expect(cells(row)[0]!.colSpan).toBe(8);
    const figureRows = en.body.filter((row) => cells(row).length === 8);
    // 一, 二, the 22 outcome rows, 四: the same figure rows as the Chinese table.
    expect(figureRows).toHaveLength(25);
    const leaf = figureRows.find((row) => texts(row)[0] === notDisclosedRows.stateSecret.en)!;
    expect(texts(leaf).slice(1)).toEqual(Object.values(report.requests.outcomes.notDisclosed.stateSecret).map(String));
    expect(texts(en.body.at(-1)!)).toEqual([requestRows.carriedToNextYear.en, ...Object.values(report.requests.carriedToNextYear).map(String)]);
  });
});
