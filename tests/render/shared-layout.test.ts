/**
 * One source of every layout constant: a change to a shared value in page-setup.ts moves
 * the PDF and the Word file alike. Each case renders the same model twice, before and after
 * the change, and reads the sizes back from the PDF (mupdf) and the .docx XML.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { pageSetups, typesetting, type PageSetup } from '../../src/model/page-setup.ts';
import { docxRenderer } from '../../src/render/docx/index.ts';
import { pdfRenderer } from '../../src/render/pdf/index.ts';
import { attribute, elements, unzip, xmlPart } from './docx/read-docx.ts';
import { model, wideTable } from './pdf/models.ts';
import { readPdf } from './pdf/read-pdf.ts';

const official: PageSetup = pageSetups.official;
const shared = { ...typesetting };
afterEach(() => {
  pageSetups.official = official;
  Object.assign(typesetting, shared);
});

/** Sizes (pt) of the PDF's characters that spell `text` on a line of its own or within one. */
async function pdfSizesOf(text: string): Promise<number[]> {
  const { pages } = readPdf(await pdfRenderer.render(model([wideTable])));
  const lines = pages.flatMap((page) => page.lines).filter((line) => line.text.includes(text));
  return [...new Set(lines.flatMap((line) => line.chars.filter((c) => text.includes(c.c)).map((c) => c.size)))];
}

/** Sizes (pt) of the Word runs whose text is `text`, in the body or a header. */
async function docxSizesOf(text: string): Promise<number[]> {
  const entries = unzip(await docxRenderer.render(model([wideTable])));
  const parts = [...entries.keys()].filter((name) => /^word\/(document|header\d+)\.xml$/.test(name));
  const runs = parts.flatMap((name) => elements(xmlPart(entries, name), 'w:r')).filter((run) => run.includes(`>${text}</w:t>`));
  return [...new Set(runs.map((run) => Number(attribute(run, 'w:sz', 'w:val')) / 2))];
}

describe('a shared layout constant moves PDF and Word alike', () => {
  it('wideTableSize: the figures of a wide table', async () => {
    expect(await pdfSizesOf('1234')).toEqual([official.wideTableSize]);
    expect(await docxSizesOf('1234')).toEqual([official.wideTableSize]);

    pageSetups.official = { ...official, wideTableSize: 7.5 };
    expect(await pdfSizesOf('1234')).toEqual([7.5]);
    expect(await docxSizesOf('1234')).toEqual([7.5]);
  });

  it('qrCaptionSize: the caption beside the QR code', async () => {
    const caption = '扫码阅读本报告';
    expect(await pdfSizesOf(caption)).toEqual([typesetting.qrCaptionSize]);
    expect(await docxSizesOf(caption)).toEqual([typesetting.qrCaptionSize]);

    typesetting.qrCaptionSize = 11;
    expect(await pdfSizesOf(caption)).toEqual([11]);
    expect(await docxSizesOf(caption)).toEqual([11]);
  });
});
