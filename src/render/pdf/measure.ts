/**
 * Text widths as pdfkit will draw them, in em units: the sum of each character's glyph
 * advance. The faces carry no layout tables (src/fonts/sfnt-tables.ts), so shaping adds
 * nothing to the advances and need not be run. Widths are cached per face and text for
 * the life of the process (clusters repeat: most are one Chinese character).
 */
import type { FontRole } from '../../fonts/config.ts';
import { fontRuns } from '../../fonts/runs.ts';
import { breakClusters } from './break-clusters.ts';

const cache = new Map<string, number>();
/** Beyond this many distinct entries the cache starts over, bounding memory. */
const cacheLimit = 100_000;

function runWidthEm(faceId: string, text: string, measureEm: () => number): number {
  const key = `${faceId}\u0000${text}`;
  let width = cache.get(key);
  if (width === undefined) {
    if (cache.size >= cacheLimit) cache.clear();
    width = measureEm();
    cache.set(key, width);
  }
  return width;
}

/** Width of text in points at a size, drawn in a role's faces, without character spacing. */
export function textWidth(text: string, role: FontRole, size: number): number {
  let em = 0;
  for (const run of fontRuns(text, role)) {
    const { font } = run.face;
    em += runWidthEm(run.face.id, run.text, () => {
      let units = 0;
      for (const char of run.text) units += font.glyphForCodePoint(char.codePointAt(0) ?? 0).advanceWidth;
      return units / font.unitsPerEm;
    });
  }
  return em * size;
}

/**
 * The lines of a text at a width, broken between clreq clusters as pdfmake breaks it
 * (inlines.ts): a trailing space hangs past the edge; a cluster wider than the whole width
 * gets a line of its own (pdfmake cuts it further, so counting treats it as its lines).
 */
export function wrapLines(text: string, role: FontRole, size: number, width: number): string[] {
  return text.split('\n').flatMap((line) => {
    const lines: string[] = [];
    let current = '';
    let used = 0;
    // Advances simply add up (measure.ts has no shaping), so each cluster is measured once.
    for (const cluster of breakClusters(line)) {
      if (current !== '' && used + textWidth(cluster.trimEnd(), role, size) > width) {
        lines.push(current.trimEnd());
        current = '';
        used = 0;
      }
      current += cluster;
      used += textWidth(cluster, role, size);
    }
    return [...lines, current.trimEnd()];
  });
}

/** How many lines a text takes at a width (see wrapLines). */
export function lineCount(text: string, role: FontRole, size: number, width: number): number {
  return wrapLines(text, role, size, width).reduce(
    (total, line) => total + Math.max(1, Math.ceil(textWidth(line, role, size) / width)),
    0,
  );
}
