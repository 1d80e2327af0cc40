/**
 * Page 1 as the PDF sets it: the title starts `linesAboveTitle` grid lines down the text
 * block. Read in the .docx XML (space before the title) and in LibreOffice's conversion,
 * whose title baseline must lie within one line pitch of nianbao's own PDF.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linePitch, pageSetups } from '../../../src/model/page-setup.ts';
import type { TitleBlock } from '../../../src/model/document.ts';
import { docxRenderer } from '../../../src/render/docx/index.ts';
import { pdfRenderer } from '../../../src/render/pdf/index.ts';
import { readPdf, type PdfPage } from '../pdf/read-pdf.ts';
import { examples, exampleModel } from './fixtures.ts';
import { attribute, elements, textOf, unzip, xmlPart } from './read-docx.ts';
import { convertToPdf } from './libreoffice.ts';

const cases = examples.flatMap((name) => (['zh', 'zh-en'] as const).map((lang) => ({ name, lang, file: `title-${name}-${lang}` })));
const folder = mkdtempSync(join(tmpdir(), 'nianbao-docx-title-'));
const official = pageSetups.official;
const pitch = linePitch(official);

const firstTitleText = (name: (typeof examples)[number], lang: 'zh' | 'zh-en', layout: 'official' | 'screen' = 'official') => {
  const block = exampleModel(name, { lang, layout }).blocks.find((b): b is TitleBlock => b.type === 'title');
  return block!.lines[0]!.text;
};

/** The first title paragraph's space before, in twips (0 when it has none). */
async function spaceBefore(name: (typeof examples)[number], lang: 'zh' | 'zh-en', layout: 'official' | 'screen') {
  const xml = xmlPart(unzip(await docxRenderer.render(exampleModel(name, { lang, layout }))), 'word/document.xml');
  const text = firstTitleText(name, lang, layout);
  const paragraphs = elements(xml, 'w:p');
  const index = paragraphs.findIndex((p) => textOf(p).includes(text));
  expect(index, `a paragraph holds 「${text}」`).toBeGreaterThanOrEqual(0);
  // The title is the first text of the body: nothing above it but (at most) the QR code's paragraph.
  expect(paragraphs.slice(0, index).map(textOf).join('')).not.toMatch(/[\u4e00-\u9fff]/);
  return Number(attribute(paragraphs[index]!, 'w:spacing', 'w:before') ?? 0);
}

/** Baseline of the first line on page 1 set at the title's size, in points from the top. */
function titleBaseline(page: PdfPage): number {
  const line = page.lines.find((l) => l.chars.some((c) => Math.abs(c.size - official.titleSize) < 0.5 && c.c.trim() !== ''));
  expect(line, `a ${official.titleSize} pt line on page 1`).toBeDefined();
  return line!.y;
}

beforeAll(async () => {
  for (const { name, lang, file } of cases) {
    writeFileSync(join(folder, `${file}.docx`), await docxRenderer.render(exampleModel(name, { lang })));
  }
  convertToPdf(folder, cases.map((c) => join(folder, `${c.file}.docx`)));
}, 240_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe.each(cases)('the Word title of $name ($lang)', ({ name, lang, file }) => {
  it('has linesAboveTitle grid lines of space before it in the XML (official), none on screen', async () => {
    expect(official.linesAboveTitle).toBeGreaterThan(0);
    expect(await spaceBefore(name, lang, 'official')).toBe(Math.round(official.linesAboveTitle * pitch * 20));
    expect(pageSetups.screen.linesAboveTitle).toBe(0);
    expect(await spaceBefore(name, lang, 'screen')).toBe(0);
  });

  it("starts in LibreOffice's PDF within one line pitch of nianbao's PDF", async () => {
    const word = titleBaseline(readPdf(readFileSync(join(folder, `${file}.pdf`))).pages[0]!);
    const own = titleBaseline(readPdf(await pdfRenderer.render(exampleModel(name, { lang }))).pages[0]!);
    // Both sit well below the top of the text block, where the title was before.
    const blockTop = official.margins.top * (72 / 25.4);
    expect(own - blockTop).toBeGreaterThan(official.linesAboveTitle * pitch * 0.9);
    expect(Math.abs(word - own), `LibreOffice ${word.toFixed(1)} pt, nianbao ${own.toFixed(1)} pt`).toBeLessThanOrEqual(pitch);
  });
});
