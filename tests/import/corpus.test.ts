/**
 * The two corpus pages import to exactly the numbers of their example transcriptions,
 * every table cell compared, and the cross-checks find the same errors in both.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importReport } from '../../templates/annual-report/import/import-report.ts';
import { checkErrors, corpusUrl, expectedCheckErrors, hailin, huaian, tableCells } from './fixtures.ts';

describe('importing the 海林 2020 page (tables flattened one cell per line)', () => {
  const result = importReport(readFileSync(corpusUrl(hailin.page)));
  const example = hailin.example();

  it('reads every table cell exactly as the transcription has it', () => {
    const cells = tableCells(example);
    expect(cells.size).toBe(6 + 6 + 6 + 2 + 2 + 23 * 7 + 15);
    expect(tableCells(result.report)).toEqual(cells);
  });

  it('detects the 2019 format from its tables and says so', () => {
    expect(result.report.formatVersion).toBe('2019');
    expect(result.detected).toMatchObject({ basis: 'tables', input: 'text' });
    expect(result.detected.evidence).toContain('本年新制作数量');
  });

  it('reports the same cross-check errors as the transcription: 法律服务机构 and 其他 of （七）总计', () => {
    const errors = checkErrors(result.findings);
    expect(errors).toEqual(expectedCheckErrors(example));
    expect(errors.some((e) => e.endsWith('$.requests.outcomes.total.legalServices'))).toBe(true);
  });

  it('takes year, title and the date the page gives, and reads every cell without an import error', () => {
    expect(result.report.year).toBe(2020);
    expect(result.report.publishedOn).toBe(example.publishedOn);
    expect(result.report.title).toEqual(example.title);
    expect(result.findings.filter((f) => f.rule.startsWith('import.') && f.severity === 'error')).toEqual([]);
  });

  it('splits the prose into the sections and sub-parts the transcription has, text kept as found', () => {
    const { overview } = result.report;
    for (const part of ['intro', 'proactive', 'onRequest', 'management', 'platforms', 'oversight'] as const) {
      expect(overview[part].length, part).toBe(example.overview[part].length);
    }
    expect(result.report.problems.length).toBe(example.problems.length);
    // The injected word is on the page; removing it is not the importer's business.
    expect(result.report.otherMatters.map((p) => p.zh.replaceAll('球迷网', ''))).toEqual(example.otherMatters.map((p) => p.zh));
  });

  it('reports the CMS footer it left out rather than dropping it silently', () => {
    const dropped = result.findings.filter((f) => f.rule === 'import.text-dropped');
    expect(dropped.some((f) => String(f.found).includes('打印本页'))).toBe(true);
    expect(JSON.stringify(result.report)).not.toContain('打印本页');
  });
});

describe('importing the 淮安 2024 page (pipe tables)', () => {
  const result = importReport(readFileSync(corpusUrl(huaian.page)));
  const example = huaian.example();

  it('reads every table cell exactly as the transcription has it, （六） as three rows', () => {
    const cells = tableCells(example);
    expect(cells.size).toBe(6 + 1 + 2 + 1 + 25 * 7 + 15);
    expect(tableCells(result.report)).toEqual(cells);
  });

  it('detects the 2021 format and takes the 信息处理费 from its sentence in 六', () => {
    expect(result.detected).toMatchObject({ formatVersion: '2021', basis: 'tables' });
    expect(result.report.formatVersion === '2021' && result.report.fees).toEqual({ informationProcessingFeeYuan: 3940 });
  });

  it('passes the cross-checks, as the transcription does', () => {
    expect(checkErrors(result.findings)).toEqual([]);
    expect(expectedCheckErrors(example)).toEqual([]);
  });

  it('finds the agency on the line above a title split in two, and keeps the prose verbatim', () => {
    expect(result.report.agency.name).toBe('淮安市人民政府');
    expect(result.report.agency.contact).toEqual(example.agency.contact);
    expect(result.report.title).toBeUndefined();
    expect(result.report.preamble).toEqual(example.preamble);
    expect(result.report.overview).toEqual(example.overview);
    expect(result.report.problems).toEqual(example.problems);
    expect(result.report.otherMatters).toEqual(example.otherMatters);
  });

  it('says the page gives no publication date instead of passing off a stand-in as found', () => {
    expect(result.findings.map((f) => f.rule)).toContain('import.date-missing');
    expect(result.report.publishedOn).toBe('2025-03-31');
  });
});
