/**
 * `nianbao render` with an agency name at its 200-character limit: the files are written
 * under names within the byte budget, and a folder that cannot be written says why.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { maxFileNameBytes } from '../../templates/annual-report/file-name.ts';

const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'nianbao-long-agency-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const agency = '淮安市人民政府办公室'.repeat(20);
const input = JSON.stringify({ ...JSON.parse(readFileSync(join(root, 'examples/huaian-2024.json'), 'utf8')), agency: { name: agency } });

const render = (out: string) =>
  spawnSync('node', ['bin/nianbao.js', 'render', '-', '--format', 'pdf,docx,html', '--out', out], {
    cwd: root, input, encoding: 'utf8', timeout: 120_000,
  });

describe('an agency name of 200 characters', () => {
  it('renders every format under a file name of at most 240 bytes', () => {
    expect(agency).toHaveLength(200);
    const out = join(work, 'out');
    const run = render(out);
    expect(run.stderr).not.toMatch(/cannot write/);
    expect(run.status).toBe(0);
    const names = readdirSync(out).sort();
    expect(names.map((name) => name.slice(name.lastIndexOf('.')))).toEqual(['.docx', '.html', '.pdf']);
    for (const name of names) {
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(maxFileNameBytes);
      expect(name).toMatch(/^淮安市人民政府办公室.*…2024年政府信息公开工作年度报告\.\w+$/);
    }
  }, 120_000);

  it('names the reason when the output folder cannot be written', () => {
    const file = join(work, 'a-file');
    writeFileSync(file, '');
    const run = render(join(file, 'out'));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/cannot write .* \((ENOTDIR|EEXIST)\)/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);
});
