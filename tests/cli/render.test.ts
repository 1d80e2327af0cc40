import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as mupdf from 'mupdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxInputBytes } from '../../src/cli/read-input.ts';
import { decodeQr } from '../render/pdf/read-pdf.ts';
import {
  litigationHeading,
  proactiveTables,
  requestColumns,
  requestCornerNote,
  requestRows,
  reviewGroups,
  sections,
} from '../../templates/annual-report/labels.ts';

const root = new URL('../../', import.meta.url).pathname;
const huaianPath = join(root, 'examples/huaian-2024.json');
const hailinPath = join(root, 'examples/hailin-2020.json');
const work = mkdtempSync(join(tmpdir(), 'nianbao-render-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let runs = 0;
/** Runs the real command, as a user would, in a fresh output folder. */
function render(args: string[], input?: string) {
  const out = join(work, `out-${runs++}`);
  const result = spawnSync('node', ['bin/nianbao.js', 'render', ...args, '--out', out], {
    cwd: root, input, encoding: 'utf8', timeout: 60_000,
  });
  const files = existsSync(out) ? readdirSync(out).map((name) => join(out, name)) : [];
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, files };
}

function pdfText(path: string): string {
  const doc = mupdf.Document.openDocument(readFileSync(path), 'application/pdf');
  const pages = Array.from({ length: doc.countPages() }, (_, i) => doc.loadPage(i).toStructuredText('preserve-whitespace').asText());
  return pages.join('\n');
}

/** Whitespace dropped: table cells and long labels may wrap anywhere. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

function tableNumbers(report: Record<string, unknown>): string[] {
  const numbers: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'number') numbers.push(String(v));
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
  };
  [report.proactive, report.requests, report.review].forEach(walk);
  return numbers;
}

describe('nianbao render', () => {
  const huaian = JSON.parse(readFileSync(huaianPath, 'utf8')) as Record<string, unknown>;
  let first: ReturnType<typeof render>;
  let pdf: string | undefined;
  beforeAll(() => {
    first = render([huaianPath, '--base-url', 'https://example.org/nb', '--id', 'abc_123']);
    pdf = first.files.find((f) => f.endsWith('.pdf'));
  });

  it('writes 《…年度报告》.pdf under --out, named by the template, and prints its path and SHA-256', () => {
    expect(first.stderr).toBe('二维码指向 https://example.org/nb/r/abc_123 / the QR code leads to https://example.org/nb/r/abc_123\n');
    expect(first.status).toBe(0);
    expect(pdf?.endsWith('淮安市人民政府2024年政府信息公开工作年度报告.pdf')).toBe(true);
    expect(first.stdout).toMatch(/\.pdf\t[0-9a-f]{64}\n$/);
  });

  it('the PDF text holds every number of the tables, every section heading and the corner note', () => {
    const text = pdfText(pdf!);
    const tokens = new Set(text.match(/-?\d+(?:\.\d+)?/g));
    const missing = tableNumbers(huaian).filter((n) => !tokens.has(n));
    expect(missing).toEqual([]);
    for (const s of Object.values(sections)) expect(squeeze(text)).toContain(squeeze(s.zh));
    expect(squeeze(text)).toContain(squeeze(requestCornerNote.zh));
  });

  it('the first page QR code decodes to --base-url/r/--id', () => {
    const code = decodeQr(mupdf.Document.openDocument(readFileSync(pdf!), 'application/pdf'), 0, 150);
    expect(code?.data).toBe('https://example.org/nb/r/abc_123');
  });

  it('without --base-url: no QR code in the files, and stderr says so', () => {
    const local = render([huaianPath]);
    expect(local.status).toBe(0);
    expect(local.stderr).toBe('未指定 --base-url：文件不带二维码 / no --base-url: the files carry no QR code\n');
    const document = mupdf.Document.openDocument(readFileSync(local.files[0]!), 'application/pdf');
    // The code sits on the first page when there is one; the last page is checked too.
    for (const page of [0, document.countPages() - 1]) expect(decodeQr(document, page, 150)).toBeNull();
  });

  it('reads standard input with -, and the same input gives the same bytes (default id from the input)', () => {
    const a = render([huaianPath]);
    const b = render(['-'], JSON.stringify(huaian, null, 1));
    expect([a.status, b.status]).toEqual([0, 0]);
    expect(readFileSync(b.files[0]!).equals(readFileSync(a.files[0]!))).toBe(true);
  });

  it('--format pdf,docx,html writes all three from one run', () => {
    const all = render([huaianPath, '--format', 'pdf,docx,html', '--layout', 'screen']);
    expect(all.status).toBe(0);
    expect(all.files.map((f) => f.slice(f.lastIndexOf('.'))).sort()).toEqual(['.docx', '.html', '.pdf']);
    expect(all.stdout.trim().split('\n')).toHaveLength(3);
  });

  it('--lang en carries the English section and table labels; zh-en both', () => {
    const en = render([huaianPath, '--lang', 'en']);
    const both = render([huaianPath, '--lang', 'zh-en']);
    const labels = [...Object.values(sections), proactiveTables.item1, requestColumns.naturalPersons,
      requestRows.carriedToNextYear, reviewGroups.litigationDirect, litigationHeading];
    const enText = squeeze(pdfText(en.files[0]!));
    const bothText = squeeze(pdfText(both.files[0]!));
    // The prose stays Chinese where the input has no English, so only headings can be absent.
    for (const heading of Object.values(sections)) expect(enText).not.toContain(squeeze(heading.zh));
    for (const label of labels) {
      expect(enText).toContain(squeeze(label.en));
      expect(bothText).toContain(squeeze(label.zh));
      expect(bothText).toContain(squeeze(label.en));
    }
  });

  it('refuses hailin-2020 for its cross-check errors, naming them in Chinese and English, and renders it when told', () => {
    const refused = render([hailinPath]);
    expect(refused.status).toBe(1);
    expect(refused.files).toEqual([]);
    expect(refused.stderr).toContain('法律服务机构');
    expect(refused.stderr).toMatch(/cross-checks/);
    const forced = render([hailinPath, '--allow-check-failures']);
    expect(forced.status).toBe(0);
    expect(forced.files.map((f) => f.slice(f.lastIndexOf('/') + 1))).toEqual(['海林市人民政府2020年政府信息公开工作年度报告.pdf']);
  });

  it('refuses a character no font can draw, naming its code point', () => {
    const preamble = [{ zh: '本报告😀依据条例编制。' }];
    const result = render(['-'], JSON.stringify({ ...huaian, preamble }));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('U+1F600');
    expect(result.files).toEqual([]);
  });

  it('keeps every file inside --out whatever the agency is called, and says what is wrong with bad input', () => {
    const hostile = { ...huaian, agency: { name: '../../逃逸/机关' } };
    const escaped = render(['-'], JSON.stringify(hostile));
    expect(escaped.status).toBe(0);
    expect(escaped.files).toHaveLength(1);
    const notJson = render(['-'], '{ not json');
    expect([notJson.status, notJson.stderr]).toEqual([2, expect.stringContaining('not valid JSON')]);
    const badFlag = render([huaianPath, '--format', 'odt']);
    expect([badFlag.status, badFlag.stderr]).toEqual([2, expect.stringContaining('--format')]);
  });

  it('reads no more than validate does: input over the limit is refused in one sentence', () => {
    const huge = render(['-'], `${JSON.stringify(huaian)}${' '.repeat(maxInputBytes)}`);
    expect([huge.status, huge.stderr]).toEqual([2, expect.stringContaining('Standard input is larger than 10 MB and was not read.')]);
    expect(huge.files).toEqual([]);
  });
});
