/**
 * The PDF faces, loaded once per process: each configured .ttf file is read one time,
 * stripped of the layout tables Chinese text does not use (prepared-faces.ts; a face
 * readied at build time is read instead while its source is unchanged, and faces trimmed
 * for a Lambda bundle by scripts/build-fonts.ts are used as read) and parsed once by
 * fontkit, for glyph lookup, measuring and, through face-handles.ts, every PDF.
 *
 * A face may be a core (core-faces.ts: the Lambda bundle's and the CLI bundle's, outlines for
 * the core characters only). Where the process can fetch its whole face (from S3 as
 * `offerWholeFaces` says, or the CLI bundle's file beside the core), the core answers for what
 * the whole face covers, and `loadWholeFaces` puts the whole face in its place for the rest of
 * the process. Each change gives a new map of faces (and each face a new Font), so what is
 * cached per face or per map never mixes a core with its whole face.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Font } from 'fontkit';
import { NianbaoError } from '../errors.ts';
import { facePath, fontConfig, forgetFontConfig, type FontRole } from './config.ts';
import { type CodePointRanges, rangesHold, readWholeCoverage } from './whole-coverage.ts';
import fontkit from './fontkit.cjs';
import { primeCmap } from './cmap-groups.ts';
import { primeLoca } from './loca-table.ts';
import { forgetManifests, preparedFaceFiles, readyFace } from './prepared-faces.ts';

/** The whole face behind a core face: what it covers, and how to fetch it (readied TrueType). */
export type WholeFace = { readonly coverage: CodePointRanges; readonly fetch: () => Promise<Uint8Array> };

export type LoadedFace = {
  readonly id: string;
  readonly path: string;
  readonly font: Font;
  /** Present while the face is a core whose whole face can be fetched. */
  readonly whole?: WholeFace;
};

/** Fetches the whole face of a core face, by face id. */
export type WholeFaceFetchers = ReadonlyMap<string, () => Promise<Uint8Array>>;

let cached: ReadonlyMap<string, LoadedFace> | undefined;
let fetchers: WholeFaceFetchers = new Map();
const loading = new Map<string, Promise<void>>();

/** A whole face could not be fetched: the render may be tried again (503 with Retry-After). */
export class WholeFaceUnavailableError extends NianbaoError {
  override readonly name = 'WholeFaceUnavailableError';
  constructor(id: string, options: { cause: unknown }) {
    super('storage_unavailable', `the whole font face "${id}" could not be fetched`, options);
  }
}

/** A deployment error, said plainly: which face, which file, where to look. */
function readFontFile(id: string, path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (cause) {
    throw new Error(`font face "${id}" in fonts/fonts.json: cannot read ${path} (see fonts/README.md)`, { cause });
  }
}

/**
 * The folder of this module: dist/ for the CLI bundle, whose readied faces lie in dist/faces/
 * (scripts/build-cli.ts); src/fonts/ or a Lambda bundle's folder hold none.
 */
const moduleFolder = dirname(fileURLToPath(import.meta.url));

/** fontkit's parse of a readied face, its loca table and cmap groups read ahead of fontkit (loca-table.ts, cmap-groups.ts). */
function parseFace(file: Uint8Array): Font {
  const font = fontkit.create(readyFace(file));
  primeLoca(font);
  primeCmap(font);
  return font;
}

/**
 * The file each configured face is read from: the core readied beside the bundle while it is
 * current, with its whole face beside it (the CLI's dist/faces/), or the configured file.
 */
const faceFiles = () =>
  Object.entries(fontConfig().pdf.faces).map(([id, source]) => {
    const path = facePath(source);
    const prepared = preparedFaceFiles(moduleFolder, path);
    return { id, path, file: prepared?.core ?? path, wholeFile: prepared?.whole };
  });

/** Every configured face by id, read from disk on the first call only. */
export function loadedFaces(): ReadonlyMap<string, LoadedFace> {
  if (!cached) {
    const faces = new Map<string, LoadedFace>();
    for (const { id, path, file: from, wholeFile } of faceFiles()) {
      const file = readFontFile(id, from);
      const coverage = readWholeCoverage(from);
      const fetch = fetchers.get(id) ?? (wholeFile === undefined ? undefined : () => readFile(wholeFile));
      const whole = coverage && fetch ? { whole: { coverage, fetch } } : {};
      faces.set(id, { id, path, font: parseFace(file), ...whole });
    }
    cached = faces;
  }
  return cached;
}

/**
 * Where the process can fetch whole faces (the render Lambda, from S3): set once at start-up,
 * before the first render. Faces are read again on next use, knowing it.
 */
export function offerWholeFaces(offered: WholeFaceFetchers): void {
  fetchers = offered;
  cached = undefined;
}

/**
 * Forgets everything read from the font files and fonts.json, so the next use reads them
 * again as they are then. The CLI's startup snapshot (src/cli/snapshot.ts) calls it before it
 * is taken: the snapshot then holds compiled code, never a copy of files that may change.
 * What is cached per face (widths, runs, glyphs) is keyed by the faces dropped here.
 */
export function forgetFaceFiles(): void {
  cached = undefined;
  forgetFontConfig();
  forgetManifests();
}

/** Whether `face` can draw `codePoint`: its own cmap, or that of the whole face it can fetch. */
export const faceDraws = (face: LoadedFace, codePoint: number): boolean =>
  face.font.hasGlyphForCodePoint(codePoint) || (face.whole !== undefined && rangesHold(face.whole.coverage, codePoint));

async function loadWhole(id: string): Promise<void> {
  const core = loadedFaces().get(id);
  if (!core?.whole) return;
  let bytes: Uint8Array;
  try {
    bytes = await core.whole.fetch();
  } catch (cause) {
    throw new WholeFaceUnavailableError(id, { cause });
  }
  const whole: LoadedFace = { id, path: core.path, font: parseFace(bytes) };
  cached = new Map([...loadedFaces()].map(([key, face]) => [key, key === id ? whole : face]));
}

/** Puts the whole face in place of each core named (once; a request already fetching it waits for that fetch). */
export async function loadWholeFaces(ids: Iterable<string>): Promise<void> {
  await Promise.all(
    [...new Set(ids)].map((id) => {
      let load = loading.get(id);
      if (!load) {
        load = loadWhole(id).finally(() => loading.delete(id));
        loading.set(id, load);
      }
      return load;
    }),
  );
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
