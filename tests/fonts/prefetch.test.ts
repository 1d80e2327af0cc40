/**
 * Faces read ahead (prefetchFaces) are the bytes the loader then parses: once the read-ahead
 * has resolved, the files are not needed again — here a face file removed after it was read
 * ahead still loads, as the same face.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { facePath } from '../../src/fonts/config.ts';

it('loads the faces from what it read ahead', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'nianbao-fonts-'));
  const config = JSON.parse(readFileSync(new URL('../../fonts/fonts.json', import.meta.url), 'utf8'));
  const sans = facePath(config.pdf.faces.sans);
  copyFileSync(sans, join(folder, 'sans.ttf'));
  config.pdf.faces = { sans: { file: 'sans.ttf' } };
  config.pdf.roles = Object.fromEntries(Object.keys(config.pdf.roles).map((role) => [role, 'sans']));
  writeFileSync(join(folder, 'fonts.json'), JSON.stringify(config));
  process.env.NIANBAO_FONTS_DIR = folder;
  const { loadedFaces, prefetchFaces } = await import('../../src/fonts/faces.ts');

  await prefetchFaces();
  rmSync(join(folder, 'sans.ttf'));
  const face = loadedFaces().get('sans');
  expect(face?.font.postscriptName).toBe('NotoSansSC-Regular');
  expect(face?.font.hasGlyphForCodePoint(0x653f)).toBe(true);
  await expect(prefetchFaces()).resolves.toBeUndefined();
});
