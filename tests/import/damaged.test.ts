/**
 * Damaged pages — a table cut off halfway, a row missing, a number replaced by 「/」 or by
 * words, no tables at all, a table of the wrong shape — give a report the schema accepts,
 * with blanks where the page failed and findings that name them. Never an exception.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.ts';
import { UnreadableInput } from '../../src/import/unreadable.ts';
import { importReport } from '../../templates/annual-report/import/import-report.ts';
import { annualReport } from '../../templates/annual-report/schema.ts';
import { corpusText, hailin, huaian, tableCells } from './fixtures.ts';

/** The 海林 page as its non-blank lines: one table cell per line. */
const hailinLines = corpusText(hailin.page).split('\n').filter((l) => l.trim() !== '');
const huaianLines = corpusText(huaian.page).split('\n');
const at = (lines: readonly string[], text: string) => {
  const i = lines.findIndex((l) => l.includes(text));
  expect(i, text).toBeGreaterThanOrEqual(0);
  return i;
};
const importLines = (lines: readonly string[]) => {
  const result = importReport(lines.join('\n'));
  expect(annualReport.safeParse(result.report).success).toBe(true);
  return result;
};
const rules = (findings: readonly Finding[], rule: string) => findings.filter((f) => f.rule === rule).map((f) => f.path);

describe('a table cut off halfway (the page ends inside section 三)', () => {
  const cut = at(hailinLines, '3.危及“三安全一稳定”');
  const result = importLines(hailinLines.slice(0, cut + 4));
  const cells = tableCells(result.report);
  const example = tableCells(hailin.example());

  it('keeps every row before the cut', () => {
    expect(cells.get('$.requests.outcomes.notDisclosed.prohibitedByLaw.total')).toBe(example.get('$.requests.outcomes.notDisclosed.prohibitedByLaw.total'));
    expect(cells.get('$.proactive.item9.procurement.amount')).toBe(2196.24);
  });

  it('leaves the cut row blank as incomplete, says 3 of 7 values were there', () => {
    const finding = result.findings.find((f) => f.rule === 'import.row-incomplete');
    expect(finding).toMatchObject({ path: '$.requests.outcomes.notDisclosed.endangersSecurity', expected: 7, found: 3 });
    expect(cells.get('$.requests.outcomes.notDisclosed.endangersSecurity.naturalPersons')).toBeNull();
  });

  it('names each missing row, the missing review table and the missing sections', () => {
    const missing = rules(result.findings, 'import.row-missing');
    expect(missing).toContain('$.requests.outcomes.total');
    expect(missing).toContain('$.requests.carriedToNextYear');
    expect(rules(result.findings, 'import.table-missing')).toEqual(['$.review']);
    expect(rules(result.findings, 'import.section-missing')).toEqual(['$.review', '$.problems', '$.otherMatters']);
    expect(cells.get('$.review.reconsideration.total')).toBeNull();
  });
});

describe('a row missing', () => {
  it('on a flattened page: that row is blank with a finding, the next row still reads right', () => {
    const i = at(hailinLines, '2.重复申请');
    const result = importLines([...hailinLines.slice(0, i), ...hailinLines.slice(i + 8)]);
    expect(rules(result.findings, 'import.row-missing')).toEqual(['$.requests.outcomes.notProcessed.repeated']);
    const cells = tableCells(result.report);
    expect(cells.get('$.requests.outcomes.notProcessed.repeated.total')).toBeNull();
    expect(cells.get('$.requests.outcomes.total.total')).toBe(4);
    expect(result.findings.some((f) => f.rule === 'cell.blank' && f.path === '$.requests.outcomes.notProcessed.repeated.total')).toBe(true);
  });

  it('in a pipe table: the same', () => {
    const lines = huaianLines.filter((l) => !l.includes('| 行政强制 |'));
    const result = importLines(lines);
    expect(rules(result.findings, 'import.row-missing')).toEqual(['$.proactive.item6.enforcement']);
    expect(result.report.formatVersion === '2021' && result.report.proactive.item6).toEqual({ penalties: { decisions: 3985758 }, enforcement: { decisions: null } });
  });
});

