/** The renderer on the real example reports, built by the annual-report template. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../src/model/document.ts';
import { isCovered } from '../../../src/model/document.ts';
import type { Language } from '../../../src/template.ts';
import { pdfRenderer } from '../../../src/render/pdf/index.ts';
import { annualReportTemplate } from '../../../templates/annual-report/index.ts';
import { sections } from '../../../templates/annual-report/labels.ts';
import { decodeQr, type PdfPage, readPdf, words } from './read-pdf.ts';

const qrUrl = 'https://nianbao.example.gov.cn/r/huaian-2024';

function build(example: string, lang: Language): DocumentModel {
  const input: unknown = JSON.parse(readFileSync(new URL(`../../../examples/${example}.json`, import.meta.url), 'utf8'));
  return annualReportTemplate.build(annualReportTemplate.schema.parse(input), { lang, layout: 'official', qrUrl });
}

/** Every figure the model's tables hold, one entry per cell. */
const figures = (model: DocumentModel) =>
  model.blocks.flatMap((block) =>
    block.type === 'table' ? block.body.flatMap((row) => row.flatMap((cell) => (!isCovered(cell) && cell.numeric ? [cell.content.text] : []))) : [],
  );

const countOf = (values: readonly string[]) => values.reduce((counts, v) => counts.set(v, (counts.get(v) ?? 0) + 1), new Map<string, number>());
const allText = (pages: readonly PdfPage[]) => pages.flatMap((page) => page.lines.map((line) => line.text)).join('\n');

describe('huaian-2024 in Chinese', () => {
  const model = build('huaian-2024', 'zh');
  let bytes: Uint8Array;
  let pages: PdfPage[];
  beforeAll(async () => {
    bytes = await pdfRenderer.render(model);
    pages = readPdf(bytes).pages;
  });

  it('needs no character the faces lack', () => {
    expect(pdfRenderer.preflight(model)).toEqual([]);
  });

  it('prints every figure of every table', () => {
    const expected = countOf(figures(model));
    const printed = countOf(pages.flatMap((page) => page.lines.flatMap(words)));
    expect(expected.size).toBeGreaterThan(20);
    for (const [figure, count] of expected) expect(printed.get(figure) ?? 0, figure).toBeGreaterThanOrEqual(count);
  });

  it('carries its QR code to the landing page', () => {
    expect(decodeQr(readPdf(bytes).document, 0, 150)?.data).toBe(qrUrl);
  });

  it('starts no line with closing punctuation', () => {
    for (const line of pages.flatMap((page) => page.lines)) expect('。，、；：？！）》”', line.text).not.toContain(line.text[0] ?? '');
  });

  it('stays under 400 KB', () => {
    expect(bytes.length).toBeLessThan(400 * 1024);
  });
});

describe('huaian-2024 in other languages', () => {
  it('prints the English section labels in `en`, and both in `zh-en`', async () => {
    const english = allText(readPdf(await pdfRenderer.render(build('huaian-2024', 'en'))).pages);
    const both = allText(readPdf(await pdfRenderer.render(build('huaian-2024', 'zh-en'))).pages);
    for (const label of Object.values(sections)) {
      expect(english).toContain(label.en);
      expect(english).not.toContain(label.zh);
      expect(both).toContain(label.en);
      expect(both).toContain(label.zh);
    }
  });
});

describe('hailin-2020 (format version 2019)', () => {
  it('renders every figure of its tables', async () => {
    const model = build('hailin-2020', 'zh');
    expect(pdfRenderer.preflight(model)).toEqual([]);
    const printed = countOf(readPdf(await pdfRenderer.render(model)).pages.flatMap((page) => page.lines.flatMap(words)));
    for (const [figure, count] of countOf(figures(model))) expect(printed.get(figure) ?? 0, figure).toBeGreaterThanOrEqual(count);
  });
});
