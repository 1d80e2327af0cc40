/**
 * What no reader took under the table sections (二, 三, 四) is reported, never dropped
 * silently: numbers and table rows as an unrecognized table, other text as dropped.
 * Consecutive lines of one kind make one finding.
 */
import { lineText } from '../../../src/import/lines.ts';
import { isValueLike } from '../../../src/import/numbers.ts';
import type { Label } from '../labels.ts';
import { textDropped, unrecognizedTable } from './import-findings.ts';
import type { Page, Span } from './page.ts';

export function reportLeftovers(page: Page, span: Span, where: Label, path: readonly PropertyKey[]): void {
  let run: { tableLike: boolean; texts: string[] } | undefined;
  const flush = () => {
    if (!run) return;
    const text = run.texts.join(' ');
    page.findings.push(run.tableLike ? unrecognizedTable(path, where, text) : textDropped(path, where, text));
    run = undefined;
  };
  for (let i = span.from; i < span.to; i += 1) {
    const line = page.lines[i];
    if (!line || page.taken[i]) {
      flush();
      continue;
    }
    page.taken[i] = true;
    const tableLike = line.row || isValueLike(line.cells[0] ?? '');
    if (run && run.tableLike !== tableLike) flush();
    run ??= { tableLike, texts: [] };
    run.texts.push(lineText(line));
  }
  flush();
}
