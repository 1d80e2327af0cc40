/**
 * Sets a paragraph on the document grid (GB/T 9704: 28 characters in 156 mm): lines are
 * broken at clreq cluster boundaries and each is set whole, its spacing solved (paragraph.ts).
 * A line is never letter-spaced to fill: full-width punctuation is squeezed first
 * (squeeze.ts); where the next cluster would leave the line short, it is taken onto the
 * line when that tightens the spacing less than leaving it out would loosen it (within
 * `spacingLimits`); what is left is spread, up to a limit (paragraph.ts).
 */
import type { FontRole } from '../../fonts/config.ts';
import { breakClusters, graphemes } from './break-clusters.ts';
import { fitToWidth, textWidth } from './measure.ts';
import { squeezedEm, squeezes } from './squeeze.ts';

export type GridLine = {
  readonly text: string;
  /** Left indent of this line in points (the first line's two characters). */
  readonly indent: number;
  /** Width the line must fill when justified, in points. */
  readonly width: number;
  readonly last: boolean;
};

export type GridSettings = {
  readonly role: FontRole;
  readonly size: number;
  /** Spacing added after each character on the grid (negative: GB/T 9704 tightens). */
  readonly characterSpacing: number;
  readonly lineWidth: number;
  readonly firstIndent: number;
};

/** How far the spacing between two characters may go from none, in em. */
export const spacingLimits = { tightest: -0.06, loosest: 0.12 } as const;

/** Tolerance for the sums of floating-point widths. */
const epsilon = 0.01;

type Measured = {
  readonly text: string;
  /** Width with its own punctuation squeezed. */
  readonly width: number;
  /** Width without its trailing spaces, as it measures at the end of a line. */
  readonly endWidth: number;
  /** Graphemes: each takes one spacing slot (a combining mark takes none). */
  readonly count: number;
  readonly endCount: number;
};

/** Graphemes of a cluster; most are one character, without marks. */
const countOf = (text: string) => (text.length === 1 ? 1 : graphemes(text).length);

function measured(text: string, settings: GridSettings): Measured {
  const end = text.trimEnd();
  const squeeze = (t: string) => (t.length < 2 ? 0 : squeezedEm(t) * settings.size);
  const width = textWidth(text, settings.role, settings.size) - squeeze(text);
  const endWidth = end === text ? width : textWidth(end, settings.role, settings.size) - squeeze(end);
  return { text, width, endWidth, count: countOf(text), endCount: end === text ? countOf(text) : countOf(end) };
}

/** A cluster longer than a whole line is cut where it must, between graphemes. */
function fitClusters(text: string, settings: GridSettings): Measured[] {
  const width = settings.lineWidth - settings.firstIndent;
  return breakClusters(text).flatMap((cluster) => {
    const whole = measured(cluster, settings);
    return whole.endWidth <= width ? [whole] : fitToWidth(cluster, settings.role, settings.size, width).map((piece) => measured(piece, settings));
  });
}

/** Natural width and spacing slots of clusters set as one line (trailing spaces dropped). */
function lineExtent(clusters: readonly Measured[], size: number): { width: number; gaps: number } {
  let width = 0;
  let count = 0;
  clusters.forEach((cluster, i) => {
    const atEnd = i === clusters.length - 1;
    width += atEnd ? cluster.endWidth : cluster.width;
    count += atEnd ? cluster.endCount : cluster.count;
    if (i > 0 && squeezes(clusters[i - 1]?.text.at(-1), cluster.text[0])) width -= size / 2;
  });
  return { width, gaps: Math.max(0, count - 1) };
}

/** The spacing that makes clusters fill `available` exactly. */
const filling = (extent: { width: number; gaps: number }, available: number) =>
  extent.gaps === 0 ? Number.POSITIVE_INFINITY : (available - extent.width) / extent.gaps;

/** Breaks a paragraph into grid lines, never inside a cluster. */
export function gridLines(text: string, settings: GridSettings): GridLine[] {
  const { size, characterSpacing: grid } = settings;
  const tightest = spacingLimits.tightest * size;
  const lines: GridLine[] = [];
  let current: Measured[] = [];
  const close = (last: boolean) => {
    const indent = lines.length === 0 ? settings.firstIndent : 0;
    lines.push({ text: current.map((c) => c.text).join('').trimEnd(), indent, width: settings.lineWidth - indent, last });
    current = [];
  };
  for (const cluster of fitClusters(text.trim(), settings)) {
    const available = settings.lineWidth - (lines.length === 0 ? settings.firstIndent : 0);
    const extent = lineExtent([...current, cluster], size);
    if (current.length > 0 && extent.width + grid * extent.gaps > available + epsilon) {
      const spacing = filling(extent, available);
      const loosened = filling(lineExtent(current, size), available) - grid;
      const tightened = grid - spacing;
      if (spacing >= tightest && tightened < loosened) {
        current.push(cluster);
        close(false);
        continue;
      }
      close(false);
    }
    current.push(cluster);
  }
  if (current.length > 0) close(true);
  return lines;
}
