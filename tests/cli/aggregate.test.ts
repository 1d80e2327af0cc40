/**
 * `nianbao aggregate` as a user runs it (the built bin): two consistent 2024 reports give a
 * JSON whose every section 三 and 四 cell is the members' sum and a PDF that names both
 * agencies and prints the totals; members of another year or format version are refused,
 * exit 1, naming the file that differs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as mupdf from 'mupdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const huaianPath = join(root, 'examples/huaian-2024.json');
const ceshiPath = join(root, 'examples/ceshi-county-2024.json');
const hailinPath = join(root, 'examples/hailin-2020.json');
const work = mkdtempSync(join(tmpdir(), 'nianbao-aggregate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let runs = 0;
function aggregate(args: string[]) {
  const out = join(work, `out-${runs++}`);
  const result = spawnSync('node', ['bin/nianbao.js', 'aggregate', ...args, '--out', out], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  const files = existsSync(out) ? readdirSync(out).map((name) => join(out, name)) : [];
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, files };
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

/** Every number leaf of a tree with its path. */
function leaves(tree: unknown, at = ''): [string, number | null][] {
  if (tree === null || typeof tree === 'number') return [[at, tree]];
  return Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) => leaves(v, `${at}.${k}`));
}

describe('nianbao aggregate huaian-2024 ceshi-county-2024 --name 测试市 --format pdf,json', () => {
  let run: ReturnType<typeof aggregate>;
  beforeAll(() => { run = aggregate([huaianPath, ceshiPath, '--name', '测试市', '--format', 'pdf,json']); }, 120_000);

  it('writes the PDF and the JSON, named by the title', () => {
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.status).toBe(0);
    expect(run.files.map((f) => f.slice(f.lastIndexOf('/') + 1)).sort())
      .toEqual(['测试市2024年政府信息公开工作年度报告汇总.json', '测试市2024年政府信息公开工作年度报告汇总.pdf']);
  });

  it('gives every section 三 and 四 cell as the sum of the members\' cells', () => {
    const data = readJson(run.files.find((f) => f.endsWith('.json'))!);
    const members = [readJson(huaianPath), readJson(ceshiPath)];
    for (const section of ['requests', 'review'] as const) {
      const [first, second] = members.map((m) => new Map(leaves(m[section])));
      const summed = leaves(data[section]);
      expect(summed.length).toBe(first!.size);
      for (const [path, value] of summed) expect(value, `${section}${path}`).toBe(first!.get(path)! + second!.get(path)!);
    }
    expect(data.requests.newlyReceived.total).toBe(3119 + 3159);
    expect(data.members.map((m: { agency: string; included: boolean }) => [m.agency, m.included]))
      .toEqual([['淮安市人民政府', true], ['测试县人民政府', true]]);
  });

  it('leaves a cell blank where a member left it blank, and names that member', () => {
    const data = readJson(run.files.find((f) => f.endsWith('.json'))!);
    expect(data.proactive.item5.licensing.decisions).toBeNull();
    expect(data.blankCells).toEqual([{ path: '$.proactive.item5.licensing.decisions', members: ['测试县人民政府'] }]);
  });

  it('prints a PDF that names both agencies, the summed totals and the note on the blank cell', () => {
    const doc = mupdf.Document.openDocument(readFileSync(run.files.find((f) => f.endsWith('.pdf'))!), 'application/pdf');
    const text = Array.from({ length: doc.countPages() }, (_, i) => doc.loadPage(i).toStructuredText('preserve-whitespace').asText()).join('\n');
    expect(text).toContain('2024年政府信息公开工作年度报告汇总');
    expect(text.replace(/\s/g, '')).toContain('淮安市人民政府');
    expect(text.replace(/\s/g, '')).toContain('测试县人民政府');
    for (const total of ['6278', '6130', '702', '92']) expect(text).toContain(total);
    expect(text.replace(/\s/g, '')).toContain('测试县人民政府未填写，该格不予合计');
  });
});

describe('refusals', () => {
  it('refuses members of another year, exit 1, naming the file', () => {
    const run = aggregate([huaianPath, hailinPath, '--name', '测试市', '--format', 'json']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${hailinPath}: $.year`);
    expect(run.stderr).toContain('的年度为 2020，不是 2024');
    expect(run.files).toEqual([]);
  });

  it('refuses members of another format version of the same year, exit 1', () => {
    const hailin2024 = join(work, 'hailin-as-2024.json');
    writeFileSync(hailin2024, JSON.stringify({ ...readJson(hailinPath), year: 2024 }));
    const run = aggregate([huaianPath, hailin2024, '--name', '测试市', '--format', 'json']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${hailin2024}: $.formatVersion`);
    expect(run.stderr).toContain('采用 2019 版格式，第一份采用 2021 版');
  });

  it('asks for --name, exit 2 with the usage', () => {
    const run = aggregate([huaianPath]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: nianbao aggregate FILE...');
  });
});
