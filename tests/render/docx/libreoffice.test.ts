/**
 * Conformance: the .docx opened by a real word processor. LibreOffice converts each example
 * to PDF; the PDF must hold every table number, run to within a page of nianbao's own PDF,
 * and carry on its first page a QR code that decodes, as a phone would, to the same URL, at
 * the place nianbao's PDF has it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as mupdf from 'mupdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxRenderer } from '../../../src/render/docx/index.ts';
import { renderers } from '../../../src/render/index.ts';
import { decodeQr } from '../pdf/read-pdf.ts';
import { examples, exampleModel, QR_URL, tableNumbers } from './fixtures.ts';
import { convertToPdf } from './libreoffice.ts';

const cases = examples.flatMap((name) => (['zh', 'zh-en'] as const).map((lang) => ({ name, lang, file: `${name}-${lang}` })));
const folder = mkdtempSync(join(tmpdir(), 'nianbao-docx-lo-'));
let conversionLog = '';

const openPdf = (bytes: Uint8Array) => mupdf.Document.openDocument(bytes, 'application/pdf');
const pdfText = (pdf: mupdf.Document) =>
  Array.from({ length: pdf.countPages() }, (_, i) => pdf.loadPage(i).toStructuredText('preserve-whitespace').asText()).join('\n');

/** How many times each number appears among the PDF's numbers. */
function numberCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const number of text.match(/\d+(?:\.\d+)?/g) ?? []) counts.set(number, (counts.get(number) ?? 0) + 1);
  return counts;
}

beforeAll(async () => {
  for (const { name, lang, file } of cases) {
    writeFileSync(join(folder, `${file}.docx`), await docxRenderer.render(exampleModel(name, { lang })));
  }
  conversionLog = convertToPdf(folder, cases.map((c) => join(folder, `${c.file}.docx`)));
}, 240_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe.each(cases)('LibreOffice opens $file.docx', ({ name, lang, file }) => {
  const converted = () => openPdf(readFileSync(join(folder, `${file}.pdf`)));

  it('and converts it to PDF without an error', () => {
    expect(conversionLog).toContain(`${file}.docx -> `);
    expect(conversionLog).not.toMatch(/error/i);
    expect(converted().countPages()).toBeGreaterThan(0);
  });

  it('and its PDF carries every table number', () => {
    const found = numberCounts(pdfText(converted()));
    const wanted = numberCounts(tableNumbers(exampleModel(name, { lang })).join(' '));
    expect(wanted.size).toBeGreaterThan(5);
    for (const [number, count] of wanted) expect(found.get(number) ?? 0, `${number} × ${count}`).toBeGreaterThanOrEqual(count);
  });

  it("runs to within one page of nianbao's own PDF", async () => {
    const pdf = renderers.pdf;
    expect(pdf, 'the PDF renderer is registered').toBeDefined();
    const own = openPdf(await pdf!.render(exampleModel(name, { lang }))).countPages();
    expect(Math.abs(converted().countPages() - own), `LibreOffice ${converted().countPages()} pages, nianbao ${own}`).toBeLessThanOrEqual(1);
  });

  it('has a first-page QR code that decodes to the same URL (150 dpi), where the PDF has it (within 1 mm)', async () => {
    const word = decodeQr(converted(), 0, 150);
    expect(word?.data).toBe(QR_URL);
    const own = decodeQr(openPdf(await renderers.pdf!.render(exampleModel(name, { lang }))), 0, 150);
    expect(own?.data).toBe(QR_URL);
    const mm = (pixels: number) => (pixels / 150) * 25.4;
    const corners = (code: NonNullable<typeof word>) => [code.location.topLeftCorner, code.location.bottomRightCorner].flatMap((p) => [mm(p.x), mm(p.y)]);
    const [wordCorners, ownCorners] = [corners(word!), corners(own!)];
    wordCorners.forEach((value, i) => expect(Math.abs(value - ownCorners[i]!), `corner coordinate ${i}`).toBeLessThanOrEqual(1));
  });
});
