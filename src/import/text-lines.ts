/**
 * Plain text to lines. Three table shapes occur in scraped and transcribed reports:
 * pipe rows (`| 规章 | 1 | 0 | 11 |`), tab-separated rows (pasted from a spreadsheet) and
 * tables flattened to one cell per line; the first two become row lines, everything else
 * a single-cell line. Blank lines carry no meaning and are dropped; markdown heading marks too.
 */
import { rowLine, textLine, type Line } from './lines.ts';
import { withoutControlCharacters } from './normalize.ts';

const pipeRow = /^\|.*\|$/;
const pipeRule = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;

export function textToLines(text: string): Line[] {
  const lines: Line[] = [];
  for (const raw of text.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const cells = raw.split('\t').map(clean);
    const line = cells.join(' ').trim();
    if (line === '' || pipeRule.test(line)) continue;
    if (cells.filter((c) => c !== '').length > 1) lines.push(rowLine(cells));
    else if (pipeRow.test(line)) lines.push(rowLine(line.slice(1, -1).split('|').map(clean)));
    else lines.push(textLine(withoutMarkdown(line)));
  }
  return lines;
}

/** Markdown heading marks and bold around a whole line are structure, not text (「## 一、总体情况」). */
const withoutMarkdown = (line: string): string => line.replace(/^#{1,6}\s+/, '').replace(/^\*\*(.+)\*\*$/, '$1').trim() || line;

const clean = (cell: string): string => withoutControlCharacters(cell).trim();
