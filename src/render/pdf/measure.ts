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
 * How many lines a text takes at a width when broken between clreq clusters, as pdfmake
 * breaks it (inlines.ts): a trailing space hangs past the edge, and a cluster wider than
 * the whole width is cut into as many lines as it needs.
 */
export function lineCount(text: string, role: FontRole, size: number, width: number): number {
  return text.split('\n').reduce((total, line) => {
    let lines = 1;
    let used = 0;
    for (const cluster of breakClusters(line)) {
      const visible = textWidth(cluster.trimEnd(), role, size);
      if (used > 0 && used + visible > width) {
        lines += 1;
        used = 0;
      }
      if (visible > width) lines += Math.ceil(visible / width) - 1;
      used += textWidth(cluster, role, size);
    }
    return total + lines;
  }, 0);
}
