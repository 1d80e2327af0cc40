/**
 * Column widths that leave no label broken where it should not be. The model gives widths
 * as proportions; Word breaks a word that does not fit its cell anywhere (「Natur/al」), and
 * wraps a short row label (「（三）不予/公开」). Each column gets at least the width of its
 * longest unbreakable word and of its short body-row labels, estimated from character
 * classes (Word draws with the reader's faces, so exact metrics are not known here); what
 * that takes is given back by the columns with room to spare.
 */
import { isCovered, type TableBlock, type TableCell } from '../../model/document.ts';
import { pointsToTwips } from './context.ts';

/** Row labels of up to this many characters are kept on one line (「（三）不予公开」 is 7). */
const WHOLE_LABEL_CHARACTERS = 8;
/** Advance of a Latin letter or digit, in em, on the wide side: Times New Roman averages about 0.5, DejaVu Serif (a common stand-in) about 0.63. */
const LATIN_EM = 0.65;
const wideCharacter = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2014\u2018-\u201d\u2026]/u;

const ems = (text: string) => [...text].reduce((sum, c) => sum + (wideCharacter.test(c) ? 1 : LATIN_EM), 0);
const longestWord = (text: string) => Math.max(0, ...text.split(/[\s-]+/).map((word) => (wideCharacter.test(word) ? 1 : ems(word))));

export type FitSizes = { readonly size: number; readonly secondarySize: number; readonly padding: number };
type Need = { readonly words: number; readonly label: number };

/** In points: the longest unbreakable word of the cell, and its whole label where it is a short row label. */
function cellNeed(cell: TableCell, inBody: boolean, sizes: FitSizes): Need {
  if (cell.vertical) return { words: sizes.size, label: sizes.size };
  const main = cell.content.text;
  const secondary = cell.content.secondary === undefined ? 0 : longestWord(cell.content.secondary) * sizes.secondarySize;
  const words = Math.max(longestWord(main) * sizes.size, secondary);
  const wholeLabel = inBody && !cell.numeric && [...main].length <= WHOLE_LABEL_CHARACTERS;
  return { words, label: wholeLabel ? Math.max(words, ems(main) * sizes.size) : words };
}

/** The least width of each column in twips, padding included: for its words, and for its short labels as well. */
export function columnMinimums(block: TableBlock, sizes: FitSizes): { words: number[]; labels: number[] } {
  const words = block.columnWidths.map(() => 0);
  const labels = block.columnWidths.map(() => 0);
  const rows = [...block.header.map((row) => ({ row, inBody: false })), ...block.body.map((row) => ({ row, inBody: true }))];
  for (const { row, inBody } of rows) {
    row.forEach((cell, column) => {
      if (isCovered(cell) || (cell.colSpan ?? 1) > 1) return;
      const need = cellNeed(cell, inBody, sizes);
      words[column] = Math.max(words[column] ?? 0, pointsToTwips(need.words) + 2 * sizes.padding);
      labels[column] = Math.max(labels[column] ?? 0, pointsToTwips(need.label) + 2 * sizes.padding);
    });
  }
  return { words, labels };
}

/**
 * `wanted` widened towards `minimums`, the difference taken from the columns above their
 * minimum in proportion to their room, the total kept. Where the room is short, every
 * column above its minimum gives all of it, shared among the others in proportion to what
 * each lacks.
 */
export function fitWidths(wanted: readonly number[], minimums: readonly number[]): number[] {
  const lack = wanted.map((width, i) => Math.max(0, (minimums[i] ?? 0) - width));
  const room = wanted.map((width, i) => Math.max(0, width - (minimums[i] ?? 0)));
  const deficit = lack.reduce((a, b) => a + b, 0);
  const totalRoom = room.reduce((a, b) => a + b, 0);
  if (deficit === 0 || totalRoom === 0) return [...wanted];
  const moved = Math.min(deficit, totalRoom);
  const widths = wanted.map((width, i) => Math.round(width - ((room[i] ?? 0) * moved) / totalRoom + ((lack[i] ?? 0) * moved) / deficit));
  // Whole twips: the rounding goes to the widest column, so the table keeps its width.
  const drift = wanted.reduce((a, b) => a + b, 0) - widths.reduce((a, b) => a + b, 0);
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest] = (widths[widest] ?? 0) + drift;
  return widths;
}

/** Words whole first; then, where the room is there too, short labels whole. */
export function fittedWidths(wanted: readonly number[], minimums: { words: number[]; labels: number[] }): number[] {
  return fitWidths(fitWidths(wanted, minimums.words), minimums.labels);
}
