import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../../src/model/document.ts';
import { buildReport } from '../../../templates/annual-report/build.ts';
import { blankCell, proactiveTables as captions, reviewColumns } from '../../../templates/annual-report/labels.ts';
import type { AnnualReport } from '../../../templates/annual-report/schema.ts';
import { cells, gridProblems, hailin, huaian, sectionBlocks, tablesOf, texts } from './build-fixtures.ts';

const zh = (report: AnnualReport) => buildReport(report, { lang: 'zh', layout: 'official' });

describe('section 二 table', () => {
  const proactive = (report: AnnualReport, lang: 'zh' | 'en' = 'zh'): TableBlock => {
    const [table, ...more] = tablesOf(sectionBlocks(buildReport(report, { lang, layout: 'official' }), lang === 'zh' ? '二、' : 'II.'));
    if (table === undefined || more.length > 0) throw new Error('section 二 is not one table');
    return table;
  };
  /** The texts of the shaded band rows, each one cell across the table. */
  const bands = (table: TableBlock) =>
    table.body.flatMap((row) => {
      const shown = cells(row);
      return shown.length === 1 && shown[0]?.shaded === true && shown[0].colSpan === table.columnWidths.length ? [shown[0].content.text] : [];
    });
  /** The rows after the band of an item: its column heads, then its figures. */
  const itemRows = (table: TableBlock, band: string) => {
    const at = table.body.findIndex((row) => cells(row)[0]?.content.text === band);
    const next = table.body.slice(at + 1).findIndex((row) => cells(row)[0]?.shaded === true);
    return table.body.slice(at + 1, next === -1 ? undefined : at + 1 + next);
  };

  it('2021: one table, a shaded band for each of the four items, heads and rows of the 2021 format', () => {
    const report = huaian();
    const table = proactive(report);
    expect(table.header).toEqual([]);
    expect(bands(table)).toEqual([captions.item1.zh, captions.item5.zh, captions.item6.zh, captions.item8.zh]);
    const [heads, , documents] = itemRows(table, captions.item1.zh);
    expect(texts(heads!)).toEqual(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']);
    expect(cells(heads!).every((c) => c.heading === true)).toBe(true);
    expect(texts(documents!)).toEqual(['行政规范性文件', ...Object.values(report.proactive.item1.normativeDocuments).map(String)]);
    expect(texts(itemRows(table, captions.item6.zh)[1]!)).toEqual(['行政处罚', String(report.proactive.item6.penalties.decisions)]);
    expect(texts(itemRows(table, captions.item8.zh)[1]!)).toEqual(['行政事业性收费', String(report.proactive.item8.fees.amount)]);
    expect(gridProblems(table)).toEqual([]);
  });

  it('2019: five items including （九）项 procurement, with 2019 column names and signed changes', () => {
    const report = hailin();
    const withChange: AnnualReport = {
      ...report,
      proactive: { ...report.proactive, item5: { ...report.proactive.item5, licensing: { lastYearItems: 12, change: -3, decisions: null } } },
    };
    const table = proactive(withChange);
    expect(bands(table)).toEqual(Object.values(captions).map((c) => c.zh));
    const [heads, , documents] = itemRows(table, captions.item1.zh);
    expect(texts(heads!)).toEqual(['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量']);
    expect(texts(documents!)[0]).toBe('规范性文件');
    expect(texts(itemRows(table, captions.item5.zh)[1]!)).toEqual(['行政许可', '12', '-3', blankCell]);
    expect(texts(itemRows(table, captions.item9.zh)[0]!)).toEqual(['信息内容', '采购项目数量', '采购总金额（万元）']);
    expect(gridProblems(table)).toEqual([]);
  });

  it('English bands and labels in en', () => {
    const table = proactive(huaian(), 'en');
    expect(bands(table)[0]).toBe(captions.item1.en);
    expect(texts(itemRows(table, captions.item1.en)[0]!)).toEqual(['Category', 'Issued this year', 'Repealed this year', 'In force']);
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
