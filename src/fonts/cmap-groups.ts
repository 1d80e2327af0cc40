/**
 * A face's character map (format 12, the one fontkit picks for every default face), searched
 * in the file's bytes for fontkit's cmap lookup. fontkit keeps the groups as a lazy array and
 * decodes a group object at every step of every binary search: ≈ 20 ms of a cold start, in the
 * coverage preflight and the first widths and runs. The search here is fontkit's own over the
 * same bytes, so every code point gives fontkit's glyph.
 */
import type { Font } from 'fontkit';

/** The parts of fontkit's cmap processor read here (not in its public types). */
type CmapProcessor = {
  readonly cmap: { readonly version: number; readonly groups: LazyGroups } | null;
  readonly encoding?: unknown;
  lookup(codePoint: number, variationSelector?: number): number;
};
/** restructure's lazy array: `base` is where its items start in the stream's buffer. */
type LazyGroups = { readonly base: number; readonly length: number; readonly stream: { readonly buffer: Uint8Array } };

/**
 * The glyph of a code point in `count` sequential map groups (startCharCode, endCharCode,
 * startGlyphID, 32 bits each) read in place, 0 when none maps it: a binary search over the
 * file's bytes, with nothing decoded ahead.
 */
export function groupsGlyph(groups: DataView, count: number, codePoint: number): number {
  let low = 0;
  let high = count - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = groups.getUint32(mid * 12);
    if (codePoint < start) high = mid - 1;
    else if (codePoint > groups.getUint32(mid * 12 + 4)) low = mid + 1;
    else return groups.getUint32(mid * 12 + 8) + (codePoint - start);
  }
  return 0;
}

/**
 * Gives a freshly parsed face's cmap lookup the search here, when fontkit picked a
 * format-12 subtable; a lookup with a variation selector, or any other format, stays fontkit's.
 */
export function primeCmap(face: Font): void {
  const processor = (face as Font & { readonly _cmapProcessor: CmapProcessor })._cmapProcessor;
  const cmap = processor.cmap;
  if (cmap?.version !== 12 || processor.encoding) return;
  const { stream, base, length } = cmap.groups;
  const groups = new DataView(stream.buffer.buffer, stream.buffer.byteOffset + base, length * 12);
  const fontkitLookup = processor.lookup.bind(processor);
  processor.lookup = (codePoint, variationSelector) =>
    variationSelector ? fontkitLookup(codePoint, variationSelector) : groupsGlyph(groups, length, codePoint);
}
