/**
 * Cell text centred vertically in its row, as the published tables set it: read from the
 * rendered pixels — the ink of the text against the rules above and below it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model/document.ts';
import { pdfRenderer } from '../../../src/render/pdf/index.ts';
import { model } from './models.ts';
import { type PdfChar, type PdfPage, rasterize, readPdf } from './read-pdf.ts';

const dpi = 288;
const scale = dpi / 72;

const cell = (text: string, extra: object = {}) => ({ content: { text }, ...extra });

/** A wrapped label makes the body row tall; a wrapped header label makes the spanned header tall. */
const table: Block = {
  type: 'table',
  columnWidths: [3, 2, 2],
  header: [
    [cell('分组', { rowSpan: 2 }), cell('数量', { colSpan: 2, align: 'center' }), { covered: true }],
    [{ covered: true }, cell('本年制发的规范性文件与规章数量'), cell('本年废止')],
  ],
  body: [
    [cell('依法应当主动公开的规章、规范性文件及其解读材料与政策问答'), cell('4711', { numeric: true }), cell('86', { numeric: true })],
    [cell('行政许可'), cell('3985', { numeric: true }), cell('12', { numeric: true })],
  ],
};

type Raster = ReturnType<typeof rasterize>;
let page: PdfPage;
let raster: Raster;

beforeAll(async () => {
  const bytes = await pdfRenderer.render(model([table], { qr: false }));
  const read = readPdf(bytes);
  page = read.pages[0] as PdfPage;
  raster = rasterize(read.document, 0, dpi);
});

const dark = (x: number, y: number) => (raster.rgba[(Math.round(y * scale) * raster.width + Math.round(x * scale)) * 4] ?? 255) < 128;

/** The characters of a word as drawn, in reading order. */
function charsOf(word: string): PdfChar[] {
  const line = page.lines.find((l) => l.text.includes(word));
  const at = line?.text.indexOf(word) ?? -1;
  expect(at, word).toBeGreaterThanOrEqual(0);
  return (line?.chars ?? []).slice(at, at + [...word].length);
}

/** Vertical centre of the ink of some characters, in points from the page top. */
function inkCentre(chars: readonly PdfChar[]): number {
  const [first, last] = [chars[0], chars.at(-1)];
  if (!first || !last) throw new Error('no characters');
  const rows: number[] = [];
  for (let y = first.y - first.size; y < first.y + first.size / 2; y += 1 / scale) {
    for (let x = first.x; x < last.right; x += 1 / scale) {
      if (dark(x, y)) {
        rows.push(y);
        break;
      }
    }
  }
  return ((rows[0] ?? Number.NaN) + (rows.at(-1) ?? Number.NaN)) / 2;
}

/** The nearest rules above and below a point, scanning a column of pixels clear of text. */
function rulesAround(x: number, y: number): { top: number; bottom: number } {
  let top = y;
  while (top > 0 && !dark(x, top)) top -= 1 / scale;
  let bottom = y;
  while (bottom < page.height && !dark(x, bottom)) bottom += 1 / scale;
  return { top, bottom };
}

describe('vertical centring of table cells', () => {
  it('centres a number in a row made tall by a wrapped label', () => {
    const digits = charsOf('4711');
    const centre = inkCentre(digits);
    // Left of the centred number, inside its cell: only the row's rules are drawn there.
    const { top, bottom } = rulesAround((digits[0]?.x ?? 0) - 4, centre);
    expect(bottom - top, 'the label wraps: the row is several lines tall').toBeGreaterThan(3 * 10.5);
    expect(Math.abs(centre - (top + bottom) / 2)).toBeLessThan(1.5);
  });

  it('centres a one-line label in a row as tall as its wrapped header neighbour', () => {
    const label = charsOf('本年废止');
    const centre = inkCentre(label);
    const { top, bottom } = rulesAround((label.at(-1)?.right ?? 0) + 3, centre);
    expect(bottom - top).toBeGreaterThan(2 * 10.5);
    expect(Math.abs(centre - (top + bottom) / 2)).toBeLessThan(1.5);
  });

  it('centres a header label spanning two rows in the height of both', () => {
    const label = charsOf('分组');
    const centre = inkCentre(label);
    const { top, bottom } = rulesAround((label.at(-1)?.right ?? 0) + 3, centre);
    // Both header rows: 「数量」 over the wrapped label beside it.
    expect(bottom - top).toBeGreaterThan(3 * 10.5);
    expect(Math.abs(centre - (top + bottom) / 2)).toBeLessThan(1.5);
  });
});
