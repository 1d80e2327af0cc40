/**
 * The PDF faces, loaded once per process: each configured .ttf file is read one time,
 * stripped of the layout tables Chinese text does not use (prepared-faces.ts; a face
 * readied at build time is read instead while its source is unchanged, and faces trimmed
 * for a Lambda bundle by scripts/build-fonts.ts are used as read) and parsed once by
 * fontkit, for glyph lookup, measuring and, through face-handles.ts, every PDF.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Font } from 'fontkit';
import { facePath, fontConfig, type FontRole } from './config.ts';
import fontkit from './fontkit.cjs';
import { primeLoca } from './loca-table.ts';
import { preparedFacePath, readyFace } from './prepared-faces.ts';

export type LoadedFace = {
  readonly id: string;
  readonly path: string;
  readonly font: Font;
};

let cached: ReadonlyMap<string, LoadedFace> | undefined;

/** Face files read ahead by `prefetchFaces`, by path, until the faces are loaded. */
const readAhead = new Map<string, Buffer>();
let prefetched: Promise<void> | undefined;

/** A deployment error, said plainly: which face, which file, where to look. */
function readFontFile(id: string, path: string): Buffer {
  try {
    return readAhead.get(path) ?? readFileSync(path);
  } catch (cause) {
    throw new Error(`font face "${id}" in fonts/fonts.json: cannot read ${path} (see fonts/README.md)`, { cause });
  }
}

/**
 * The folder of this module: dist/ for the CLI bundle, whose readied faces lie in dist/faces/
 * (scripts/build-cli.ts); src/fonts/ or a Lambda bundle's folder hold none.
 */
const moduleFolder = dirname(fileURLToPath(import.meta.url));

/** The file each configured face is read from: its readied copy while one is current, or its source. */
const faceFiles = () =>
  Object.entries(fontConfig().pdf.faces).map(([id, source]) => {
    const path = facePath(source);
    return { id, path, file: preparedFacePath(moduleFolder, path) ?? path };
  });

/**
 * Reads the face files on libuv's threads, so that a cold start reads them (≈ 56 MB, 25 ms)
 * while it validates the input and builds the model, and resolves once they are in (it never
 * rejects: a file that failed to read is read again by the loader, which reports the error).
 */
export function prefetchFaces(): Promise<void> {
  if (cached) return Promise.resolve();
  prefetched ??= Promise.all(
    faceFiles().map(({ file }) =>
      readFile(file).then(
        (bytes) => void (cached || readAhead.set(file, bytes)),
        () => undefined,
      ),
    ),
  ).then(() => undefined);
  return prefetched;
}

/** Every configured face by id, read from disk on the first call only. */
export function loadedFaces(): ReadonlyMap<string, LoadedFace> {
  if (!cached) {
    const faces = new Map<string, LoadedFace>();
    for (const { id, path, file: from } of faceFiles()) {
      const file = readFontFile(id, from);
      const font = fontkit.create(readyFace(file));
      primeLoca(font);
      faces.set(id, { id, path, font });
    }
    cached = faces;
    readAhead.clear();
  }
  return cached;
}

function face(id: string): LoadedFace {
  const found = loadedFaces().get(id);
  if (!found) throw new Error(`font face ${id} is not configured`);
  return found;
}

/** The face that draws a role. */
export const roleFace = (role: FontRole): LoadedFace => face(fontConfig().pdf.roles[role]);

/** The configured fallback face, if any. */
export function fallbackFace(): LoadedFace | undefined {
  const id = fontConfig().pdf.roles.fallback;
  return id === undefined ? undefined : face(id);
}
