/**
 * Every page shape a real 年报 is published as, built from the 淮安 2024 page: each imports
 * with every table cell the page states, by position, and no cell it does not state; where
 * the digits allow more than one table, the cells stay blank with the candidates listed.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.ts';
import { importReport } from '../../templates/annual-report/import/import-report.ts';
import { checkReport } from '../../templates/annual-report/checks.ts';
import { checkErrors, corpusText, hailin, huaian, tableCells } from './fixtures.ts';
import * as shape from './page-shapes.ts';

const page = shape.huaianPage();
const example = huaian.example();
const truth = tableCells(example);
const imported = (text: string) => importReport(text);
const importErrors = (findings: readonly Finding[]) => findings.filter((f) => f.rule.startsWith('import.') && f.severity === 'error');
/** Cells that differ from the transcription, as path → [found, expected]. */
const differences = (text: string) => {
  const cells = tableCells(imported(text).report);
  return Object.fromEntries([...truth].filter(([path, value]) => cells.get(path) !== value).map(([path, value]) => [path, [cells.get(path), value]]));
};

describe.each([
  ['tables flattened into one line, cells separated by spaces', shape.flattenTables(page, ' ')],
  ['every table of section 二 on one line with its caption', shape.flattenTables(page, ' ').replace(/\n\n(?=第二十条)/g, '\n')],
  ['each row on one line, label then values (a PDF text extract)', shape.rowsAsLines(page)],
  ['markdown: ## headings and | --- | rules', shape.asMarkdown(page)],
  ['section 四 as three tables of five', shape.reviewAsThreeTables(page)],
  ['year before agency', shape.replaceTitle(page, '2024年淮安市人民政府政府信息公开工作年度报告')],
  ['title over two lines, 「2024 年」 with a space', shape.replaceTitle(page, '2024 年淮安市人民政府政府信息公开工作', '年度报告')],
  ['page numbers inside the table', shape.insertBefore(shape.insertBefore(page, '| 三、本年度办理结果 / （四）无法提供 / 1.', '— 3 —'), '| 三、本年度办理结果 / （六）', '第 3 页 共 8 页')],
  ['a PDF extract: a label broken over two lines, page numbers between rows', shape.spell(
    shape.insertBefore(shape.rowsAsLines(page), '（四）无法提供', '— 3 —', '第 3 页 共 8 页'),
    '（二）部分公开（区分处理的，只计这一情形，不计其他情形） 447', '（二）部分公开（区分处理的，只计这一情形，\n不计其他情形） 447')],
  ['section 四 as three tables, each flattened onto one line', shape.flattenTables(shape.reviewAsThreeTables(page), ' ')],
  ['section 四 as three pipe rows, each opening with its group', shape.spell(shape.reviewAsThreeTables(page), '| 72 |', '| 行政复议 | 72 |')],
  ['section 四 as three lines of a PDF extract, group label then values', shape.reviewAsThreeTables(page).split('\n').map((line) => line.replace(/^\| (\d.*) \|$/, (_, v: string) => v.split(' | ').join(' '))).join('\n')],
  ['a PDF extract: the values on the middle line of a label wrapped over three', [
    ['（二）部分公开（区分处理的，只计这一情形，不计其他情形） 447', '（二）部分公开（区分处理的，只\n计这一情形，不计其他情 447'],
    ['不计其他情 447 7 0 0 0 0 454', '不计其他情 447 7 0 0 0 0 454\n形）'],
    ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 67 3 0 0 1 0 71', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信 67 3 0 0 1 0 71\n息公开申请'],
  ].reduce((text, [from = '', to = '']) => shape.spell(text, from, to), shape.rowsAsLines(page))],
  ['HTML tables', shape.asHtml(page)],
  ['HTML tables whose row values sit in one cell, spaced', shape.asHtml(page, ' ')],
  ['labels without numbering, in half-width punctuation, under a wrong header row', [
    ['三、本年度办理结果 / （一）予以公开', '予以公开'],
    ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '（二）部分公开 (区分处理的, 只计这一情形, 不计其他情形)'],
    ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '1. 申请人无正当理由逾期不补正, 行政机关不再处理其政府信息公开申请'],
    ['| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |', '| 项目 | 甲 | 乙 | 丙 | 丁 | 戊 | 己 | 庚 |'],
    ['| 一、本年新收政府信息公开申请数量 |', '### 一、\n| 本年新收政府信息公开申请数量 |'],
  ].reduce((text, [from = '', to = '']) => shape.spell(text, from, to), shape.asMarkdown(page))],
])('%s', (_name, text) => {
  const result = imported(text);

  it('reads every table cell of the transcription, by position', () => {
    expect(differences(text)).toEqual({});
    expect(importErrors(result.findings)).toEqual([]);
  });

  it('passes the cross-checks, as the page as published does', () => {
    expect(checkErrors(result.findings)).toEqual([]);
  });

  it('keeps agency, year and the prose of every section', () => {
    expect(result.report.agency.name).toBe('淮安市人民政府');
    expect(result.report.year).toBe(2024);
    expect(result.report.overview).toEqual(example.overview);
    expect(result.report.problems).toEqual(example.problems);
  });
});

