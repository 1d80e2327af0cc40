/**
 * Issue 10, read off the rendered files of both examples as a reader reads them:
 * `pdftotext -raw` for the merged labels of section 三, mupdf for fonts, glyph positions
 * and pixels (headings, justification, page fill, page 1, the shaded bands of section 二).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Document } from 'mupdf';
import type { DocumentModel, TableBlock, TableCell } from '../../../src/model/document.ts';
import { isCovered } from '../../../src/model/document.ts';
import { linePitch, pageSetups } from '../../../src/model/page-setup.ts';
import { pdfRenderer } from '../../../src/render/pdf/index.ts';
import type { Language } from '../../../src/template.ts';
import { annualReportTemplate } from '../../../templates/annual-report/index.ts';
import { emTop, mm, type PdfLine, type PdfPage, rasterize, readPdf } from './read-pdf.ts';

const groupLabels = ['（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理', '三、本年度办理结果'];
const setup = pageSetups.official;
const textTop = setup.margins.top;
const textBottom = setup.paper.height - setup.margins.bottom;
const squeezed = (text: string) => text.replaceAll(/\s+/g, '');

function build(example: string, lang: Language): DocumentModel {
  const input: unknown = JSON.parse(readFileSync(new URL(`../../../examples/${example}.json`, import.meta.url), 'utf8'));
  return annualReportTemplate.build(annualReportTemplate.schema.parse(input), { lang, layout: 'official', qrUrl: 'https://example.gov.cn/r/1' });
}

/** Each page's text as `pdftotext -raw` gives it: the order the file draws it in. */
function rawPages(bytes: Uint8Array, dir: string, name: string): string[] {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
}

const shownCells = (row: TableBlock['body'][number]) => row.filter((c): c is TableCell => !isCovered(c));

/** For each group label of section 三, the Chinese labels of the rows it spans (its own, if it spans none). */
function groupRows(model: DocumentModel): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const block of model.blocks) {
    if (block.type !== 'table') continue;
    block.body.forEach((row, r) => {
      row.forEach((cell) => {
        if (isCovered(cell) || !groupLabels.includes(cell.content.text)) return;
        const rows = block.body.slice(r, r + (cell.rowSpan ?? 1));
        const labels = rows.map((spanned) => shownCells(spanned).filter((c) => !c.numeric).at(-1)?.content.text ?? '');
        groups.set(cell.content.text, labels);
      });
    });
  }
  return groups;
}

const hasHan = (line: PdfLine) => line.chars.some((c) => /\p{Script=Han}/u.test(c.c));

/** The widest gap between neighbouring glyphs of a line, in em. */
function widestGap(line: PdfLine): number {
  let widest = 0;
  line.chars.forEach((char, i) => {
    const before = line.chars[i - 1];
    if (before && char.c.trim() !== '' && before.c.trim() !== '') widest = Math.max(widest, (char.x - before.right) / char.size);
  });
  return widest;
}

/** The share of a page's text block left empty below its last text (page numbers aside). */
function emptyShare(page: PdfPage): number {
  const text = page.lines.filter((line) => !/^— \d+ —$/.test(line.text.trim()));
  const foot = Math.max(...text.map((line) => mm(line.y + 0.12 * (line.chars[0]?.size ?? 0))));
  return (textBottom - foot) / (textBottom - textTop);
}

const examples = ['huaian-2024', 'hailin-2020'] as const;
const renders = examples.flatMap((example) => (['zh', 'zh-en', 'en'] as const).map((lang) => ({ example, lang })));

