/**
 * The core: the characters the bundles' faces (the render Lambda's, the CLI's) keep outlines
 * for (core-faces.ts). A character outside it is drawn only once the whole face has been
 * fetched or read, so the core holds what Chinese official documents set almost always:
 * GB 2312 (6,763 hanzi and its symbols) and the Latin, punctuation and full-width blocks
 * around them. That is ≈ 21 % of a Noto CJK face's outline bytes; the whole CJK Unified
 * Ideographs block would be 72–80 %.
 */

/** Blocks kept whole, as inclusive code point ranges. */
const coreBlocks: readonly (readonly [number, number])[] = [
  [0x0020, 0x007e], // ASCII
  [0x00a0, 0x00ff], // Latin-1 Supplement
  [0x2000, 0x206f], // General Punctuation
  [0x3000, 0x303f], // CJK Symbols and Punctuation
  [0xff00, 0xffef], // Halfwidth and Fullwidth Forms
];

/** GB 2312's rows: 1–9 symbols, 16–87 hanzi (rows 10–15 and 88–94 are unassigned). */
const gb2312Rows = [
  [0xa1, 0xa9],
  [0xb0, 0xf7],
] as const;

const isPrivateUse = (codePoint: number) => codePoint >= 0xe000 && codePoint <= 0xf8ff;

/**
 * Every character of GB 2312, decoded by the platform's GB 18030 decoder (a superset) from
 * each double-byte code: no table is shipped. GB 18030 puts the codes GB 2312 leaves unassigned
 * in private use, which is skipped; it gives a dozen of them characters of its own (ⅰ…ⅹ),
 * which the core keeps too.
 */
function gb2312(): number[] {
  const decoder = new TextDecoder('gb18030', { fatal: true });
  const codePoints: number[] = [];
  for (const [first, last] of gb2312Rows) {
    for (let row = first; row <= last; row++) {
      for (let cell = 0xa1; cell <= 0xfe; cell++) {
        const decoded = decoder.decode(Uint8Array.of(row, cell));
        const codePoint = decoded.codePointAt(0) ?? 0;
        if ([...decoded].length === 1 && !isPrivateUse(codePoint) && codePoint !== 0xfffd) codePoints.push(codePoint);
      }
    }
  }
  return codePoints;
}

let core: ReadonlySet<number> | undefined;

/** The core's code points: the one definition the build and the tests use. */
export function coreCodePoints(): ReadonlySet<number> {
  if (!core) {
    const all = new Set(gb2312());
    for (const [first, last] of coreBlocks) for (let codePoint = first; codePoint <= last; codePoint++) all.add(codePoint);
    core = all;
  }
  return core;
}