describe('a number replaced by 「/」', () => {
  it('in a pipe row: that cell alone is blank, and the checks say it is not a number', () => {
    const lines = huaianLines.map((l) => l.replace('| 行政许可 | 447228 |', '| 行政许可 | / |'));
    const result = importLines(lines);
    expect(result.report.formatVersion === '2021' && result.report.proactive.item5.licensing.decisions).toBeNull();
    expect(rules(result.findings, 'cell.blank')).toEqual(['$.proactive.item5.licensing.decisions']);
    expect(rules(result.findings, 'import.row-incomplete')).toEqual([]);
  });

  it('on a flattened page: the cell is blank in its own column, the rest of the row intact', () => {
    const i = at(hailinLines, '一、本年新收政府信息公开申请数量');
    const lines = hailinLines.map((l, j) => (j === i + 5 ? '/' : l));
    const row = importLines(lines).report.requests.newlyReceived;
    expect(row).toEqual({ naturalPersons: 3, commercial: 0, research: 0, publicInterest: 0, legalServices: null, other: 0, total: 4 });
  });
});

describe('a number replaced by words', () => {
  it('becomes a blank with a finding that quotes what was there', () => {
    const lines = huaianLines.map((l) => l.replace('| 规章 | 1 | 0 | 11 |', '| 规章 | 1 | 零 | 11 |'));
    const result = importLines(lines);
    const finding = result.findings.find((f) => f.rule === 'import.cell-unreadable');
    expect(finding).toMatchObject({ path: '$.proactive.item1.rules.repealed', found: '零', column: '本年废止件数' });
    expect(result.report.formatVersion === '2021' && result.report.proactive.item1.rules).toEqual({ issued: 1, repealed: null, inForce: 11 });
  });

  it('a decimal where a count belongs is not read as a count', () => {
    const lines = huaianLines.map((l) => l.replace('| 行政处罚 | 3985758 |', '| 行政处罚 | 3985758.5 |'));
    expect(rules(importLines(lines).findings, 'import.cell-unreadable')).toEqual(['$.proactive.item6.penalties.decisions']);
  });
});

describe('a page with no tables', () => {
  const from = at(hailinLines, '第二十条第(一)项');
  const to = at(hailinLines, '五、存在的主要问题及改进情况');
  const result = importLines([...hailinLines.slice(0, from), ...hailinLines.slice(to)]);

  it('has every table cell blank and names each missing table', () => {
    expect([...tableCells(result.report).values()].every((v) => v === null)).toBe(true);
    expect(rules(result.findings, 'import.table-missing')).toEqual([
      '$.proactive.item1', '$.proactive.item5', '$.proactive.item6', '$.proactive.item8', '$.proactive.item9', '$.requests', '$.review',
    ]);
  });

  it('takes the format version from the report year, and says that is the basis', () => {
    expect(result.detected).toMatchObject({ formatVersion: '2019', basis: 'year' });
  });

  it('keeps the prose', () => {
    expect(result.report.problems.length).toBe(2);
    expect(rules(result.findings, 'import.section-missing')).toEqual(['$.requests', '$.review']);
  });
});

describe('text that looks like a table but matches none', () => {
  it('is reported, not imported and not dropped silently', () => {
    const i = huaianLines.indexOf('五、存在的主要问题及改进情况');
    const lines = [...huaianLines.slice(0, i + 1), '| 项目 | 数量 |', '| 网站访问量 | 120000 |', ...huaianLines.slice(i + 1)];
    const result = importLines(lines);
    const finding = result.findings.find((f) => f.rule === 'import.unrecognized-table');
    expect(finding).toMatchObject({ path: '$.problems' });
    expect(String(finding?.found)).toContain('网站访问量');
    expect(JSON.stringify(result.report.problems)).not.toContain('网站访问量');
  });
});

describe('a page that is not a report', () => {
  it.each([
    ['no title', '一、总体情况\n我们做了很多工作。'],
    ['empty', ''],
  ])('%s: refused with a reason in Chinese and English', (_name, text) => {
    const refuse = () => importReport(new TextEncoder().encode(text));
    expect(refuse).toThrow(UnreadableInput);
    try {
      refuse();
    } catch (error) {
      expect((error as UnreadableInput).zh).toMatch(/[\u4e00-\u9fff]/);
      expect((error as UnreadableInput).en).toMatch(/[a-z]/);
    }
  });
});

describe('a format version forced against the tables', () => {
  it('puts no number into the other version’s columns, and says why', () => {
    const result = importReport(corpusText(hailin.page), { formatVersion: '2021' });
    expect(result.detected).toMatchObject({ formatVersion: '2021', basis: 'option' });
    expect(rules(result.findings, 'import.version-mismatch')).toEqual(['$.formatVersion']);
    expect(rules(result.findings, 'import.columns-mismatch')).toEqual(['$.proactive.item1', '$.proactive.item5', '$.proactive.item6', '$.proactive.item8']);
    const proactive = [...tableCells(result.report).entries()].filter(([path]) => path.startsWith('$.proactive'));
    expect(proactive.every(([, value]) => value === null)).toBe(true);
    expect(result.report.requests.newlyReceived.total).toBe(4);
  });
});