describe('tables flattened with no separator between the numbers', () => {
  const text = shape.flattenTables(page, '');
  const result = imported(text);
  const cells = tableCells(result.report);
  const ambiguous = (path: string) => result.findings.find((f) => f.rule === 'import.digits-ambiguous' && f.path === path);

  it('prints the rows of section 三 as digit runs', () => {
    expect(text).toContain('一、本年新收政府信息公开申请数量300153006143119二、上年结转');
  });

  it('splits every row of section 三 by the row rule and the table rules, and the single-column rows of 二', () => {
    for (const [path, value] of truth) if (path.startsWith('$.requests') || /item[568]/.test(path)) expect(cells.get(path), path).toBe(value);
  });

  it('leaves rows the digits cannot settle blank, never guessed, listing the candidates', () => {
    // 规章 1 · 0 · 11 prints as 「1011」, which 10 · 1 · 1 prints too.
    expect(ambiguous('$.proactive.item1.rules')?.message.zh).toContain('1 · 0 · 11');
    expect(ambiguous('$.proactive.item1.rules')?.message.zh).toContain('10 · 1 · 1');
    // Section 四: every split gives the first two groups the same numbers; the third could be
    // 12 · 1 · 1 · 6 · 20 or 1 · 2 · 11 · 6 · 20 (or 1 · 2 · 1 · 16 · 20), each adding up to its 总计.
    expect(ambiguous('$.review.litigationAfterReconsideration')?.message.zh).toContain('12 · 1 · 1 · 6 · 20');
    expect(ambiguous('$.review.litigationAfterReconsideration')?.message.zh).toContain('1 · 2 · 11 · 6 · 20');
    expect(cells.get('$.review.reconsideration.total')).toBe(351);
    expect(cells.get('$.review.litigationDirect.upheld')).toBe(13);
    const blanks = [...truth].filter(([path]) => cells.get(path) !== truth.get(path));
    expect(blanks.length).toBe(6 + 5);
    for (const [path] of blanks) expect(cells.get(path), path).toBeNull();
  });
});

describe('HTML tables whose row values sit in one cell, run together', () => {
  const result = imported(shape.asHtml(page, ''));
  const cells = tableCells(result.report);

  it('splits section 三 by the table rules, as on a text page, and leaves the ambiguous rows blank', () => {
    expect(result.detected.input).toBe('html');
    for (const [path, value] of truth) if (path.startsWith('$.requests')) expect(cells.get(path), path).toBe(value);
    expect(result.findings.filter((f) => f.rule === 'import.digits-ambiguous').map((f) => f.path)).toEqual(['$.proactive.item1.rules', '$.proactive.item1.normativeDocuments', '$.review.litigationAfterReconsideration']);
  });
});

