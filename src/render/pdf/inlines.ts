/**
 * Text for pdfmake to lay out (headings, titles, table cells): cut into clreq clusters,
 * each marked noWrap so pdfmake breaks between clusters only, and into font runs so each
 * character is drawn by the face the coverage preflight checked.
 */
import type { FontRole } from '../../fonts/config.ts';
import { fontRuns } from '../../fonts/runs.ts';
import { breakClusters } from './break-clusters.ts';
import { textWidth, wrapLines } from './measure.ts';
import { lineHeightFactor } from './page-context.ts';

export type RunStyle = {
  readonly size: number;
  /** Height of each line in points. */
  readonly lineHeight: number;
};

export type InlineStyle = RunStyle & {
  /** Width available: text that fits is handed to pdfmake whole, as one unbreakable run. */
  readonly width: number;
};

export type Inline = {
  readonly text: string;
  readonly font: string;
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly noWrap?: boolean;
};

/** Font runs of one piece of text, each sized to the given line height. */
export function runs(text: string, role: FontRole, style: RunStyle): Inline[] {
  return fontRuns(text, role).map((run) => ({
    text: run.text,
    font: run.face.id,
    fontSize: style.size,
    lineHeight: lineHeightFactor(run.face, style.size, style.lineHeight),
  }));
}

/** A forced line break; pdfmake ignores newlines inside noWrap text. */
export const newLine = { text: '\n', fontSize: 1 } as const;

const fits = (text: string, role: FontRole, style: InlineStyle) => textWidth(text, role, style.size) <= style.width;

/**
 * Inline text items for pdfmake, broken only between clusters (and at newlines). pdfmake
 * measures every item on its own, so a line that fits stays one item: far fewer items.
 * pdfmake cannot break a run with no break in it (a long Latin word): a text holding a
 * cluster wider than the whole width is broken into lines here (wrapLines), each one item.
 */
export function inlines(text: string, role: FontRole, style: InlineStyle): (Inline | typeof newLine)[] {
  if (!text.includes('\n') && fits(text, role, style)) return runs(text, role, style).map((run) => ({ ...run, noWrap: true }));
  const tooWide = text.split('\n').some((line) => breakClusters(line).some((cluster) => !fits(cluster.trimEnd(), role, style)));
  const lines = tooWide ? wrapLines(text, role, style.size, style.width) : text.split('\n');
  return lines.flatMap((line, i) => [
    ...(i > 0 ? [newLine] : []),
    ...(tooWide ? [line] : breakClusters(line)).flatMap((cluster) => runs(cluster, role, style).map((run) => ({ ...run, noWrap: true }))),
  ]);
}

/**
 * Text broken into its lines here (wrapLines, the breaks that size the cells and headings),
 * each line one unbreakable item: pdfmake then measures a few items, not one per character.
 * For text that is not justified (headings, captions, table cells).
 */
export function lineInlines(text: string, role: FontRole, style: InlineStyle): (Inline | typeof newLine)[] {
  if (!text.includes('\n') && fits(text, role, style)) return runs(text, role, style).map((run) => ({ ...run, noWrap: true }));
  return wrapLines(text, role, style.size, style.width).flatMap((line, i) => [
    ...(i > 0 ? [newLine] : []),
    ...runs(line, role, style).map((run) => ({ ...run, noWrap: true })),
  ]);
}
