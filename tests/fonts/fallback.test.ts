/**
 * A deployer's fallback face: characters the role's faces lack but the fallback has are
 * not reported, and are drawn with the fallback face in the PDF.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/model/document.ts';
import { readPdf } from '../render/pdf/read-pdf.ts';

const systemFace = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
let renderer: typeof import('../../src/render/pdf/index.ts').pdfRenderer;

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'nianbao-fonts-'));
  const config = JSON.parse(readFileSync(new URL('../../fonts/fonts.json', import.meta.url), 'utf8'));
  config.pdf.faces.symbols = { file: 'DejaVuSans.ttf' };
  config.pdf.roles.fallback = 'symbols';
  writeFileSync(join(folder, 'fonts.json'), JSON.stringify(config));
  copyFileSync(systemFace, join(folder, 'DejaVuSans.ttf'));
  process.env.NIANBAO_FONTS_DIR = folder;
  ({ pdfRenderer: renderer } = await import('../../src/render/pdf/index.ts'));
});

const doc = (text: string): DocumentModel => ({
  layout: 'official',
  metadata: { title: 't', author: 'a', subject: 's', keywords: [], language: 'zh-CN', date: '2025-01-24' },
  pageNumbers: false,
  blocks: [{ type: 'paragraph', text }],
});

describe('a configured fallback face', () => {
  it('stops reporting what it can draw, and still reports what it cannot', () => {
    expect(renderer.preflight(doc('棋子♔与笑脸😀'))).toEqual([]);
    expect(renderer.preflight(doc('罕见字𰀀')).map((f) => f.found)).toEqual(['U+30000']);
  });

  it('draws those characters with the fallback face, the rest with the body face', async () => {
    const bytes = await renderer.render(doc('棋子♔与笑脸😀'));
    const chars = readPdf(bytes).pages.flatMap((page) => page.lines.flatMap((line) => line.chars));
    const faces = chars.map((char) => char.font.split('+')[1]);
    // 棋 子 ♔ 与 笑 脸 😀 (mupdf reports the emoji's code point imperfectly; pdftotext reads it).
    expect(faces).toEqual(['NotoSerifSC-Regular', 'NotoSerifSC-Regular', 'DejaVuSans', 'NotoSerifSC-Regular', 'NotoSerifSC-Regular', 'NotoSerifSC-Regular', 'DejaVuSans']);
    const file = join(mkdtempSync(join(tmpdir(), 'nianbao-pdf-')), 'fallback.pdf');
    writeFileSync(file, bytes);
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain('棋子♔与笑脸😀');
  });
});
