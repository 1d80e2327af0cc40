/**
 * Faces readied at build time (src/fonts/prepared-faces.ts) are the bytes the loader would
 * make at start, whole and as their core, and are read only while the file they were made from is unchanged.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { facePath, fontConfig } from '../../src/fonts/config.ts';
import { coreFace } from '../../src/fonts/core-faces.ts';
import { preparedFaceFiles, readyFace, writePreparedFaces } from '../../src/fonts/prepared-faces.ts';
import { layoutTables } from '../../src/fonts/sfnt-tables.ts';
import { readWholeCoverage } from '../../src/fonts/whole-coverage.ts';
import { isWoff } from '../../src/fonts/woff.ts';

const folder = mkdtempSync(join(tmpdir(), 'nianbao-prepared-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const tagsOf = (font: Buffer) =>
  Array.from({ length: font.readUInt16BE(4) }, (_, i) => font.toString('latin1', 12 + i * 16, 16 + i * 16));

/** The configured 楷体 (a WOFF) copied into the temporary folder, so its time can be moved. */
function copiedKai(bundle: string): string {
  const kai = fontConfig().pdf.faces[fontConfig().pdf.roles.heading2];
  if (!kai) throw new Error('the default config names a heading2 face');
  const source = join(folder, `${bundle}-source.woff`);
  copyFileSync(facePath(kai), source);
  return source;
}

describe('prepared faces', () => {
  it('writes the face the loader would make, unpacked and trimmed, and finds it while its source is unchanged', () => {
    const bundle = join(folder, 'unchanged');
    const source = copiedKai('unchanged');
    writePreparedFaces(bundle, [{ id: 'kai', path: source }]);
    const prepared = preparedFaceFiles(bundle, source);
    expect(prepared).toEqual({ whole: join(bundle, 'faces', 'kai.ttf'), core: join(bundle, 'faces', 'kai.core.ttf') });
    const bytes = readFileSync(prepared?.whole ?? '');
    expect(isWoff(bytes)).toBe(false);
    expect(tagsOf(bytes).filter((tag) => (layoutTables as readonly string[]).includes(tag))).toEqual([]);
    expect(bytes.equals(readyFace(readFileSync(source)))).toBe(true);
    expect(readyFace(bytes).buffer === bytes.buffer, 'a readied face is used as read, uncopied').toBe(true);
    const { face, wholeCoverage } = coreFace(bytes);
    expect(readFileSync(prepared?.core ?? '').equals(face), 'the core, made from the readied face').toBe(true);
    expect(readWholeCoverage(prepared?.core ?? '')).toEqual(wholeCoverage);
  });

  it('is not used once its source has another modification time or size', () => {
    const bundle = join(folder, 'touched');
    const source = copiedKai('touched');
    writePreparedFaces(bundle, [{ id: 'kai', path: source }]);
    const { mtime } = statSync(source);
    utimesSync(source, mtime, new Date(mtime.getTime() + 1000));
    expect(preparedFaceFiles(bundle, source)).toBeUndefined();
  });

  it('knows nothing of a face it was not built from, nor of a folder without a manifest', () => {
    const bundle = join(folder, 'other');
    writePreparedFaces(bundle, [{ id: 'kai', path: copiedKai('other') }]);
    expect(preparedFaceFiles(bundle, join(folder, 'elsewhere.ttf'))).toBeUndefined();
    expect(preparedFaceFiles(join(folder, 'no-bundle'), copiedKai('none'))).toBeUndefined();
  });
});
