/** A face whose file is missing is named in the error, with the path that was tried. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('says which face and which file when a configured font cannot be read', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'nianbao-fonts-'));
  const config = JSON.parse(readFileSync(new URL('../../fonts/fonts.json', import.meta.url), 'utf8'));
  config.pdf.faces.fangsong = { file: 'FangSong_GB2312.ttf' };
  config.pdf.roles.body = 'fangsong';
  writeFileSync(join(folder, 'fonts.json'), JSON.stringify(config));
  process.env.NIANBAO_FONTS_DIR = folder;
  const { loadedFaces } = await import('../../src/fonts/faces.ts');
  expect(() => loadedFaces()).toThrow(`font face "fangsong" in fonts/fonts.json: cannot read ${join(folder, 'FangSong_GB2312.ttf')}`);
});
