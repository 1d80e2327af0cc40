/** Same content, order and languages as the model in every layout; the same model gives the same bytes. */
import { describe, expect, it } from 'vitest';
import { docxRenderer } from '../../../src/render/docx/index.ts';
import { dosDateTime } from '../../../src/render/docx/stable-zip.ts';
import { requestRows, sections } from '../../../templates/annual-report/labels.ts';
import { exampleModel } from './fixtures.ts';
import { attribute, elements, textOf, unzip, xmlPart } from './read-docx.ts';

const documentOf = async (bytes: Uint8Array) => xmlPart(unzip(bytes), 'word/document.xml');
const paragraphTexts = (xml: string) => elements(xml, 'w:p').map(textOf);

describe('determinism', () => {
  it('gives byte-identical files for two renders of the same input, seconds apart', async () => {
    const first = await docxRenderer.render(exampleModel('huaian-2024'));
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const second = await docxRenderer.render(exampleModel('huaian-2024'));
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('dates every zip entry with the publication date, in the local headers and the central directory', async () => {
    const model = exampleModel('hailin-2020');
    const zip = Buffer.from(await docxRenderer.render(model));
    const { date } = dosDateTime(model.metadata.date);
    const stamps = (signature: number, dateOffset: number) => {
      const marker = Buffer.alloc(4);
      marker.writeUInt32LE(signature);
      const found: number[] = [];
      for (let at = zip.indexOf(marker); at >= 0; at = zip.indexOf(marker, at + 4)) found.push(zip.readUInt16LE(at + dateOffset));
      return found;
    };
    const local = stamps(0x04034b50, 12);
    const central = stamps(0x02014b50, 14);
    expect(local.length).toBe(unzip(zip).size);
    expect(new Set([...local, ...central])).toEqual(new Set([date]));
  });
});

describe('languages', () => {
  it('zh-en sets each English label beneath its Chinese one, in the model order', async () => {
    const texts = paragraphTexts(await documentOf(await docxRenderer.render(exampleModel('huaian-2024', { lang: 'zh-en' }))));
    for (const section of Object.values(sections)) {
      const at = texts.indexOf(section.zh);
      expect(at, section.zh).toBeGreaterThan(0);
      expect(texts[at + 1]).toBe(section.en);
    }
    const order = Object.values(sections).map((s) => texts.indexOf(s.zh));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(texts).toContain(`${requestRows.carriedOver.zh}${requestRows.carriedOver.en}`);
  });

  it('en carries the English labels and no Chinese section heading', async () => {
    const texts = paragraphTexts(await documentOf(await docxRenderer.render(exampleModel('huaian-2024', { lang: 'en' }))));
    for (const section of Object.values(sections)) {
      expect(texts).toContain(section.en);
      expect(texts).not.toContain(section.zh);
    }
  });
});

describe('layouts', () => {
  it('screen: 20 mm margins and no document grid; no QR header without a URL', async () => {
    const entries = unzip(await docxRenderer.render(exampleModel('huaian-2024', { layout: 'screen', qrUrl: undefined })));
    const sectPr = elements(xmlPart(entries, 'word/document.xml'), 'w:sectPr')[0]!;
    expect(Number(attribute(sectPr, 'w:pgMar', 'w:top')) / ((72 / 25.4) * 20)).toBeCloseTo(20, 1);
    expect(attribute(sectPr, 'w:docGrid', 'w:type')).toBeUndefined();
    expect(sectPr).not.toContain('<w:titlePg/>');
    expect([...entries.keys()].some((path) => path.startsWith('word/media/'))).toBe(false);
  });

  it('official: the same paragraphs as screen, in the same order', async () => {
    const official = paragraphTexts(await documentOf(await docxRenderer.render(exampleModel('hailin-2020'))));
    const screen = paragraphTexts(await documentOf(await docxRenderer.render(exampleModel('hailin-2020', { layout: 'screen' }))));
    expect(screen.filter(Boolean)).toEqual(official.filter(Boolean));
  });
});
