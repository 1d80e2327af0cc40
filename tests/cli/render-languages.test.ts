/**
 * `nianbao render` run as a user runs it: two languages into one --out folder give two files
 * (the second no longer overwrites the first), `--fonts portable` names the open faces in
 * the Word file, and a face set it does not know is refused with the usage (exit 2).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unzip, xmlPart } from '../render/docx/read-docx.ts';

const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'nianbao-render-lang-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const render = (args: readonly string[]) =>
  spawnSync('node', ['bin/nianbao.js', 'render', 'examples/huaian-2024.json', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });

describe('nianbao render', () => {
  it('writes zh and en renders into one folder under different names, and warns that en lacks English prose', () => {
    const out = join(work, 'both');
    expect(render(['--format', 'docx', '--out', out]).status).toBe(0);
    const en = render(['--format', 'docx', '--lang', 'en', '--out', out]);
    expect(en.status).toBe(0);
    expect(en.stderr).toContain('prose.english-missing');
    expect(readdirSync(out).sort()).toEqual(['淮安市人民政府2024年政府信息公开工作年度报告.docx', '淮安市人民政府2024年政府信息公开工作年度报告.en.docx']);
  });

  it('names the open faces with --fonts portable', () => {
    const out = join(work, 'portable');
    expect(render(['--format', 'docx', '--fonts', 'portable', '--out', out]).status).toBe(0);
    const document = xmlPart(unzip(readFileSync(join(out, '淮安市人民政府2024年政府信息公开工作年度报告.docx'))), 'word/document.xml');
    expect(document).toContain('w:eastAsia="Noto Serif SC"');
    expect(document).not.toContain('仿宋_GB2312');
  });

  it('refuses a face set it does not know, with the usage', () => {
    const refused = render(['--fonts', 'fancy', '--out', join(work, 'never')]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--fonts must be one of official, portable');
  });
});
