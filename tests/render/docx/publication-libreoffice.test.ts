/**
 * What a reader of the .docx sees, through LibreOffice's conversion to PDF read back with
 * pdftotext and mupdf: the merged labels of section 三 whole (on one line in zh; one run in
 * `pdftotext -raw` reading order in zh-en, where narrow columns wrap them), the vertical
 * group label as one upright column, headings in faces of their own, and the band rows of
 * section 二 shaded.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxRenderer } from '../../../src/render/docx/index.ts';
import type { DocumentModel } from '../../../src/model/document.ts';
import { requestRows } from '../../../templates/annual-report/labels.ts';
import { rasterize, readPdf, type PdfChar, type PdfLine, type PdfPage } from '../pdf/read-pdf.ts';
import { bandLabels, bandModel } from './band-table.ts';
import { exampleModel, examples } from './fixtures.ts';
import { convertToPdf } from './libreoffice.ts';

const folder = mkdtempSync(join(tmpdir(), 'nianbao-docx-pub-'));
const labelCases = examples.flatMap((name) => (['zh', 'zh-en'] as const).map((lang) => ({ name, lang, file: `${name}-${lang}` })));
const mergedLabels = [requestRows.notDisclosed.zh, requestRows.cannotProvide.zh, requestRows.notProcessed.zh, requestRows.otherHandling.zh];

const files: Record<string, () => DocumentModel> = {
  ...Object.fromEntries(labelCases.map(({ name, lang, file }) => [file, () => exampleModel(name, { lang })])),
  portable: () => exampleModel('hailin-2020'),
  band: bandModel,
};

beforeAll(async () => {
  for (const [file, model] of Object.entries(files)) {
    const options = file === 'portable' ? { fonts: 'portable' as const } : {};
    writeFileSync(join(folder, `${file}.docx`), await docxRenderer.render(model(), options));
  }
  convertToPdf(folder, Object.keys(files).map((file) => join(folder, `${file}.docx`)));
}, 240_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const converted = (file: string) => readPdf(readFileSync(join(folder, `${file}.pdf`)));
/** The text as `pdftotext -raw` reads it, in content-stream order, whitespace dropped. */
const rawText = (file: string) =>
  spawnSync('pdftotext', ['-raw', join(folder, `${file}.pdf`), '-'], { encoding: 'utf8' }).stdout.replace(/\s/g, '');
/** A page's characters in the order they are drawn. */
function drawnChars(file: string, pageIndex: number): PdfChar[] {
  const chars: PdfChar[] = [];
  converted(file).document.loadPage(pageIndex).toStructuredText('preserve-whitespace').walk({
    onChar(c, origin, font, size, quad) {
      chars.push({ c, x: origin[0], y: origin[1], size, font: font.getName(), right: Math.max(quad[2], quad[6]) });
    },
  });
  return chars;
}
const lines = (pages: readonly PdfPage[]) => pages.flatMap((page) => page.lines);
const baseFont = (name: string) => name.replace(/^[A-Z]{6}\+/, '');
const fontsOf = (line: PdfLine) => new Set(line.chars.filter((c) => /\p{Script=Han}/u.test(c.c)).map((c) => baseFont(c.font)));

describe.each(labelCases)('LibreOffice shows the section 三 labels of $file.docx whole', ({ lang, file }) => {
  it.each(mergedLabels)('%s', (label) => {
    const { pages } = converted(file);
    if (lang === 'zh') {
      expect(lines(pages).some((line) => line.text.replace(/\s/g, '').includes(label)), 'on one line').toBe(true);
    } else {
      expect(rawText(file)).toContain(label);
    }
  });
});

describe.each(examples)('LibreOffice sets the group label of %s vertically', (name) => {
  it('as one column of upright characters, in order, nothing between them', () => {
    const file = `${name}-zh`;
    const label = [...requestRows.outcomes.zh];
    expect(rawText(file)).toContain(requestRows.outcomes.zh);
    const runs = converted(file).pages.flatMap((_page, pageIndex) => {
      const chars = drawnChars(file, pageIndex);
      const start = chars.findIndex((_c, i) => label.every((ch, k) => chars[i + k]?.c === ch));
      return start < 0 ? [] : [chars.slice(start, start + label.length)];
    });
    expect(runs, 'the label drawn as one run, once').toHaveLength(1);
    const run = runs[0]!;
    const xs = run.map((c) => c.x);
    expect(Math.max(...xs) - Math.min(...xs), 'one column').toBeLessThan(run[0]!.size * 0.6);
    run.slice(1).forEach((c, i) => {
      expect(c.y - run[i]!.y, 'each character below the one before, about a line apart').toBeGreaterThan(0.8 * c.size);
      expect(c.y - run[i]!.y).toBeLessThan(1.6 * c.size);
    });
  });
});

describe('LibreOffice shows the heading levels in faces of their own (fonts=portable, faces it has)', () => {
  it('「一、」 in the sans face, 「（一）」 in the Kai face, the body in the serif face', () => {
    const all = lines(converted('portable').pages);
    const first = (pattern: RegExp) => all.find((line) => pattern.test(line.text))!;
    expect(fontsOf(first(/^一、总体情况/))).toEqual(new Set(['NotoSansSC-Regular']));
    expect(fontsOf(first(/^（二）依申请公开/))).toEqual(new Set(['LXGWWenKai-Regular']));
    expect(fontsOf(first(/^根据《中华人民共和国政府信息公开条例》/))).toEqual(new Set(['NotoSerifSC-Regular']));
  });
});

describe('LibreOffice shades the band rows', () => {
  it('behind each 「第二十条第（X）项」 and not behind the rows they head', () => {
    const { pages, document } = converted('band');
    const pageIndex = pages.findIndex((page) => page.lines.some((line) => line.text.includes(bandLabels[0])));
    const { width, rgba } = rasterize(document, pageIndex, 72);
    const grey = (x: number, y: number) => {
      const at = (Math.round(y) * width + Math.round(x)) * 4;
      return rgba[at]! < 245 && rgba[at]! > 150 && rgba[at] === rgba[at + 1] && rgba[at + 1] === rgba[at + 2];
    };
    for (const label of bandLabels) {
      const line = pages[pageIndex]!.lines.find((l) => l.text.includes(label))!;
      const right = line.chars.at(-1)!.right;
      expect(grey(right + 20, line.y - 3), `${label}: grey beside the label`).toBe(true);
    }
    const plain = pages[pageIndex]!.lines.find((l) => l.text.startsWith('规章'))!;
    expect(grey(plain.chars.at(-1)!.right + 8, plain.y - 3), 'a data row stays white').toBe(false);
  });
});
