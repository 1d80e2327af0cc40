/** Reads a rendered PDF back with mupdf, as a reader would: characters, lines, pixels. */
import jsqr from 'jsqr';
import * as mupdf from 'mupdf';
import { POINTS_PER_MM } from '../../../src/model/page-setup.ts';

export type PdfChar = {
  readonly c: string;
  /** Baseline origin, in points from the page's top left. */
  readonly x: number;
  readonly y: number;
  readonly size: number;
  /** Font name as embedded, e.g. BZZZZZ+NotoSansSC-Regular. */
  readonly font: string;
  /** Right edge of the glyph's box. */
  readonly right: number;
};

export type PdfLine = { readonly text: string; readonly chars: readonly PdfChar[]; readonly y: number };

export type PdfPage = { readonly width: number; readonly height: number; readonly lines: readonly PdfLine[] };

export const mm = (points: number) => points / POINTS_PER_MM;

/** Top of a character's ideographic em box (0.88 em above the baseline in these faces). */
export const emTop = (char: PdfChar) => char.y - 0.88 * char.size;

/** Characters grouped into lines by baseline, each line sorted left to right. */
function linesOf(chars: PdfChar[]): PdfLine[] {
  const byBaseline = new Map<number, PdfChar[]>();
  for (const char of chars) {
    const key = [...byBaseline.keys()].find((y) => Math.abs(y - char.y) < 1) ?? char.y;
    byBaseline.set(key, [...(byBaseline.get(key) ?? []), char]);
  }
  return [...byBaseline.entries()]
    .sort(([a], [b]) => a - b)
    .map(([y, line]) => {
      const sorted = line.sort((a, b) => a.x - b.x);
      return { y, chars: sorted, text: sorted.map((c) => c.c).join('') };
    });
}

/** A line's words: runs of characters with no visible gap between them. */
export function words(line: PdfLine): string[] {
  const found: string[] = [];
  let current = '';
  line.chars.forEach((char, i) => {
    const before = line.chars[i - 1];
    if (before && char.x - before.right > 1.5) {
      found.push(current);
      current = '';
    }
    if (char.c.trim() !== '') current += char.c;
  });
  if (current !== '') found.push(current);
  return found;
}

export function readPdf(bytes: Uint8Array): { pages: PdfPage[]; document: mupdf.Document } {
  const document = mupdf.Document.openDocument(bytes, 'application/pdf');
  const pages: PdfPage[] = [];
  for (let i = 0; i < document.countPages(); i++) {
    const page = document.loadPage(i);
    const [x0, y0, x1, y1] = page.getBounds();
    const chars: PdfChar[] = [];
    page.toStructuredText('preserve-whitespace').walk({
      onChar(c, origin, font, size, quad) {
        chars.push({ c, x: origin[0], y: origin[1], size, font: font.getName(), right: Math.max(quad[2], quad[6]) });
      },
    });
    pages.push({ width: x1 - x0, height: y1 - y0, lines: linesOf(chars) });
  }
  return { pages, document };
}

/** A page as RGBA pixels at a resolution, for decoding the QR code as a phone would. */
export function rasterize(document: mupdf.Document, pageIndex: number, dpi: number) {
  const scale = dpi / 72;
  const pixmap = document.loadPage(pageIndex).toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceRGB, false);
  const width = pixmap.getWidth();
  const height = pixmap.getHeight();
  const rgb = pixmap.getPixels();
  const rgba = new Uint8ClampedArray(width * height * 4);
  const stride = pixmap.getStride();
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const from = y * stride + x * 3;
      const to = (y * width + x) * 4;
      rgba[to] = rgb[from] ?? 0;
      rgba[to + 1] = rgb[from + 1] ?? 0;
      rgba[to + 2] = rgb[from + 2] ?? 0;
      rgba[to + 3] = 255;
    }
  }
  return { width, height, rgba };
}

// jsqr is CommonJS typed as an ES module: the default import is the decoder itself.
const jsQR = jsqr as unknown as typeof jsqr.default;

/** The QR code on a page, decoded from its pixels at a resolution, as a phone would. */
export function decodeQr(document: mupdf.Document, pageIndex: number, dpi: number) {
  const { width, height, rgba } = rasterize(document, pageIndex, dpi);
  return jsQR(rgba, width, height);
}

/** A straight stroked rule: horizontal (`y` fixed, from `from` to `to` in x) or vertical (`x` fixed). */
export type PdfRule = { readonly axis: 'horizontal' | 'vertical'; readonly at: number; readonly from: number; readonly to: number; readonly width: number };

/**
 * The horizontal and vertical line segments a page strokes (table borders), in points from
 * the page's top left, read by running the page through a mupdf device.
 */
export function rulesOf(document: mupdf.Document, pageIndex: number): PdfRule[] {
  const rules: PdfRule[] = [];
  document.loadPage(pageIndex).run(
    new mupdf.Device({
      strokePath(path, stroke, ctm) {
        const [a, b, c, d, e, f] = ctm;
        const at = (x: number, y: number): [number, number] => [a * x + c * y + e, b * x + d * y + f];
        const width = stroke.getLineWidth() * Math.sqrt(Math.abs(a * d - b * c));
        let last: [number, number] | undefined;
        path.walk({
          moveTo: (x, y) => (last = at(x, y)),
          lineTo: (x, y) => {
            const next = at(x, y);
            if (last && Math.abs(last[1] - next[1]) < 0.01) rules.push({ axis: 'horizontal', at: next[1], from: Math.min(last[0], next[0]), to: Math.max(last[0], next[0]), width });
            else if (last && Math.abs(last[0] - next[0]) < 0.01) rules.push({ axis: 'vertical', at: next[0], from: Math.min(last[1], next[1]), to: Math.max(last[1], next[1]), width });
            last = next;
          },
        });
      },
    }),
    mupdf.Matrix.identity,
  );
  return rules;
}
