/**
 * The real example in each language, read back from the file as an agency would check a
 * print: no heading or caption left at a page's foot, no English word cut by a narrow
 * column, no text beyond the text block, and section 三's 总计 row one row tall.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel, Text } from '../../../src/model/document.ts';
import { isCovered } from '../../../src/model/document.ts';
import type { Language } from '../../../src/template.ts';
import { pdfRenderer } from '../../../src/render/pdf/index.ts';
import { paddingY, rule } from '../../../src/render/pdf/table-geometry.ts';
import { annualReportTemplate } from '../../../templates/annual-report/index.ts';
import { mm, type PdfLine, type PdfPage, readPdf } from './read-pdf.ts';

function build(lang: Language): DocumentModel {
  const input: unknown = JSON.parse(readFileSync(new URL('../../../examples/huaian-2024.json', import.meta.url), 'utf8'));
  return annualReportTemplate.build(annualReportTemplate.schema.parse(input), { lang, layout: 'official', qrUrl: 'https://example.gov.cn/r/1' });
}

/** Every text the model prints as a heading or a table caption, with its English beneath. */
const keptTexts = (model: DocumentModel): string[] =>
  model.blocks.flatMap((block) => {
    const texts = (t: Text | undefined) => (t === undefined ? [] : [t.text, ...(t.secondary === undefined ? [] : [t.secondary])]);
    if (block.type === 'heading') return texts(block.content);
    if (block.type === 'table') return texts(block.caption);
    return [];
  });

/** English text of every table cell and caption. */
const tableEnglish = (model: DocumentModel, lang: Language): string[] =>
  model.blocks.flatMap((block) => {
    if (block.type !== 'table') return [];
    const cells = [...block.header, ...block.body].flatMap((row) => row.flatMap((cell) => (isCovered(cell) ? [] : [cell.content])));
    return [...cells, ...(block.caption ? [block.caption] : [])].flatMap((t) => (lang === 'en' ? [t.text] : (t.secondary ?? [])));
  });

/** Latin words, split at spaces and hyphens: a word cut by a line break shows as two. */
const latinWords = (text: string) => text.split(/[\s-]+/).filter((word) => /[A-Za-z]/.test(word));

/** A printed line's words: a visible gap (a cell's rule and padding) also parts words. */
function printedWords(line: PdfLine): string[] {
  const found: string[] = [];
  let current = '';
  line.chars.forEach((char, i) => {
    const before = line.chars[i - 1];
    if (before && char.x - before.right > 1.5) current += ' ';
    current += char.c;
  });
  found.push(...latinWords(current));
  return found;
}

const count = (words: readonly string[]) => words.reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map<string, number>());
const isPageNumber = (line: PdfLine) => /^— \d+ —$/.test(line.text.trim());

describe.each(['zh', 'en', 'zh-en'] as const)('huaian-2024 in %s', (lang) => {
  const model = build(lang);
  let pages: PdfPage[];
  beforeAll(async () => {
    pages = readPdf(await pdfRenderer.render(model)).pages;
  });

  it('leaves no heading or caption as the last text of a page', () => {
    const kept = new Set(keptTexts(model));
    for (const [p, page] of pages.entries()) {
      const body = page.lines.filter((line) => !isPageNumber(line) && mm(line.y) > 37);
      const last = body.at(-1);
      if (p < pages.length - 1) expect(kept.has(last?.text.trim() ?? ''), `page ${p + 1}: ${last?.text}`).toBe(false);
    }
  });

  it('sets no character beyond the left or right edge of the text block', () => {
    for (const char of pages.flatMap((page) => page.lines.flatMap((line) => line.chars))) {
      expect(mm(char.x), char.c).toBeGreaterThan(28 - 0.5);
      expect(mm(char.right), char.c).toBeLessThan(210 - 26 + 0.5);
    }
  });

  it.skipIf(lang === 'zh')('prints every English word of its tables whole, none cut by a column edge', () => {
    const printed = count(pages.flatMap((page) => page.lines.flatMap(printedWords)));
    const expected = count(tableEnglish(model, lang).flatMap(latinWords));
    expect(expected.get('organisations')).toBeGreaterThan(0);
    for (const [word, times] of expected) expect(printed.get(word) ?? 0, word).toBeGreaterThanOrEqual(times);
  });

  it.runIf(lang === 'zh')('centres a merged label in its rows on each page, as published, rather than growing its first row', () => {
    const leaves = /^[1-8]\.(属于|危及|保护|其他法律)/;
    let seen = 0;
    for (const page of pages) {
      const lines = page.lines.map((line) => ({ text: line.text.replaceAll(' ', ''), y: line.y }));
      const label = lines.find((line) => line.text.includes('（三）不予'));
      const rows = lines.filter((line) => leaves.test(line.text.replace(/^.*?(?=[1-8]\.)/, '')));
      if (label === undefined || rows.length < 2) continue;
      seen++;
      expect(label.text).not.toMatch(/[1-8]\.属于/);
      expect(label.y).toBeGreaterThan(rows[0]?.y ?? 0);
      expect(label.y).toBeLessThan(rows.at(-1)?.y ?? 0);
    }
    expect(seen).toBeGreaterThan(0);
  });

  it.runIf(lang === 'zh')('draws the row of （七）总计 one line tall, the next row right below it', () => {
    const lines = pages.flatMap((page) => page.lines);
    const total = lines.findIndex((line) => line.text.includes('（七）总计'));
    const [row, next] = [lines[total], lines[total + 1]];
    expect(next?.text).toContain('四、结转下年度继续办理');
    // One line of 10.5 pt table text (1.35 line height) plus padding and a rule.
    expect((next?.y ?? 0) - (row?.y ?? 0)).toBeLessThan(10.5 * 1.35 + 2 * paddingY + rule + 1);
  });
});
