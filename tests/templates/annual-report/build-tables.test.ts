import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../../src/model/document.ts';
import { buildReport } from '../../../templates/annual-report/build.ts';
import { blankCell, proactiveTables as captions, reviewColumns } from '../../../templates/annual-report/labels.ts';
import type { AnnualReport } from '../../../templates/annual-report/schema.ts';
import { cells, gridProblems, hailin, huaian, sectionBlocks, tablesOf, texts } from './build-fixtures.ts';

const zh = (report: AnnualReport) => buildReport(report, { lang: 'zh', layout: 'official' });

describe('section 二 tables', () => {
  it('2021: four tables, each under its 「第二十条」 caption, with the 2021 columns and rows', () => {
    const report = huaian();
    const tables = tablesOf(sectionBlocks(zh(report), '二、'));
    expect(tables.map((t) => t.caption?.text)).toEqual([captions.item1.zh, captions.item5.zh, captions.item6.zh, captions.item8.zh]);
    const [item1, , item6, item8] = tables;
    expect(texts(item1!.header[0]!)).toEqual(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']);
    expect(texts(item1!.body[1]!)).toEqual(['行政规范性文件', ...Object.values(report.proactive.item1.normativeDocuments).map(String)]);
    expect(texts(item6!.body[0]!)).toEqual(['行政处罚', String(report.proactive.item6.penalties.decisions)]);
    expect(texts(item8!.body[0]!)).toEqual(['行政事业性收费', String(report.proactive.item8.fees.amount)]);
  });

  it('2019: five tables including （九）项 procurement, with 2019 column names and signed changes', () => {
    const report = hailin();
    const withChange: AnnualReport = {
      ...report,
      proactive: { ...report.proactive, item5: { ...report.proactive.item5, licensing: { lastYearItems: 12, change: -3, decisions: null } } },
    };
    const tables = tablesOf(sectionBlocks(zh(withChange), '二、'));
    expect(tables.map((t) => t.caption?.text)).toEqual(Object.values(captions).map((c) => c.zh));
    expect(texts(tables[0]!.header[0]!)).toEqual(['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量']);
    expect(texts(tables[0]!.body[1]!)[0]).toBe('规范性文件');
    expect(texts(tables[1]!.body[0]!)).toEqual(['行政许可', '12', '-3', blankCell]);
    expect(texts(tables[4]!.header[0]!)).toEqual(['信息内容', '采购项目数量', '采购总金额（万元）']);
  });

  it('English captions and labels in en', () => {
    const tables = tablesOf(sectionBlocks(buildReport(huaian(), { lang: 'en', layout: 'official' }), 'II.'));
    expect(tables[0]!.caption?.text).toBe(captions.item1.en);
    expect(texts(tables[0]!.header[0]!)).toEqual(['Category', 'Issued this year', 'Repealed this year', 'In force']);
  });
});

describe('section 四 table', () => {
  const reviewTable = (report: AnnualReport): TableBlock => {
    const [table] = tablesOf(sectionBlocks(zh(report), '四、'));
    if (table === undefined) throw new Error('section 四 has no table');
    return table;
  };

  it('is wide, 15 columns, 行政复议 | 行政诉讼 → 未经复议直接起诉 / 复议后起诉, then the five results ×3', () => {
    const table = reviewTable(huaian());
    expect(table.wide).toBe(true);
    expect(table.columnWidths).toHaveLength(15);
    expect(cells(table.header[0]!).map((c) => [c.content.text, c.colSpan, c.rowSpan ?? 1])).toEqual([
      ['行政复议', 5, 2], ['行政诉讼', 10, 1],
    ]);
    expect(cells(table.header[1]!).map((c) => [c.content.text, c.colSpan])).toEqual([['未经复议直接起诉', 5], ['复议后起诉', 5]]);
    const results = Object.values(reviewColumns).map((c) => c.zh);
    expect(texts(table.header[2]!)).toEqual([...results, ...results, ...results]);
    expect(gridProblems(table)).toEqual([]);
  });

  it('carries the 15 figures in group order', () => {
    const report = huaian();
    const { review } = report;
    const expected = [review.reconsideration, review.litigationDirect, review.litigationAfterReconsideration]
      .flatMap((g) => [g.upheld, g.corrected, g.other, g.pending, g.total].map(String));
    expect(texts(reviewTable(report).body[0]!)).toEqual(expected);
  });

  it('in en and zh-en, is two tables: 行政复议 in five columns, then 行政诉讼 in ten', () => {
    const report = huaian();
    const { review } = report;
    const figures = (g: typeof review.reconsideration) => [g.upheld, g.corrected, g.other, g.pending, g.total].map(String);
    for (const lang of ['en', 'zh-en'] as const) {
      const tables = tablesOf(sectionBlocks(buildReport(report, { lang, layout: 'official' }), lang === 'en' ? 'IV.' : '四、'));
      expect(tables.map((t) => t.columnWidths.length)).toEqual([5, 10]);
      const [reconsideration, litigation] = tables as [TableBlock, TableBlock];
      expect(cells(reconsideration.header[0]!).map((c) => c.content.text)).toEqual([lang === 'en' ? 'Administrative reconsideration' : '行政复议']);
      expect(cells(litigation.header[1]!).map((c) => c.colSpan)).toEqual([5, 5]);
      expect(texts(reconsideration.body[0]!)).toEqual(figures(review.reconsideration));
      expect(texts(litigation.body[0]!)).toEqual([...figures(review.litigationDirect), ...figures(review.litigationAfterReconsideration)]);
      for (const table of tables) {
        expect(table.wide).toBe(true);
        expect(gridProblems(table)).toEqual([]);
      }
    }
  });
});

describe('the grid check used above', () => {
  it('finds a span that overlaps its neighbour and a row of the wrong width', () => {
    const broken: TableBlock = {
      type: 'table',
      columnWidths: [1, 1],
      header: [[{ content: { text: 'a' }, colSpan: 2 }, { content: { text: 'b' } }]],
      body: [[{ content: { text: 'c' } }]],
    };
    expect(gridProblems(broken)).toEqual(expect.arrayContaining(['0,1 claimed twice', 'row 1 has 1 cells, not 2']));
  });
});
