/**
 * HTML versions of both reports, written by report-html.ts with real <table> markup
 * (rowspan on the group labels of 三, colspan on the headers, <br> inside header labels),
 * import to the same numbers as the examples they were written from.
 */
import { describe, expect, it } from 'vitest';
import { pageToLines } from '../../src/import/read-input.ts';
import { UnreadableInput } from '../../src/import/unreadable.ts';
import { importReport } from '../../templates/annual-report/import/import-report.ts';
import { reportTitle } from '../../templates/annual-report/labels.ts';
import type { AnnualReport } from '../../templates/annual-report/schema.ts';
import { checkErrors, expectedCheckErrors, hailin, huaian, tableCells } from './fixtures.ts';
import { reportHtml } from './report-html.ts';

describe.each([
  ['海林 2020 (2019 format, （六） one row)', hailin],
  ['淮安 2024 (2021 format, （六） three rows)', huaian],
])('the HTML page of %s', (_name, source) => {
  const example = source.example();
  const html = reportHtml(example);
  const result = importReport(new TextEncoder().encode(html));

  it('is markup with merged cells, read as HTML', () => {
    expect(html).toMatch(/rowspan="8"/);
    expect(html).toMatch(/colspan="7"/);
    expect(result.detected.input).toBe('html');
    expect(result.detected.formatVersion).toBe(example.formatVersion);
  });

  it('imports to exactly the numbers of the example, every cell', () => {
    expect(tableCells(result.report)).toEqual(tableCells(example));
  });

  it('gives the same cross-check errors, and no import errors', () => {
    expect(checkErrors(result.findings)).toEqual(expectedCheckErrors(example));
    expect(result.findings.filter((f) => f.rule.startsWith('import.') && f.severity === 'error')).toEqual([]);
  });

  it('takes title, date and prose from the page, leaving out navigation, script and footer', () => {
    expect(printedTitle(result.report)).toBe(printedTitle(example));
    expect(result.report.year).toBe(example.year);
    expect(result.report.publishedOn).toBe(example.publishedOn);
    expect(result.report.overview).toEqual(example.overview);
    expect(result.report.otherMatters).toEqual(example.otherMatters);
    const json = JSON.stringify(result.report);
    for (const furniture of ['首页', 'tracker', '打印本页']) expect(json).not.toContain(furniture);
  });

  it('imports the same page served as GB18030 bytes', () => {
    const gb = gb18030(html);
    expect(gb).not.toEqual(new TextEncoder().encode(html));
    expect(tableCells(importReport(gb).report)).toEqual(tableCells(example));
  });
});

describe('merged cells on a hostile page', () => {
  const title = '<h1>淮安市人民政府2024年政府信息公开工作年度报告</h1>';
  const tables = (count: number, cell: string) => `<html><body>${title}${`<table><tr>${cell.repeat(9)}</tr></table>`.repeat(count)}</body></html>`;

  it('counts the cells of all the page\'s tables against one budget, and refuses the page past it', () => {
    // Each table alone is small (9 × 100 cells once a rowspan ends with its one row); 600 of them are not.
    expect(() => importReport(tables(600, '<td colspan=100 rowspan=100>x</td>'))).toThrow(UnreadableInput);
    expect(() => importReport(tables(50, '<td colspan=100 rowspan=100>x</td>'))).not.toThrow();
  });

  it('ends a rowspan with the table, as a browser does', () => {
    const html = `<html><body>${title}<table><tr><td rowspan=100>规章</td><td>1</td></tr></table></body></html>`;
    const rows = pageToLines(html, 'html').filter((line) => line.row);
    expect(rows.map((line) => line.cells)).toEqual([['规章', '1']]);
  });
});

const printedTitle = (r: AnnualReport) => r.title?.zh ?? reportTitle.zh(r.agency.name, r.year);

/** GB18030 bytes of a text, through Node's encoder tables (TextEncoder only writes UTF-8). */
function gb18030(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return Uint8Array.from([...text].flatMap((char) => (char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : table.get(char) ?? [0x3f])));
}
