/**
 * A PDF extract prints a long row label wrapped over lines, and the row's values on
 * whichever line of the label sits mid-cell: 「（二）部分公开（区分处理的，只」
 * 「计这一情形，不计其他情 447 7 0 0 0 0 454」「形）」. Once values are lines of their own,
 * the label's pieces are moved together ahead of the values, so the row reads as label,
 * then values. Pieces are joined only when together they make a known label.
 */
import type { Line } from './lines.ts';
import { isValueLike } from './numbers.ts';

/** Pieces a label may be wrapped into; values between them are at most one row's. */
const maxPieces = 4;
const maxValues = 20;

const loose = (key: string): string => key.replace(/[,.、;:]/g, '');

export function joinBrokenLabels(lines: readonly Line[], labelKeys: readonly string[]): Line[] {
  const keys = [...new Set(labelKeys.map(loose))];
  const out: Line[] = [];
  for (let i = 0; i < lines.length; ) {
    const moved = reorderAt(lines, i, keys);
    if (moved) {
      out.push(...moved.lines);
      i = moved.next;
    } else out.push(lines[i] as Line), (i += 1);
  }
  return out;
}

function reorderAt(lines: readonly Line[], i: number, keys: readonly string[]): { lines: Line[]; next: number } | undefined {
  const pieces: Line[] = [];
  const values: Line[] = [];
  let joined = '';
  for (let j = i; j < lines.length && pieces.length < maxPieces && values.length <= maxValues; j += 1) {
    const line = lines[j] as Line;
    if (line.row) return undefined;
    if (isValueLike(line.cells[0] ?? '')) {
      if (pieces.length === 0) return undefined;
      values.push(line);
      continue;
    }
    joined += loose(line.keys[0] ?? '');
    pieces.push(line);
    if (joined === '' || !keys.some((k) => k.startsWith(joined))) return undefined;
    if (keys.includes(joined)) return values.length > 0 && pieces.length > 1 ? { lines: [...pieces, ...values], next: j + 1 } : undefined;
  }
  return undefined;
}
