/**
 * The Word file read back from its XML: page setup, the section 三 table's spans,
 * page-number footers, the QR code and the core properties, on the real builder's model of
 * the 淮安 2024 report. Fonts are in fonts.test.ts.
 */
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { docxRenderer } from '../../../src/render/docx/index.ts';
import { legalPersonsHeading, requestCornerNote, requesterHeading, requestRows } from '../../../templates/annual-report/labels.ts';
import { exampleModel, QR_URL } from './fixtures.ts';
import { attribute, elements, textOf, unzip, xmlPart } from './read-docx.ts';

/** jsqr is CommonJS typed as ESM: under NodeNext its function is the default export's default. */
const jsQR = jsQRModule.default;
const TWIPS_PER_MM = 72 / 25.4 * 20;

let entries: Map<string, Buffer>;
let documentXml: string;

beforeAll(async () => {
  entries = unzip(await docxRenderer.render(exampleModel('huaian-2024')));
  documentXml = xmlPart(entries, 'word/document.xml');
});

describe('official page setup', () => {
  it('is A4 with GB/T 9704 margins 37/26/35/28 mm within 0.1 mm', () => {
    const sectPr = elements(documentXml, 'w:sectPr')[0]!;
    const mm = (name: string) => Number(attribute(sectPr, 'w:pgMar', name)) / TWIPS_PER_MM;
    expect([mm('w:top'), mm('w:right'), mm('w:bottom'), mm('w:left')].map((v, i) => Math.abs(v - [37, 26, 35, 28][i]!))).toSatisfy(
      (deltas: number[]) => deltas.every((d) => d <= 0.1),
    );
    expect(Number(attribute(sectPr, 'w:pgSz', 'w:w')) / TWIPS_PER_MM).toBeCloseTo(210, 0);
    expect(Number(attribute(sectPr, 'w:pgSz', 'w:h')) / TWIPS_PER_MM).toBeCloseTo(297, 0);
  });

  it('declares a document grid of 22 lines by 28 characters of 16 pt', () => {
    const sectPr = elements(documentXml, 'w:sectPr')[0]!;
    expect(attribute(sectPr, 'w:docGrid', 'w:type')).toBe('linesAndChars');
    const linePitch = Number(attribute(sectPr, 'w:docGrid', 'w:linePitch')) / 20;
    const charPitch = 16 + Number(attribute(sectPr, 'w:docGrid', 'w:charSpace')) / 4096;
    expect((225 / 25.4) * 72 / linePitch).toBeCloseTo(22, 1);
    expect((156 / 25.4) * 72 / charPitch).toBeCloseTo(28, 1);
  });

  it('sets body paragraphs justified with a two-character first-line indent, on the 22-line pitch', () => {
    const body = elements(documentXml, 'w:p').filter((p) => textOf(p).startsWith('2024年，我市坚持'));
    expect(body).toHaveLength(1);
    expect(attribute(body[0]!, 'w:jc', 'w:val')).toBe('both');
    expect(attribute(body[0]!, 'w:ind', 'w:firstLineChars')).toBe('200');
    expect(Number(attribute(body[0]!, 'w:ind', 'w:firstLine'))).toBe(640);
    expect(attribute(body[0]!, 'w:spacing', 'w:lineRule')).toBe('exact');
    expect(Number(attribute(body[0]!, 'w:spacing', 'w:line')) * 22).toBeCloseTo((225 / 25.4) * 72 * 20, -2);
  });

  it('squeezes the Chinese characters of body text so 28 fill a line, and leaves digits alone', () => {
    const body = elements(documentXml, 'w:p').find((p) => textOf(p).startsWith('2024年，我市坚持'))!;
    const runs = elements(body, 'w:r');
    const squeeze = (run: string) => Number(attribute(elements(run, 'w:rPr')[0]!, 'w:spacing', 'w:val') ?? 0) / 20;
    expect(textOf(runs[0]!)).toBe('2024');
    expect(squeeze(runs[0]!)).toBe(0);
    expect(textOf(runs[1]!).startsWith('年，我市')).toBe(true);
    expect((16 + squeeze(runs[1]!)) * 28).toBeLessThanOrEqual((156 / 25.4) * 72);
    expect((16 + squeeze(runs[1]!)) * 28).toBeGreaterThan((156 / 25.4) * 72 - 16);
  });
});

