/**
 * The file as a whole: embedded font subsets, metadata, the QR code a phone can scan,
 * and byte-identical output for the same model.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfRenderer } from '../../../src/render/pdf/index.ts';
import { typesetting } from '../../../src/model/page-setup.ts';
import { headings, model, pureChinese, qrUrl, spannedTable } from './models.ts';
import { decodeQr, emTop, mm, rasterize, readPdf } from './read-pdf.ts';

const document = model([...headings, { type: 'paragraph', text: pureChinese(300) }, spannedTable]);
let bytes: Uint8Array;
let file: string;

beforeAll(async () => {
  bytes = await pdfRenderer.render(document);
  file = join(mkdtempSync(join(tmpdir(), 'nianbao-pdf-')), 'document.pdf');
  writeFileSync(file, bytes);
});

describe('the PDF file', () => {
  it('embeds every font, as a subset', () => {
    const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) {
      const [name, ...rest] = row.split(/\s+/);
      expect(name).toMatch(/^[A-Z]{6}\+/);
      expect(rest.slice(-5, -3), row).toEqual(['yes', 'yes']);
    }
  });

  it('carries title, author, subject, keywords, language and the publication date', () => {
    const info = execFileSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+淮安市人民政府2024年政府信息公开工作年度报告/);
    expect(info).toMatch(/Author:\s+淮安市人民政府/);
    expect(info).toMatch(/Subject:\s+政府信息公开工作年度报告/);
    expect(info).toMatch(/Keywords:\s+政府信息公开, 年度报告, 2024/);
    expect(info).toMatch(/CreationDate:\s+2025-01-24T00:00:00Z/);
    expect(info).toMatch(/ModDate:\s+2025-01-24T00:00:00Z/);
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/Lang \(zh-CN\)/);
    expect(info).toMatch(/PDF version:\s+1\.7/);
  });

  it('refuses a model whose date is not an ISO date, rather than stamping the render time', async () => {
    const undated = { ...document, metadata: { ...document.metadata, date: '24/01/2025' } };
    await expect(pdfRenderer.render(undated)).rejects.toThrow(/ISO date/);
  });

  it('is byte-identical when the same model is rendered again', async () => {
    const again = await pdfRenderer.render(document);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('has a QR code on page 1 that decodes, at 150 dpi, to the model’s URL', () => {
    expect(decodeQr(readPdf(bytes).document, 0, 150)?.data).toBe(qrUrl);
  });

  it('prints the code at least 20 mm wide in the top margin, its caption beside it', () => {
    const dpi = 150;
    const { width, rgba } = rasterize(readPdf(bytes).document, 0, dpi);
    const toPixels = (millimetres: number) => Math.round((millimetres / 25.4) * dpi);
    // Dark pixels right of the caption and above the text block: the code itself.
    const dark: { x: number; y: number }[] = [];
    for (let y = 0; y < toPixels(37); y++) {
      for (let x = toPixels(150); x < width; x++) {
        if ((rgba[(y * width + x) * 4] ?? 255) < 128) dark.push({ x, y });
      }
    }
    const side = (values: number[]) => ((Math.max(...values) - Math.min(...values) + 1) / dpi) * 25.4;
    expect(side(dark.map((p) => p.x))).toBeGreaterThanOrEqual(typesetting.qrSize);
    expect(side(dark.map((p) => p.y))).toBeGreaterThanOrEqual(typesetting.qrSize);
    const caption = readPdf(bytes).pages[0]?.lines.find((line) => line.text === '扫码阅读本报告')?.chars[0];
    expect(caption && mm(emTop(caption))).toBeLessThan(37);
    expect(caption && mm(caption.x)).toBeLessThan(150);
  });
});