describe.each(renders)('$example in $lang', ({ example, lang }) => {
  const model = build(example, lang);
  let dir: string;
  let raw: string[];
  let pages: PdfPage[];
  let document: Document;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-publication-'));
    const bytes = await pdfRenderer.render(model);
    raw = rawPages(bytes, dir, `${example}-${lang}`);
    ({ pages, document } = readPdf(bytes));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.skipIf(lang === 'en').each(groupLabels)('prints 「%s」 whole on every page where its rows appear', (label) => {
    const rows = groupRows(model).get(label);
    expect(rows, 'the model spans rows with this label').toBeDefined();
    const onPages = raw.map(squeezed).filter((page) => (rows ?? []).some((row) => page.includes(squeezed(row))));
    expect(onPages.length).toBeGreaterThan(0);
    for (const page of onPages) expect(page.split(label).length - 1).toBe(1);
  });

  it.skipIf(lang === 'en')('sets 「（一）」 headings in a face other than the body text', () => {
    const heading = model.blocks.find((b) => b.type === 'heading' && b.level === 2);
    expect(heading?.type === 'heading' && heading.content.text).toBeTruthy();
    const text = heading?.type === 'heading' ? heading.content.text : '';
    const lines = pages.flatMap((page) => page.lines);
    const headingLine = lines.find((line) => line.text.trim() === text);
    const bodyLine = lines.find((line) => line.chars.length > 20 && line.chars.every((c) => c.size === setup.bodySize) && hasHan(line));
    expect(headingLine && bodyLine).toBeTruthy();
    const bodyFont = bodyLine?.chars.find((c) => /\p{Script=Han}/u.test(c.c))?.font;
    for (const char of headingLine?.chars ?? []) if (/\p{Script=Han}/u.test(char.c)) expect(char.font).not.toBe(bodyFont);
  });

  it('letter-spaces no line of Chinese text: no gap between glyphs beyond 0.15 em', () => {
    const chinese = pages.flatMap((page) => page.lines).filter((line) => line.chars.every((c) => c.size === setup.bodySize) && hasHan(line));
    expect(chinese.length).toBeGreaterThan(20);
    for (const line of chinese) expect(widestGap(line), line.text).toBeLessThanOrEqual(0.15);
  });

  it('leaves no page but the last more than 35 % empty', () => {
    for (const [i, page] of pages.slice(0, -1).entries()) expect(emptyShare(page), `page ${i + 1}`).toBeLessThanOrEqual(0.35);
  });

  it('sets the title about a quarter down page 1, three lines below the text block top, clear of the QR code', () => {
    const first = pages[0]?.lines.find((line) => line.chars[0]?.size !== undefined && line.chars[0].size > setup.bodySize);
    const char = first?.chars[0];
    expect(char).toBeDefined();
    const expected = textTop + (3 * linePitch(setup)) / (72 / 25.4);
    if (char) expect(Math.abs(mm(emTop(char)) - expected)).toBeLessThan(2);
  });

  it('shades the band rows of section 二 in one table', () => {
    const band = lang === 'en' ? 'Article 20 (1)' : '第二十条第（一）项';
    const at = pages.findIndex((page) => page.lines.some((line) => squeezed(line.text).startsWith(squeezed(band))));
    expect(at).toBeGreaterThanOrEqual(0);
    const line = pages[at]?.lines.find((l) => squeezed(l.text).startsWith(squeezed(band)));
    const dpi = 72;
    const { width, rgba } = rasterize(document, at, dpi);
    // Just right of the band's text, inside its cell: the band's grey, not the page's white.
    const x = Math.round((line?.chars.at(-1)?.right ?? 0) + 20);
    const y = Math.round((line?.y ?? 0) - 3);
    const red = rgba[(y * width + x) * 4] ?? 255;
    expect(red).toBeLessThan(245);
    expect(red).toBeGreaterThan(200);
  });
});

describe('English title', () => {
  it('keeps the agency name on one line and balances the rest', async () => {
    const { pages } = readPdf(await pdfRenderer.render(build('huaian-2024', 'en')));
    const titleLines = (pages[0]?.lines ?? []).filter((line) => (line.chars[0]?.size ?? 0) > setup.bodySize);
    expect(titleLines.map((l) => l.text.trim())[0]).toBe("Huai'an Municipal People's Government");
    const [, second, third] = titleLines.map((l) => (l.chars.at(-1)?.right ?? 0) - (l.chars[0]?.x ?? 0));
    expect(second && third).toBeTruthy();
    if (second && third) expect(Math.min(second, third) / Math.max(second, third)).toBeGreaterThan(0.75);
  });
});