describe('a constructed run the table rules cannot settle', () => {
  // Two rows of 「110000011」: 1 · 10 · 0 · 0 · 0 · 0 · 11 or 11 · 0 · 0 · 0 · 0 · 0 · 11. Swapping them leaves every column sum the same.
  const rows: [string, string][] = [
    ['3.要求提供公开出版物 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', '3.要求提供公开出版物 | 1 | 10 | 0 | 0 | 0 | 0 | 11 |'],
    ['4.无正当理由大量反复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', '4.无正当理由大量反复申请 | 11 | 0 | 0 | 0 | 0 | 0 | 11 |'],
    ['（七）总计 | 2932 | 53 | 0 | 0 | 61 | 4 | 3050 |', '（七）总计 | 2944 | 63 | 0 | 0 | 61 | 4 | 3072 |'],
    ['一、本年新收政府信息公开申请数量 | 3001 | 53 | 0 | 0 | 61 | 4 | 3119 |', '一、本年新收政府信息公开申请数量 | 3013 | 63 | 0 | 0 | 61 | 4 | 3141 |'],
  ];
  const changed = rows.reduce((text, [from, to]) => shape.spell(text, from, to), page);

  it('is a consistent table when printed with separators', () => {
    const result = imported(changed);
    expect(checkErrors(result.findings)).toEqual([]);
    expect(tableCells(result.report).get('$.requests.outcomes.notProcessed.publishedMaterials.commercial')).toBe(10);
  });

  it('without separators: both rows blank, each listing its two candidates; every other row read', () => {
    const result = imported(shape.flattenTables(changed, ''));
    const cells = tableCells(result.report);
    for (const row of ['publishedMaterials', 'massRepeated']) {
      const finding = result.findings.find((f) => f.rule === 'import.digits-ambiguous' && f.path === `$.requests.outcomes.notProcessed.${row}`);
      expect(finding?.message.zh).toContain('1 · 10 · 0 · 0 · 0 · 0 · 11');
      expect(finding?.message.zh).toContain('11 · 0 · 0 · 0 · 0 · 0 · 11');
      expect(cells.get(`$.requests.outcomes.notProcessed.${row}.naturalPersons`)).toBeNull();
    }
    expect(cells.get('$.requests.outcomes.total.total')).toBe(3072);
    expect(cells.get('$.requests.newlyReceived.naturalPersons')).toBe(3013);
  });
});

describe('the 海林 page (2019 format, totals wrong as published) run together without separators', () => {
  const lines = corpusText(hailin.page).split('\n').filter((l) => l.trim() !== '');
  const from = lines.indexOf('二、主动公开政府信息情况');
  const to = lines.indexOf('五、存在的主要问题及改进情况');
  const result = imported([...lines.slice(0, from + 1), lines.slice(from + 1, to).join(''), ...lines.slice(to)].join('\n'));
  const cells = tableCells(result.report);
  const expected = tableCells(hailin.example());

  it('reads no number the page does not state: every cell is the printed one or blank', () => {
    for (const [path, value] of cells) if (value !== null) expect(value, path).toBe(expected.get(path));
    expect([...cells.values()].filter((v) => v !== null).length).toBeGreaterThan(100);
  });

  it('says why each blank row is blank', () => {
    const blankRows = new Set([...cells].filter(([path, v]) => v === null && expected.get(path) !== null).map(([path]) => path.split('.').slice(0, -1).join('.')));
    const named = importErrors(result.findings).map((f) => f.path);
    for (const row of blankRows) expect(named.some((p) => row.startsWith(p)), row).toBe(true);
  });
});

