/**
 * `nianbao import` run as a user runs it: report JSON on stdout (or --out), findings on
 * stderr in both languages, exit 0 when imported and 2 when the page cannot be read; and
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