describe('the section 三 table', () => {
  const requestTable = () => elements(documentXml, 'w:tbl').find((t) => textOf(t).includes(requestCornerNote.zh))!;

  it('has a two-level header with spans, repeated on every page', () => {
    const rows = elements(requestTable(), 'w:tr');
    const header = rows.filter((r) => r.includes('<w:tblHeader/>'));
    expect(header.length).toBeGreaterThanOrEqual(2);
    const spanOf = (text: string) => {
      const cell = elements(requestTable(), 'w:tc').find((c) => textOf(c) === text)!;
      return Number(attribute(cell, 'w:gridSpan', 'w:val'));
    };
    expect(spanOf(requesterHeading.zh)).toBe(7);
    expect(spanOf(legalPersonsHeading.zh)).toBe(5);
    expect(rows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
  });

  it('merges the group labels down their rows (vMerge restart, then continue)', () => {
    const rows = elements(requestTable(), 'w:tr');
    const start = rows.findIndex((r) => elements(r, 'w:tc').some((c) => textOf(c) === [...requestRows.outcomes.zh].join('')));
    expect(start).toBeGreaterThan(0);
    const firstCell = (row: string) => elements(row, 'w:tc')[0]!;
    expect(attribute(firstCell(rows[start]!), 'w:vMerge', 'w:val')).toBe('restart');
    const continued = rows.slice(start + 1).filter((r) => /<w:vMerge\/>|<w:vMerge w:val="continue"\/>/.test(firstCell(r)));
    expect(continued.length).toBeGreaterThanOrEqual(20);
    const notDisclosed = rows.find((r) => textOf(r).includes(requestRows.notDisclosed.zh))!;
    expect(attribute(elements(notDisclosed, 'w:tc')[1]!, 'w:vMerge', 'w:val')).toBe('restart');
  });

  it('has fixed column widths in DXA that fill the text block, and every cell a DXA width', () => {
    const table = requestTable();
    expect(attribute(table, 'w:tblLayout', 'w:type')).toBe('fixed');
    const columns = elements(table, 'w:gridCol').map((c) => Number(attribute(c, 'w:gridCol', 'w:w')));
    expect(columns.reduce((a, b) => a + b, 0)).toBe(Math.round((156 / 25.4) * 72 * 20));
    expect(elements(table, 'w:tcW').every((w) => attribute(w, 'w:tcW', 'w:type') === 'dxa')).toBe(true);
    expect(table).not.toMatch(/w:type="pct"/);
  });

  it('right- or centre-aligns numbers as the model says', () => {
    const numberCell = elements(requestTable(), 'w:tc').find((c) => textOf(c) === '3119')!;
    expect(attribute(numberCell, 'w:jc', 'w:val')).toBe('center');
  });
});

describe('page numbers', () => {
  it('are 「— PAGE —」 fields, right on odd pages and left on even ones, with even/odd footers enabled', () => {
    expect(xmlPart(entries, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const sectPr = elements(documentXml, 'w:sectPr')[0]!;
    const rels = xmlPart(entries, 'word/_rels/document.xml.rels');
    const footer = (type: string) => {
      const id = elements(sectPr, 'w:footerReference').map((r) => r).find((r) => r.includes(`w:type="${type}"`))!;
      const target = rels.match(new RegExp(`Id="${attribute(id, 'w:footerReference', 'r:id')}"[^>]*Target="([^"]+)"`))![1];
      return xmlPart(entries, `word/${target}`);
    };
    for (const [type, side] of [['default', 'right'], ['first', 'right'], ['even', 'left']] as const) {
      const xml = footer(type);
      expect(xml).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(xml).toContain('w:fldCharType="begin"');
      expect(textOf(xml)).toBe('—  —');
      expect(attribute(xml, 'w:jc', 'w:val')).toBe(side);
    }
  });
});

describe('QR code and properties', () => {
  it('puts a PNG of the URL, at least 20 mm wide, with its caption in the first page header', () => {
    const header = [...entries.keys()].filter((p) => /^word\/header\d+\.xml$/.test(p)).map((p) => xmlPart(entries, p)).find((x) => x.includes('<w:drawing>'))!;
    expect(Number(attribute(header, 'wp:extent', 'cx')) / 36000).toBeGreaterThanOrEqual(20);
    expect(textOf(header)).toBe('扫码查看本报告');
    const png = PNG.sync.read(entries.get('word/media/image1.png')!);
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(QR_URL);
  });

  it('codes each render its own URL while the PNG is kept per URL, and the kept one gives the same file', async () => {
    const decoded = async (url: string) => {
      const bytes = await docxRenderer.render(exampleModel('huaian-2024', { qrUrl: url }));
      const png = PNG.sync.read(unzip(bytes).get('word/media/image1.png')!);
      return { bytes: Buffer.from(bytes).toString('base64'), url: jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data };
    };
    const other = 'https://nianbao.example.gov.cn/r/docx-test_2';
    const first = await decoded(QR_URL);
    const between = await decoded(other);
    const again = await decoded(QR_URL);
    expect([first.url, between.url, again.url]).toEqual([QR_URL, other, QR_URL]);
    expect(again.bytes).toBe(first.bytes);
  });

  it('carries title, creator (the agency), subject, keywords, language and the publication date', () => {
    const core = xmlPart(entries, 'docProps/core.xml');
    const model = exampleModel('huaian-2024');
    const value = (tag: string) => elements(core, tag)[0]?.replace(/<[^>]+>/g, '');
    expect(value('dc:title')).toBe(model.metadata.title);
    expect(value('dc:creator')).toBe('淮安市人民政府');
    expect(value('dc:subject')).toBe(model.metadata.subject);
    expect(value('cp:keywords')).toContain('淮安市人民政府');
    expect(value('dc:language')).toBe('zh-CN');
    expect(value('dcterms:created')).toBe(`${model.metadata.date}T00:00:00Z`);
    expect(value('dcterms:modified')).toBe(`${model.metadata.date}T00:00:00Z`);
  });
});
