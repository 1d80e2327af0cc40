/**
 * What the whole face of a core face (core-faces.ts) covers, read from the small file beside
 * the core: every code point the whole face maps, as ranges. The coverage preflight answers
 * from it, so it decides as the whole face would without fetching it.
 */
import { readFileSync } from 'node:fs';

/** Inclusive code point ranges, ascending and apart. */
export type CodePointRanges = readonly (readonly [number, number])[];

/** The coverage file beside a core face `name.ttf`: `name.whole.json`. */
export const coverageFilePath = (facePath: string): string => facePath.replace(/\.(ttf|woff)$/i, '.whole.json');

/** What the whole face of a core face covers, or undefined when the face at `facePath` is whole. */
export function readWholeCoverage(facePath: string): CodePointRanges | undefined {
  try {
    return JSON.parse(readFileSync(coverageFilePath(facePath), 'utf8')) as CodePointRanges;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Whether `ranges` hold `codePoint` (binary search). */
export function rangesHold(ranges: CodePointRanges, codePoint: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [start, end] = ranges[middle] ?? [0, -1];
    if (codePoint < start) high = middle - 1;
    else if (codePoint > end) low = middle + 1;
    else return true;
  }
  return false;
}
