/**
 * Archival PDF: the file declares PDF/A-2b in its XMP metadata, carries the sRGB output
 * intent PDF/A requires, is marked as tagged with its language, and keeps the XMP dates equal
 * to the Info dates (the publication date), so the same model still gives the same bytes.
 */
import * as mupdf from 'mupdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfRenderer } from '../../../src/render/pdf/index.ts';
import { exampleModel } from '../docx/fixtures.ts';

let bytes: Uint8Array;
let pdf: mupdf.PDFDocument;
beforeAll(async () => {
  bytes = await pdfRenderer.render(exampleModel('huaian-2024'));
  pdf = mupdf.Document.openDocument(bytes, 'application/pdf').asPDF()!;
});

const root = () => pdf.getTrailer().get('Root');
const xmp = () => root().get('Metadata').readStream().asString();

describe('PDF/A-2b', () => {
  it('is declared in the XMP metadata: part 2, conformance B', () => {
    expect(xmp()).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(xmp()).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
  });

  it('has the sRGB output intent with its ICC profile embedded', () => {
    const intent = root().get('OutputIntents').get(0);
    expect(intent.get('S').asName()).toBe('GTS_PDFA1');
    expect(intent.get('OutputConditionIdentifier').asString()).toBe('sRGB IEC61966-2.1');
    const profile = intent.get('DestOutputProfile');
    expect(profile.get('N').asNumber()).toBe(3);
    expect(profile.readStream().asUint8Array().byteLength).toBeGreaterThan(1000);
  });

  it('is marked as tagged and names its language', () => {
    expect(root().get('MarkInfo').get('Marked').asBoolean()).toBe(true);
    expect(root().get('Lang').asString()).toBe('zh-CN');
  });

  it('keeps the XMP title and dates equal to the document information, the publication date', () => {
    expect(xmp()).toContain('<rdf:li xml:lang="x-default">淮安市人民政府2024年政府信息公开工作年度报告</rdf:li>');
    const published = exampleModel('huaian-2024').metadata.date;
    expect(xmp()).toContain(`<xmp:CreateDate>${published}T00:00:00Z</xmp:CreateDate>`);
    expect(pdf.getTrailer().get('Info').get('CreationDate').asString()).toMatch(new RegExp(`^D:${published.replaceAll('-', '')}000000Z`));
  });

  it('embeds every font', () => {
    const text = Buffer.from(bytes).toString('latin1');
    const fontFiles = text.match(/\/FontFile2 /g) ?? [];
    const descriptors = text.match(/\/Type \/FontDescriptor/g) ?? [];
    expect(descriptors.length).toBeGreaterThan(0);
    expect(fontFiles.length).toBe(descriptors.length);
  });

  it('still gives the same bytes for the same model', async () => {
    expect(Buffer.from(await pdfRenderer.render(exampleModel('huaian-2024'))).equals(Buffer.from(bytes))).toBe(true);
  });
});
