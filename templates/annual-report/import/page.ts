/**
 * The page being imported: its lines, which of them a table or the page header has
 * already taken, and the findings so far. Table readers take lines; whatever no reader
 * took is prose, or is reported.
 */
import type { Finding } from '../../../src/findings.ts';
import type { Line } from '../../../src/import/lines.ts';

export type Page = {
  readonly lines: readonly Line[];
  readonly taken: boolean[];
  readonly findings: Finding[];
};

export const newPage = (lines: readonly Line[]): Page => ({ lines, taken: lines.map(() => false), findings: [] });

export function take(page: Page, from: number, to: number): void {
  for (let i = from; i <= to; i += 1) page.taken[i] = true;
}

/** A stretch of lines [from, to). */
export type Span = { readonly from: number; readonly to: number };
