/**
 * Column widths that keep words whole: the model's relative widths, except that a column
 * narrower than its widest unbreakable word (「organisations」 heading a number column) is
 * widened to hold it, the width coming from the other columns in proportion. Where the
 * words cannot all fit, the model's widths stand and the word is cut inside its cell (measure.ts).
 */

const sum = (values: readonly number[]) => values.reduce((total, v) => total + v, 0);

/** `preferred` fills the text width; no column ends below its entry in `minimums`. */
export function fitColumns(preferred: readonly number[], minimums: readonly number[]): number[] {
  const total = sum(preferred);
  if (sum(minimums) > total) return [...preferred];
  const pinned = new Set<number>();
  for (;;) {
    const pinnedWidth = sum([...pinned].map((i) => minimums[i] ?? 0));
    const freePreferred = sum(preferred.filter((_, i) => !pinned.has(i)));
    const scale = freePreferred > 0 ? (total - pinnedWidth) / freePreferred : 0;
    const widths = preferred.map((w, i) => (pinned.has(i) ? (minimums[i] ?? 0) : w * scale));
    const short = widths.flatMap((w, i) => (!pinned.has(i) && w < (minimums[i] ?? 0) ? [i] : []));
    if (short.length === 0) return widths;
    for (const i of short) pinned.add(i);
  }
}

/**
 * Widths measured from the text, for a table of two-language labels, as a browser lays out
 * an automatic table: each column gets at least its widest word, and the width left over
 * goes to the columns in proportion to how much wider their longest line is than that,
 * so long labels get the room that keeps them to few lines.
 */
export function measuredColumns(total: number, minimums: readonly number[], maximums: readonly number[]): number[] {
  const least = sum(minimums);
  if (least >= total) return [...minimums];
  const most = maximums.map((m, i) => Math.max(m, minimums[i] ?? 0));
  const spare = sum(most) - least;
  if (sum(most) <= total) return most.map((m) => m + (total - sum(most)) / most.length);
  return minimums.map((min, i) => min + (((most[i] ?? min) - min) * (total - least)) / spare);
}
