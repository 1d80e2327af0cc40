/**
 * The Word file's QR image (src/render/docx/qr-png.ts), read back by pngjs: every pixel is
 * its module's colour, each module a square of the scale's pixels, and a QR reader decodes
 * the URL from it.
 */
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { qrSymbol } from '../../../src/model/qr-symbol.ts';
import { qrPng } from '../../../src/render/docx/qr-png.ts';

// jsqr is CommonJS: its function is the default export's `default` (as tests/render/docx/document-xml.test.ts reads it).
const jsQR = jsQRModule.default;
const url = 'https://nianbao.example.gov.cn/r/01JDXYZ0123456789ABCDEFGH';

describe('QR PNG', () => {
  it('draws each module as a square of black or white pixels', () => {
    const symbol = qrSymbol(url);
    const image = PNG.sync.read(qrPng(symbol, 8));
    expect([image.width, image.height]).toEqual([symbol.modules * 8, symbol.modules * 8]);
    for (let y = 0; y < image.height; y++) {
      for (let x = 0; x < image.width; x++) {
        const dark = symbol.dark[Math.floor(y / 8) * symbol.modules + Math.floor(x / 8)];
        expect(image.data[(y * image.width + x) * 4]).toBe(dark ? 0 : 255);
      }
    }
  });

  it('decodes to the URL, with a quiet zone around it as the page gives', () => {
    const image = PNG.sync.read(qrPng(qrSymbol(url), 4));
    const pad = 16;
    const side = image.width + 2 * pad;
    const data = new Uint8ClampedArray(side * side * 4).fill(255);
    for (let y = 0; y < image.height; y++) {
      data.set(image.data.subarray(y * image.width * 4, (y + 1) * image.width * 4), ((y + pad) * side + pad) * 4);
    }
    expect(jsQR(data, side, side)?.data).toBe(url);
  });
});
