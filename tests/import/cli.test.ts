/**
 * `nianbao import` run as a user runs it: report JSON on stdout (or --out), findings on
 * stderr in both languages and as JSON beside the report, exit 0 when every table was
 * read, 1 when some cell was not, 2 when the page cannot be read; and
 * its output piped straight into `nianbao render -`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as mupdf from 'mupdf';
import { afterAll, describe, expect, it } from 'vitest';
import { annualReport } from '../../templates/annual-report/schema.ts';
import { corpusUrl, hailin, huaian, tableCells } from './fixtures.ts';
import { flattenTables, huaianPage } from './page-shapes.ts';

const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'nianbao-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const nianbao = (args: string[], input?: string | Buffer) =>
  spawnSync('node', ['bin/nianbao.js', ...args], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });

describe('nianbao import', () => {
  it('prints the report JSON on stdout and the check errors of the 海林 page on stderr, exit 0', () => {
    const run = nianbao(['import', corpusUrl(hailin.page).pathname]);
    expect(run.status).toBe(0);
    const report = annualReport.parse(JSON.parse(run.stdout));
    expect(tableCells(report)).toEqual(tableCells(hailin.example()));
    expect(run.stderr).toContain('格式版本 2019');
    expect(run.stderr).toContain('requests.balance');
    expect(run.stderr).toMatch(/法律服务机构/);
    expect(run.stderr).toMatch(/must equal/);
    // Printed as every command prints a finding: the numbers compared on the rule's line.
    expect(run.stderr).toMatch(/^error\s+requests\.\S+\s+\$\.requests\.\S+\s+expected \d+, found \d+$/m);
  });

  it('reads standard input for - and writes --out, forcing a format version on request', () => {
    const out = join(work, 'huaian.json');
    const run = nianbao(['import', '-', '--out', out, '--format-version', '2021'], readFileSync(corpusUrl(huaian.page)));
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('option');
    expect(tableCells(annualReport.parse(JSON.parse(readFileSync(out, 'utf8'))))).toEqual(tableCells(huaian.example()));
  });

  it('exits 1 when a table could not be read completely, with the findings as JSON beside --out', () => {
    const out = join(work, 'flat.json');
    const run = nianbao(['import', '-', '--out', out], flattenTables(huaianPage(), ''));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('import.digits-ambiguous');
    expect(run.stderr).toMatch(/Some table cells could not be read/);
    annualReport.parse(JSON.parse(readFileSync(out, 'utf8')));
    const sidecar = JSON.parse(readFileSync(join(work, 'flat.findings.json'), 'utf8'));
    expect(sidecar.findings.map((f: { rule: string }) => f.rule)).toContain('import.digits-ambiguous');
    expect(sidecar.detected).toMatchObject({ formatVersion: '2021', input: 'text' });
  });

  it('imports a page whose tables are all lost with exit 1, and validate refuses the all-blank result', () => {
    const out = join(work, 'blank.json');
    const page = huaianPage().split('\n').filter((line) => !line.startsWith('|')).join('\n');
    expect(nianbao(['import', '-', '--out', out], page).status).toBe(1);
    const validate = nianbao(['validate', out]);
    expect(validate.status).toBe(1);
    for (const section of ['proactive', 'requests', 'review']) expect(validate.stdout + validate.stderr).toMatch(new RegExp(`section\\.no-numbers\\s+\\$\\.${section}`));
  });

  it('writes the findings to --findings, and exits 0 with no sidecar needed when every table was read', () => {
    const findings = join(work, 'huaian-findings.json');
    const run = nianbao(['import', corpusUrl(huaian.page).pathname, '--findings', findings]);
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(findings, 'utf8')).findings.map((f: { rule: string }) => f.rule)).toContain('import.date-missing');
  });

  it('refuses a page of 600 tables of merged cells (exit 2), the cells counted before any is expanded', () => {
    const row = `<tr>${'<td colspan=100 rowspan=100>x</td>'.repeat(9)}</tr>`;
    const page = `<html><body><h1>淮安市人民政府2024年政府信息公开工作年度报告</h1>${`<table>${row}</table>`.repeat(600)}</body></html>`;
    expect(page.length).toBeGreaterThan(190_000);
    const run = nianbao(['import', '-'], page);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/超过 50000 个单元格.*more than 50000 cells/);
  });

  it.each([
    ['a missing file', ['import', join(work, 'nothing.txt')], undefined, /无法读取 .*nothing\.txt：文件不存在。 \/ Cannot read .*nothing\.txt: no such file\./],
    ['a directory', ['import', work], undefined, /这是一个目录.*it is a directory/],
    ['a page without a title', ['import', '-'], '一、总体情况\n', /未找到报告标题.*No report title/],
    ['binary bytes', ['import', '-'], Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]), /不是文本.*not text/],
    ['an unknown format version', ['import', 'x.txt', '--format-version', '2020'], undefined, /2019、2021 或 auto/],
    ['no file at all', ['import'], undefined, /usage: nianbao import/],
    ['an --out that cannot be written', ['import', corpusUrl(huaian.page).pathname, '--out', join(work, 'no/such/dir.json')], undefined, /Cannot write.*ENOENT/],
  ])('exits 2 with one bilingual sentence for %s', (_name, args, input, message) => {
    const run = nianbao(args, input);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('pipes into `nianbao render -`: the imported numbers are in the PDF', () => {
    const page = corpusUrl(huaian.page).pathname;
    const out = join(work, 'pdf');
    const shell = `node bin/nianbao.js import ${JSON.stringify(page)} | node bin/nianbao.js render - --format pdf --out ${JSON.stringify(out)}`;
    const run = spawnSync('sh', ['-c', shell], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    const [pdf] = readdirSync(out);
    expect(pdf).toMatch(/\.pdf$/);
    const doc = mupdf.Document.openDocument(readFileSync(join(out, pdf ?? '')), 'application/pdf');
    const text = Array.from({ length: doc.countPages() }, (_, i) => doc.loadPage(i).toStructuredText('preserve-whitespace').asText()).join('').replace(/\s+/g, '');
    for (const figure of ['3985758', '96171.6', '447228', '3119']) expect(text).toContain(figure);
  }, 120_000);
});
