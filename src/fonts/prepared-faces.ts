/**
 * Faces readied ahead of time. Every face is trimmed of its layout tables and glyph names,
 * and a WOFF is unpacked, before fontkit parses it (`readyFace`); at every start that costs ≈ 140 ms for the
 * default faces, most of it inflating the 10 MB 楷体 WOFF. `npm run build` therefore writes
 * each configured face, readied, into the bundle's `faces/` folder — whole, and as its core
 * (core-faces.ts, with the whole face's coverage beside it) — with a manifest naming the file
 * it was made from. The bundle's loader (faces.ts) reads the core, and the whole face only for
 * a report that needs a character outside the core, while the source still has the size and
 * modification time it had then. A face added to or remapped in fonts/fonts.json, or a font
 * file replaced, is simply read and readied as before.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { coreFace } from './core-faces.ts';
import { layoutTables, postWithoutGlyphNames, rewriteTables } from './sfnt-tables.ts';
import { coverageFilePath } from './whole-coverage.ts';
import { isWoff, woffToSfnt } from './woff.ts';

/** The folder beside a bundle's modules that holds its readied faces and their manifest. */
const preparedFacesFolder = 'faces';
const manifestName = 'faces.json';

/** A readied face, whole and as its core, and the source it was made from (path relative to the bundle folder). */
type ManifestEntry = { readonly source: string; readonly size: number; readonly mtimeMs: number; readonly file: string; readonly core: string };

/** The files of a readied face in a bundle's `faces/`. */
export type PreparedFaceFiles = { readonly whole: string; readonly core: string };

const isLayoutTable = (tag: string) => (layoutTables as readonly string[]).includes(tag);

/** The bytes fontkit parses: TrueType (a WOFF unpacked) without the layout tables and glyph names. */
export const readyFace = (file: Uint8Array): Buffer =>
  rewriteTables(isWoff(file) ? woffToSfnt(file) : file, ({ tag, data }) =>
    isLayoutTable(tag) ? null : tag === 'post' ? postWithoutGlyphNames(data) : data,
  );

/** Writes the core of a readied face to `path`, with the whole face's coverage beside it (whole-coverage.ts). */
export function writeCoreFace(readied: Buffer, path: string): void {
  const { face, wholeCoverage } = coreFace(readied);
  writeFileSync(path, face);
  writeFileSync(coverageFilePath(path), `${JSON.stringify(wholeCoverage)}\n`);
}

/** Writes every face readied, whole and as its core, into `bundleDir/faces/`, with the manifest the loader checks. */
export function writePreparedFaces(bundleDir: string, faces: readonly { readonly id: string; readonly path: string }[]): void {
  const folder = join(bundleDir, preparedFacesFolder);
  mkdirSync(folder, { recursive: true });
  const entries = faces.map(({ id, path }): ManifestEntry => {
    const { size, mtimeMs } = statSync(path);
    const [file, core] = [`${id}.ttf`, `${id}.core.ttf`];
    const readied = readyFace(readFileSync(path));
    writeFileSync(join(folder, file), readied);
    writeCoreFace(readied, join(folder, core));
    return { source: relative(bundleDir, path), size, mtimeMs, file, core };
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

/** Forgets the manifests read (see faces.ts `forgetFaceFiles`). */
export function forgetManifests(): void {
  manifests.clear();
}

/**
 * The readied files of the face at `sourcePath`, when the bundle holds them made from that file
 * as it is now (same size and modification time); otherwise undefined.
 */
export function preparedFaceFiles(bundleDir: string, sourcePath: string): PreparedFaceFiles | undefined {
  const entry = manifestOf(bundleDir).find((e) => resolve(bundleDir, e.source) === sourcePath);
  if (!entry) return undefined;
  const now = statSync(sourcePath, { throwIfNoEntry: false });
  if (now?.size !== entry.size || now.mtimeMs !== entry.mtimeMs) return undefined;
  const folder = join(bundleDir, preparedFacesFolder);
  return { whole: join(folder, entry.file), core: join(folder, entry.core) };
}
