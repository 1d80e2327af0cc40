/**
 * Text widths as pdfkit will draw them, in em units: the sum of each character's glyph
 * advance. The faces carry no layout tables (src/fonts/sfnt-tables.ts), so shaping adds
 * nothing to the advances and need not be run. Widths are cached per face and per role, by
 * text, for the life of the process (clusters repeat: most are one Chinese character).
 */
import { codePointAdvance } from '../../fonts/advance-widths.ts';
import type { FontRole } from '../../fonts/config.ts';
import { type LoadedFace, loadedFaces } from '../../fonts/faces.ts';
import { fontRuns } from '../../fonts/runs.ts';
import { breakClusters, graphemes } from './break-clusters.ts';

/** Widths in em, per parsed face (a core and its whole face apart), then per text. */
const cache = new WeakMap<LoadedFace['font'], Map<string, number>>();
/**
 * Widths in em, per map of faces (faces.ts makes a new one whenever its faces change), per
 * role (its runs of faces summed), then per text: wrapping asks for the same clusters often.
 */
const roleCaches = new WeakMap<ReadonlyMap<string, LoadedFace>, Map<FontRole, Map<string, number>>>();
/** Beyond this many distinct texts a face's or role's cache starts over, bounding memory. */
const cacheLimit = 100_000;

function faceWidthEm(face: LoadedFace, text: string): number {
  let known = cache.get(face.font);
  if (!known) cache.set(face.font, (known = new Map()));
  let width = known.get(text);
  if (width === undefined) {
    if (known.size >= cacheLimit) known.clear();
    let units = 0;
    for (const char of text) units += codePointAdvance(face.font, char.codePointAt(0) ?? 0);
    width = units / face.font.unitsPerEm;
    known.set(text, width);
  }
  return width;
}

/** Width of text in points at a size, drawn in one face, without character spacing. */
export const faceTextWidth = (face: LoadedFace, text: string, size: number): number => faceWidthEm(face, text) * size;

/** Width of text in points at a size, drawn in a role's faces, without character spacing. */
export function textWidth(text: string, role: FontRole, size: number): number {
  const faces = loadedFaces();
  let roleCache = roleCaches.get(faces);
  if (!roleCache) roleCaches.set(faces, (roleCache = new Map()));
  let known = roleCache.get(role);
  if (!known) roleCache.set(role, (known = new Map()));
  let em = known.get(text);
  if (em === undefined) {
    if (known.size >= cacheLimit) known.clear();
    em = 0;
    for (const run of fontRuns(text, role)) em += faceWidthEm(run.face, run.text);
    known.set(text, em);
  }
  return em * size;
}

/**
 * A cluster wider than a whole line cut into pieces that each fit, between graphemes (a
 * character keeps its combining marks), so no glyph passes the edge.
 */
export function fitToWidth(cluster: string, role: FontRole, size: number, width: number): string[] {
  if (textWidth(cluster.trimEnd(), role, size) <= width) return [cluster];
  const pieces: string[] = [];
  let current = '';
  for (const grapheme of graphemes(cluster)) {
    if (current !== '' && textWidth(current + grapheme, role, size) > width) {
      pieces.push(current);
      current = '';
    }
    current += grapheme;
  }
  return current === '' ? pieces : [...pieces, current];
}

/**
 * The lines of a text at a width, broken between clreq clusters (break-clusters.ts): a
 * trailing space hangs past the edge; a cluster wider than the whole width is cut to fit
 * (fitToWidth). `firstWidth`: the text's first line, if indented.
 */
export function wrapLines(text: string, role: FontRole, size: number, width: number, firstWidth = width): string[] {
  const widest = Math.min(width, firstWidth);
  // Advances simply add up (measure.ts has no shaping), so each cluster is measured once.
  const pieces = (cluster: string) => {
    const end = textWidth(cluster.trimEnd(), role, size);
    if (end > widest) return fitToWidth(cluster, role, size, widest).map((piece) => ({ piece, end: textWidth(piece.trimEnd(), role, size) }));
    return [{ piece: cluster, end }];
  };
  let first = true;
  return text.split('\n').flatMap((line) => {
    const lines: string[] = [];
    let current = '';
    let used = 0;
    for (const { piece, end } of breakClusters(line).flatMap(pieces)) {
      const room = first && lines.length === 0 ? firstWidth : width;
      if (current !== '' && used + end > room) {
        lines.push(current.trimEnd());
        current = '';
        used = 0;
      }
      current += piece;
      used += piece.endsWith(' ') ? textWidth(piece, role, size) : end;
    }
    first = false;
    return [...lines, current.trimEnd()];
  });
}

/** How many lines a text takes at a width (see wrapLines). */
export function lineCount(text: string, role: FontRole, size: number, width: number): number {
  return wrapLines(text, role, size, width).length;
}
