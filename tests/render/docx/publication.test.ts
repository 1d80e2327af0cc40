/**
 * The Word file as an agency would publish it, read from its XML: the font table with the
 * official faces' alternates, the face set chosen per render, heading styles by level,
 * shaded band rows, vertical group labels, padded cells and columns wide enough for their
 * labels, and the QR code anchored where the PDF draws it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fontConfig } from '../../../src/fonts/config.ts';
import { mmToPoints } from '../../../src/model/page-setup.ts';
import { qrSidePoints } from '../../../src/model/qr-layout.ts';
import { docxRenderer } from '../../../src/render/docx/index.ts';
import { requestRows } from '../../../templates/annual-report/labels.ts';
import { bandLabels, bandModel } from './band-table.ts';
import { exampleModel } from './fixtures.ts';
import { attribute, elements, textOf, unzip, xmlPart } from './read-docx.ts';

const render = async (options?: Parameters<typeof docxRenderer.render>[1], model = exampleModel('huaian-2024')) =>
  unzip(await docxRenderer.render(model, options));

let official: Map<string, Buffer>;
let portable: Map<string, Buffer>;
beforeAll(async () => {
  official = await render();
  portable = await render({ fonts: 'portable' });
});

const fontEntries = (entries: Map<string, Buffer>) =>
  new Map(elements(xmlPart(entries, 'word/fontTable.xml'), 'w:font').map((font) => [attribute(font, 'w:font', 'w:name')!, font]));

describe('the font table', () => {
  it('has an entry for every face the document names, with panose, character set and signature', () => {
    const entries = fontEntries(official);
    for (const face of Object.values(fontConfig().docx.default)) {
      const entry = entries.get(face);
      expect(entry, face).toBeDefined();
      expect(attribute(entry!, 'w:panose1', 'w:val')).toMatch(/^[0-9A-F]{20}$/);
      expect(attribute(entry!, 'w:charset', 'w:val')).toMatch(/^(86|00)$/);
      expect(attribute(entry!, 'w:sig', 'w:csb0')).toMatch(/^[0-9A-F]{8}$/);
    }
    expect(attribute(entries.get('仿宋_GB2312')!, 'w:charset', 'w:val')).toBe('86');
    expect(attribute(entries.get('Times New Roman')!, 'w:charset', 'w:val')).toBe('00');
  });

  it('names the alternates Word falls back to: 仿宋_GB2312 → 仿宋 → FangSong, 方正小标宋简体 → 宋体, 楷体_GB2312 → 楷体', () => {
    const entries = fontEntries(official);
    const alt = (face: string) => attribute(entries.get(face) ?? '', 'w:altName', 'w:val');
    expect(alt('仿宋_GB2312')).toBe('仿宋');
    expect(alt('仿宋')).toBe('FangSong');
    expect(alt('方正小标宋简体')).toBe('宋体');
    expect(alt('楷体_GB2312')).toBe('楷体');
    expect(alt('楷体')).toBe('KaiTi');
    expect(alt('黑体')).toBe('SimHei');
  });

  it('lists the open faces, and only those with their alternates, for fonts=portable', () => {
    const names = [...fontEntries(portable).keys()];
    expect(names).toEqual(expect.arrayContaining(['Noto Serif SC', 'Noto Sans SC', 'LXGW WenKai', 'Times New Roman']));
    expect(names).not.toContain('仿宋_GB2312');
  });
});

describe('fonts=portable chosen per render', () => {
  it('names the open faces in runs and styles, and the official ones by default', () => {
    const faces = (entries: Map<string, Buffer>) =>
      new Set(elements(xmlPart(entries, 'word/document.xml'), 'w:rFonts').map((f) => attribute(f, 'w:rFonts', 'w:eastAsia')));
    expect([...faces(portable)].sort()).toEqual(['LXGW WenKai', 'Noto Sans SC', 'Noto Serif SC']);
    expect(faces(official)).toContain('仿宋_GB2312');
    expect(faces(official)).not.toContain('Noto Serif SC');
  });
});

describe('headings', () => {
  const styles = () => xmlPart(official, 'word/styles.xml');
  const styleOf = (id: string) => elements(styles(), 'w:style').find((s) => s.includes(`w:styleId="${id}"`))!;

  it('use Word\'s built-in heading styles, one per level, each in its own face', () => {
    const faces = fontConfig().docx.default;
    expect([1, 2, 3].map((level) => attribute(styleOf(`Heading${level}`), 'w:name', 'w:val'))).toEqual(['heading 1', 'heading 2', 'heading 3']);
    expect([1, 2, 3].map((level) => attribute(styleOf(`Heading${level}`), 'w:outlineLvl', 'w:val'))).toEqual(['0', '1', '2']);
    expect(attribute(styleOf('Heading1'), 'w:rFonts', 'w:eastAsia')).toBe(faces.heading1);
    expect(attribute(styleOf('Heading2'), 'w:rFonts', 'w:eastAsia')).toBe(faces.heading2);
    expect(faces.heading2).not.toBe(faces.body);
  });

  it('set 「一、」 in heading 1 and 「（一）」 in heading 2, in faces other than the body\'s', () => {
    const paragraphs = elements(xmlPart(official, 'word/document.xml'), 'w:p');
    const styleOfText = (start: string) => attribute(paragraphs.find((p) => textOf(p).startsWith(start))!, 'w:pStyle', 'w:val');
    expect(styleOfText('一、总体情况')).toBe('Heading1');
    expect(styleOfText('（一）')).toBe('Heading2');
    const run = elements(paragraphs.find((p) => textOf(p).startsWith('（一）'))!, 'w:r')[0]!;
    expect(attribute(run, 'w:rFonts', 'w:eastAsia')).toBe(fontConfig().docx.default.heading2);
  });
});

describe('tables', () => {
  let bandXml: string;
  beforeAll(async () => {
    bandXml = elements(xmlPart(await render({}, bandModel()), 'word/document.xml'), 'w:tbl').find((t) => textOf(t).includes(bandLabels[0]))!;
  });

  it('shade every band row across all columns and keep it with the row it heads', () => {
    const bands = elements(bandXml, 'w:tr').filter((row) => bandLabels.some((label) => textOf(row) === label));
    expect(bands).toHaveLength(3);
    for (const row of bands) {
      const cells = elements(row, 'w:tc');
      expect(cells).toHaveLength(1);
      expect(attribute(cells[0]!, 'w:gridSpan', 'w:val')).toBe('4');
      expect(attribute(cells[0]!, 'w:shd', 'w:fill')).toMatch(/^[0-9A-F]{6}$/);
      expect(attribute(cells[0]!, 'w:shd', 'w:fill')).not.toBe('FFFFFF');
      expect(row).toContain('<w:keepNext/>');
    }
    const plain = elements(bandXml, 'w:tr').filter((row) => !bands.includes(row));
    expect(plain.every((row) => !row.includes('w:shd'))).toBe(true);
  });

  it('pad every cell above, below and at the sides, and give rows room', () => {
    const margins = elements(bandXml, 'w:tblCellMar')[0]!;
    for (const side of ['w:top', 'w:bottom', 'w:left', 'w:right']) expect(Number(attribute(margins, side, 'w:w')), side).toBeGreaterThanOrEqual(40);
    const heights = elements(bandXml, 'w:trHeight').map((h) => Number(attribute(h, 'w:trHeight', 'w:val')));
    expect(heights.every((h) => h >= 1.5 * 10.5 * 20)).toBe(true);
  });

  it('turn the vertical group label upright in one paragraph, merged down its rows', () => {
    const table = elements(xmlPart(official, 'word/document.xml'), 'w:tbl').find((t) => textOf(t).includes(requestRows.outcomes.zh))!;
    const cell = elements(table, 'w:tc').find((c) => textOf(c) === requestRows.outcomes.zh)!;
    expect(attribute(cell, 'w:textDirection', 'w:val')).toBe('tbRl');
    expect(elements(cell, 'w:p')).toHaveLength(1);
    expect(attribute(cell, 'w:vMerge', 'w:val')).toBe('restart');
  });

  it('widen the sub-group column until 「（三）不予公开」 fits on one line', () => {
    const table = elements(xmlPart(official, 'word/document.xml'), 'w:tbl').find((t) => textOf(t).includes(requestRows.outcomes.zh))!;
    const cell = elements(table, 'w:tc').find((c) => textOf(c) === requestRows.notDisclosed.zh)!;
    const width = Number(attribute(cell, 'w:tcW', 'w:w'));
    const padding = elements(table, 'w:tblCellMar')[0]!;
    const inner = width - Number(attribute(padding, 'w:left', 'w:w')) - Number(attribute(padding, 'w:right', 'w:w'));
    expect(inner / 20).toBeGreaterThanOrEqual([...requestRows.notDisclosed.zh].length * 10.5);
  });
});

describe('the QR code', () => {
  it('is anchored to the page where the PDF draws it: right edge on the text block, centred in the top margin', () => {
    const header = [...official.keys()].map((path) => (/^word\/header\d+\.xml$/.test(path) ? xmlPart(official, path) : '')).find((xml) => xml.includes('<wp:anchor'))!;
    const offset = (axis: 'H' | 'V') => Number(/<wp:posOffset>(-?\d+)<\/wp:posOffset>/.exec(elements(header, `wp:position${axis}`)[0]!)![1]) / 12_700;
    expect(attribute(header, 'wp:positionH', 'relativeFrom')).toBe('page');
    expect(attribute(header, 'wp:positionV', 'relativeFrom')).toBe('page');
    const side = Number(attribute(header, 'wp:extent', 'cx')) / 12_700;
    expect(side).toBeGreaterThanOrEqual(mmToPoints(20));
    expect(side).toBe(qrSidePoints(33));
    expect(offset('H') + side).toBeCloseTo(mmToPoints(210 - 26), 0);
    expect(offset('V') * 2 + side).toBeCloseTo(mmToPoints(37), 0);
  });
});