describe('what a scraper adds around the page', () => {
  const text = [
    '本地目录:zwgk/2025/12345_淮安市人民政府2024年政府信息公开工作年度报告',
    '标题:淮安市人民政府2024年政府信息公开工作年度报告',
    '发布时间：2025-01-20',
    '==== 正文 ====',
    page,
    '页面链接与图片详见 links.tsv(同目录)',
  ].join('\n');
  const result = imported(text);

  it('takes the real title line, without the prefix, and the date the page states', () => {
    expect(result.report.agency.name).toBe('淮安市人民政府');
    expect(result.report.title).toBeUndefined();
    expect(result.report.publishedOn).toBe('2025-01-20');
    expect(result.findings.map((f) => f.rule)).not.toContain('import.date-missing');
  });

  it('drops the scraper lines, each with a finding, and keeps the report as the page has it', () => {
    const json = JSON.stringify(result.report);
    for (const furniture of ['==== 正文 ====', 'links.tsv', '本地目录']) {
      expect(json).not.toContain(furniture);
      expect(result.findings.some((f) => f.rule === 'import.text-dropped' && String(f.found).includes(furniture)), furniture).toBe(true);
    }
    expect(result.report.preamble).toEqual(example.preamble);
    expect(tableCells(result.report)).toEqual(truth);
  });
});

describe('dates and facts the page states', () => {
  it('reads 「日期:」 under the title and a 「YYYY年M月D日」 signature line', () => {
    expect(imported(shape.insertBefore(page, '本报告由', '日期:2025-01-21')).report.publishedOn).toBe('2025-01-21');
    expect(imported(`${page}\n淮安市人民政府\n2025 年 1 月 22 日`).report.publishedOn).toBe('2025-01-22');
  });

  it('reads contact labels spaced out letter by letter', () => {
    const spaced = [['邮编：', '邮 编：'], ['电话：', '电 话：'], ['电子邮箱：', '电 子 邮 箱：']].reduce((t, [a = '', b = '']) => shape.spell(t, a, b), page);
    expect(imported(spaced).report.agency.contact).toEqual(example.agency.contact);
  });

  it('reads 「无收取信息处理费情况」 as 0, and leaves three decimals blank saying so', () => {
    const none = imported(shape.spell(page, '全年收取政府信息公开信息处理费3940元', '无收取信息处理费情况')).report;
    expect(none.formatVersion === '2021' && none.fees).toEqual({ informationProcessingFeeYuan: 0 });
    const exact = imported(shape.spell(page, '3940元', '3940.125元'));
    expect(exact.report.formatVersion === '2021' && exact.report.fees).toBeUndefined();
    expect(exact.findings.find((f) => f.rule === 'import.fee-unreadable')?.message.en).toContain('3 decimals');
  });

  it('leaves a table cell with a unit blank and says it carries one', () => {
    const result = imported(shape.spell(page, '| 96171.6 |', '| 96171.6万元 |'));
    expect(tableCells(result.report).get('$.proactive.item8.fees.amount')).toBeNull();
    expect(result.findings.find((f) => f.rule === 'import.cell-unreadable')?.message.zh).toContain('单位「万元」');
  });
});

describe('a cell lost in extraction', () => {
  const result = imported(shape.spell(shape.rowsAsLines(page), '2.重复申请 25 0 0 0 0 0 25', '2.重复申请 25 0 0 0 0 25'));
  const cells = tableCells(result.report);

  it('leaves its row blank, never 0, says 6 of 7 values were there, and reads every other row', () => {
    expect(result.findings.find((f) => f.rule === 'import.row-incomplete')).toMatchObject({ path: '$.requests.outcomes.notProcessed.repeated', expected: 7, found: 6 });
    expect(cells.get('$.requests.outcomes.notProcessed.repeated.naturalPersons')).toBeNull();
    const others = [...truth].filter(([path]) => !path.includes('.repeated.'));
    for (const [path, value] of others) expect(cells.get(path), path).toBe(value);
  });
});

describe('validate on an import whose tables could not be read', () => {
  it('reports each table section with no number at all as an error', () => {
    const lines = page.split('\n').filter((l) => !l.startsWith('|'));
    const result = imported(lines.join('\n'));
    const errors = checkReport(result.report).filter((f) => f.rule === 'section.no-numbers').map((f) => `${f.severity} ${f.path}`);
    expect(errors).toEqual(['error $.proactive', 'error $.requests', 'error $.review']);
    expect(checkReport(example).filter((f) => f.rule === 'section.no-numbers')).toEqual([]);
  });
});
