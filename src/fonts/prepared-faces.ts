/**
 * Faces readied ahead of time. Every face is trimmed of its layout tables and glyph names,
 * and a WOFF is unpacked, before fontkit parses it (`readyFace`); at every start that costs ≈ 140 ms for the
 * default faces, most of it inflating the 10 MB 楷体 WOFF. `npm run build` therefore writes
 * each configured face, readied, into the bundle's `faces/` folder with a manifest naming the
 * file it was made from, and the bundle's loader (faces.ts) reads a readied face only while its
 * source still has the size and modification time it had then. A face added to or remapped in
 * fonts/fonts.json, or a font file replaced, is simply read and readied as before.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { layoutTables, postWithoutGlyphNames, rewriteTables } from './sfnt-tables.ts';
import { isWoff, woffToSfnt } from './woff.ts';

/** The folder beside a bundle's modules that holds its readied faces and their manifest. */
const preparedFacesFolder = 'faces';
const manifestName = 'faces.json';

/** A readied face and the source it was made from (path relative to the bundle folder). */
type ManifestEntry = { readonly source: string; readonly size: number; readonly mtimeMs: number; readonly file: string };

const isLayoutTable = (tag: string) => (layoutTables as readonly string[]).includes(tag);

/** The bytes fontkit parses: TrueType (a WOFF unpacked) without the layout tables and glyph names. */
export const readyFace = (file: Uint8Array): Buffer =>
  rewriteTables(isWoff(file) ? woffToSfnt(file) : file, ({ tag, data }) =>
    isLayoutTable(tag) ? null : tag === 'post' ? postWithoutGlyphNames(data) : data,
  );

/** Writes every face readied into `bundleDir/faces/`, with the manifest the loader checks. */
export function writePreparedFaces(bundleDir: string, faces: readonly { readonly id: string; readonly path: string }[]): void {
  const folder = join(bundleDir, preparedFacesFolder);
  mkdirSync(folder, { recursive: true });
  const entries = faces.map(({ id, path }): ManifestEntry => {
    const { size, mtimeMs } = statSync(path);
    const file = `${id}.ttf`;
    writeFileSync(join(folder, file), readyFace(readFileSync(path)));
    return { source: relative(bundleDir, path), size, mtimeMs, file };
  });
  writeFileSync(join(folder, manifestName), `${JSON.stringify(entries, null, 1)}\n`);
}

const manifests = new Map<string, readonly ManifestEntry[]>();

/** The manifest of a bundle folder, read once; none (a source run, a Lambda bundle) is empty. */
function manifestOf(bundleDir: string): readonly ManifestEntry[] {
  let entries = manifests.get(bundleDir);
  if (!entries) {
    try {
      entries = JSON.parse(readFileSync(join(bundleDir, preparedFacesFolder, manifestName), 'utf8')) as ManifestEntry[];
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      entries = [];
    }
    manifests.set(bundleDir, entries);
  }
  return entries;
}

/**
 * The readied copy of the face at `sourcePath`, when the bundle holds one made from that file
 * as it is now (same size and modification time); otherwise undefined.
 */
export function preparedFacePath(bundleDir: string, sourcePath: string): string | undefined {
  const entry = manifestOf(bundleDir).find((e) => resolve(bundleDir, e.source) === sourcePath);
  if (!entry) return undefined;
  const now = statSync(sourcePath, { throwIfNoEntry: false });
  if (now?.size !== entry.size || now.mtimeMs !== entry.mtimeMs) return undefined;
  return join(bundleDir, preparedFacesFolder, entry.file);
}
