/**
 * Text widths as pdfkit will draw them: each font run shaped by fontkit, in em units.
 * Widths are cached per face and text for the life of the process (clusters repeat:
 * most are one Chinese character).
 */
import type { FontRole } from '../../fonts/config.ts';
import { fontRuns } from '../../fonts/runs.ts';

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
    em += runWidthEm(run.face.id, run.text, () => run.face.font.layout(run.text).advanceWidth / run.face.font.unitsPerEm);
  }
  return em * size;
}
