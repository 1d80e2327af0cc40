/**
 * Sets a paragraph on the document grid. pdfmake cannot: it adds character spacing to a
 * word's inner gaps only, so with one Chinese character per word the GB/T 9704 spacing
 * (28 characters in 156 mm) is never counted and only 27 fit. Lines are therefore broken
 * here, at clreq cluster boundaries, and each line is handed to pdfmake whole.
 */
import type { FontRole } from '../../fonts/config.ts';
import { breakClusters } from './break-clusters.ts';
import { textWidth } from './measure.ts';

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

/** Tolerance for the sums of floating-point widths. */
const epsilon = 0.01;

type Measured = {
  readonly text: string;
  readonly width: number;
  /** Width without its trailing spaces, as it measures at the end of a line. */
  readonly endWidth: number;
  readonly chars: number;
  readonly endChars: number;
};

function measured(text: string, settings: GridSettings): Measured {
  const end = text.trimEnd();
  const width = textWidth(text, settings.role, settings.size);
  const endWidth = end === text ? width : textWidth(end, settings.role, settings.size);
  return { text, width, endWidth, chars: text.length, endChars: end.length };
}

/** A cluster longer than a whole line is split into characters, the only way it can print. */
function fitClusters(text: string, settings: GridSettings): Measured[] {
  return breakClusters(text).flatMap((cluster) => {
    const whole = measured(cluster, settings);
    const tooLong = whole.endWidth + settings.characterSpacing * whole.endChars > settings.lineWidth - settings.firstIndent;
    return tooLong ? [...cluster].map((char) => measured(char, settings)) : [whole];
  });
}

/** Natural width and character count of clusters set as one line (trailing spaces dropped). */
function lineExtent(clusters: readonly Measured[]): { width: number; chars: number } {
  let width = 0;
  let chars = 0;
  clusters.forEach((cluster, i) => {
    const atEnd = i === clusters.length - 1;
    width += atEnd ? cluster.endWidth : cluster.width;
    chars += atEnd ? cluster.endChars : cluster.chars;
  });
  return { width, chars };
}

/** Breaks a paragraph into grid lines, greedily, never inside a cluster. */
export function gridLines(text: string, settings: GridSettings): GridLine[] {
  const lines: GridLine[] = [];
  let current: Measured[] = [];
  const close = (last: boolean) => {
    const indent = lines.length === 0 ? settings.firstIndent : 0;
    lines.push({ text: current.map((c) => c.text).join('').trimEnd(), indent, width: settings.lineWidth - indent, last });
    current = [];
  };
  for (const cluster of fitClusters(text.trim(), settings)) {
    const available = settings.lineWidth - (lines.length === 0 ? settings.firstIndent : 0);
    const extent = lineExtent([...current, cluster]);
    if (current.length > 0 && extent.width + settings.characterSpacing * extent.chars > available + epsilon) close(false);
    current.push(cluster);
  }
  if (current.length > 0) close(true);
  return lines;
}
