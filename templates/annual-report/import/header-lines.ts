/**
 * A table's header: the lines between its caption and its first row. They are taken
 * when they print header labels (also in pieces: 「本年新」「制作数量」); anything else
 * there, numbers especially, is left for the leftover report.
 */
import { isValueLike } from '../../../src/import/numbers.ts';
import { labelKey } from '../../../src/import/normalize.ts';
import type { Page } from './page.ts';

export function takeHeader(page: Page, from: number, to: number, headerKeys: readonly string[]): void {
  for (let i = from; i < to; i += 1) {
    const line = page.lines[i];
    if (!line || page.taken[i]) continue;
    const cells = line.cells.filter((c) => c !== '');
    if (cells.length > 0 && !cells.some(isValueLike) && cells.some((c) => names(labelKey(c), headerKeys))) page.taken[i] = true;
  }
}

const names = (key: string, headerKeys: readonly string[]): boolean =>
  key.length > 1 && headerKeys.some((k) => k.includes(key) || key.includes(k));
