/** `nianbao validate` and the command dispatcher, run for real through bin/nianbao.js. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nianbao } from './validate-run.ts';

const scratch = mkdtempSync(join(tmpdir(), 'nianbao-validate-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const file = (name: string, text: string) => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};

describe('nianbao validate', () => {
  it('exits 1 on 海林 2020, naming the 法律服务机构 and 其他 columns of section 三', async () => {
    const { code, stdout, stderr } = await nianbao(['validate', 'examples/hailin-2020.json']);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    for (const column of ['法律服务机构', '其他']) {
      expect(stdout).toContain(`「（七）总计」行「${column}」列：一、本年新收政府信息公开申请数量加二、上年结转`);
      expect(stdout).toContain(`「（七）总计」行「${column}」列：（七）总计应等于`);
    }
    expect(stdout).toContain('column "Legal service providers"');
    expect(stdout).toMatch(/未通过 \/ not valid .*4 error\(s\), 0 warning\(s\)\n$/);
  });

  it('--json prints exactly one JSON document with the findings', async () => {
    const { code, stdout } = await nianbao(['validate', 'examples/hailin-2020.json', '--json']);
    expect(code).toBe(1);
    const document = JSON.parse(stdout);
    expect(Object.keys(document)).toEqual(['valid', 'formatVersion', 'otherHandlingShape', 'findings']);
    expect(document).toMatchObject({ valid: false, formatVersion: '2019', otherHandlingShape: 'one-row' });
    expect(document.findings.map((f: { rule: string; path: string }) => `${f.rule} ${f.path}`)).toEqual([
      'requests.balance $.requests.outcomes.total.legalServices',
      'requests.balance $.requests.outcomes.total.other',
      'requests.outcome-total $.requests.outcomes.total.legalServices',
      'requests.outcome-total $.requests.outcomes.total.other',
    ]);
  });

  it('exits 0 on 淮安 2024, also read from standard input', async () => {
    const plain = await nianbao(['validate', 'examples/huaian-2024.json']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('通过 / valid (format 2021, （六）three-rows) — 0 error(s), 0 warning(s)');
    const piped = await nianbao(['validate', '-', '--json'], readFileSync('examples/huaian-2024.json', 'utf8'));
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.stdout)).toEqual({ valid: true, formatVersion: '2021', otherHandlingShape: 'three-rows', findings: [] });
  });

  it('exits 0 with warnings only, and 1 with schema errors listing every path', async () => {
    const report = JSON.parse(readFileSync('examples/huaian-2024.json', 'utf8'));
    report.requests.outcomes.disclosed.research = null;
    const warned = await nianbao(['validate', file('blank.json', JSON.stringify(report))]);
    expect(warned.code).toBe(0);
    expect(warned.stdout).toContain('warning cell.blank  $.requests.outcomes.disclosed.research');
    report.publishedOn = '2025年1月';
    report.agency.fax = '1';
    const refused = await nianbao(['validate', file('bad.json', JSON.stringify(report)), '--json']);
    expect(refused.code).toBe(1);
    const document = JSON.parse(refused.stdout);
    expect(document.valid).toBe(false);
    expect(document.formatVersion).toBeNull();
    expect(document.findings.map((f: { path: string }) => f.path).sort()).toEqual(['$.agency.fax', '$.publishedOn']);
  });

  it('exits 1 on a character no font can draw, as render does, naming where the input has it', async () => {
    const report = JSON.parse(readFileSync('examples/huaian-2024.json', 'utf8'));
    report.preamble = [{ zh: '本报告依据条例编制。', en: 'Prepared under the Regulations 😀.' }];
    const refused = await nianbao(['validate', file('emoji.json', JSON.stringify(report)), '--json']);
    expect(refused.code).toBe(1);
    const document = JSON.parse(refused.stdout);
    expect(document.valid).toBe(false);
    expect(document.findings).toEqual([expect.objectContaining({ rule: 'font.coverage', severity: 'error', path: '$.preamble[0].en', found: 'U+1F600' })]);
    const plain = await nianbao(['validate', file('emoji.json', JSON.stringify(report))]);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain('U+1F600');
  });

  it('exits 2 with one clear sentence when the file is missing or not JSON', async () => {
    const missing = await nianbao(['validate', join(scratch, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe(`无法读取 ${join(scratch, 'nope.json')}：文件不存在。 / Cannot read ${join(scratch, 'nope.json')}: no such file.\n`);
    const notJson = await nianbao(['validate', file('comma.json', '{\n  "报告": 2019,\n}')]);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toBe('输入不是有效的 JSON（第 3 行第 1 列附近）。 / The input is not valid JSON (near line 3, column 1).\n');
    const page = await nianbao(['validate', file('page.html', '<html>秘密</html>')]);
    expect(page.code).toBe(2);
    expect(page.stderr).toMatch(/^输入不是有效的 JSON.*The input is not valid JSON.*\n$/);
    expect(page.stderr).not.toContain('秘密');
  });

  it('still prints one JSON document under --json when the input is not JSON', async () => {
    const { code, stdout } = await nianbao(['validate', file('empty.json', ''), '--json']);
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toMatchObject({ valid: false, findings: [{ rule: 'input', path: '$' }] });
  });

  it('exits 2 with the usage on an unknown flag or a missing FILE', async () => {
    for (const args of [['validate', 'examples/huaian-2024.json', '--yaml'], ['validate']]) {
      const { code, stderr } = await nianbao(args);
      expect(code).toBe(2);
      expect(stderr).toContain('usage: nianbao validate FILE|- [--json]');
    }
  });
});

describe('nianbao (the dispatcher)', () => {
  it('exits 2 with the usage on an unknown or missing command', async () => {
    for (const args of [['frobnicate'], []]) {
      const { code, stdout, stderr } = await nianbao(args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('usage: nianbao <command> [options]');
      expect(stderr).toContain('nianbao validate FILE|- [--json]');
    }
  });

  it('prints the usage to stdout and exits 0 on --help', async () => {
    const { code, stdout } = await nianbao(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('nianbao schema');
  });

  it('prints a command\'s own usage line, as the top-level help lists it, on --help or -h after the command', async () => {
    const listed = (await nianbao(['--help'])).stdout.split('\n').filter((line) => /^ {2}nianbao [a-z]/.test(line));
    expect(listed.map((line) => line.split(' ')[3])).toEqual(['validate', 'schema', 'import', 'render', 'aggregate']);
    for (const line of listed) {
      const name = line.split(' ')[3] ?? '';
      for (const args of [[name, '--help'], [name, '-h'], [name, 'report.json', '--out', 'x', '-h']]) {
        const { code, stdout, stderr } = await nianbao(args);
        expect({ args, code, stdout, stderr }).toEqual({ args, code: 0, stdout: `usage: ${line.trim()}\n`, stderr: '' });
      }
    }
  });

  it('takes -h after -- as a file name, not a request for help', async () => {
    const { code, stdout, stderr } = await nianbao(['validate', '--', '-h']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Cannot read -h: no such file.');
  });
});
