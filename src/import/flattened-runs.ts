/**
 * Tables flattened into runs of text: a whole table on one line (「…一、本年新收政府信息公开
 * 申请数量300153006143119二、上年结转…」), a row with its values on one line
 * (「（一）予以公开 1288 21 0 0 50 3 1362」), fifteen numbers on one line. Each run is cut
 * into the one-cell lines a table flattened one cell per line has: labels, then one line per
 * value, a digit run without separators kept whole for the table readers to split.
 * Prose is never cut: a line is a run only when known labels and numbers make up nearly all of it.
 */
import { textLine, type Line } from './lines.ts';
import { labelKey, withoutNumbering } from './normalize.ts';
import { isValueLike } from './numbers.ts';

export type RunCutter = (line: Line) => Line[] | undefined;

/** Unmatched text tolerated in a run (a corner word like 「项目」), in characters. */
const maxStray = 12;

/**
 * A cutter for the given labels. `furniture` (page numbers) is removed from a run first,
 * as a PDF extract prints them mid-table.
 */
export function runCutter(labels: readonly string[], furniture: RegExp): RunCutter {
  const keys = [...new Set(labels.map(labelKey))];
  const labelKeys = new Set(keys.flatMap((k) => [k, withoutNumbering(k)]).filter((k) => k.length > 1));
  const alternatives = [...labelKeys].sort((a, b) => b.length - a.length).map(pattern);
  const search = new RegExp(alternatives.join('|'), 'g');
  return (line) => {
    if (line.row) return undefined;
    const text = (line.cells[0] ?? '').normalize('NFKC');
    if (/[。；;！？]/.test(text)) return undefined;
    const run = text.replace(furniture, ' ');
    const cut = valuesOnly(run) ?? cutTrailingValues(run, labelKeys) ?? cutAtLabels(run, search, labelKeys);
    return cut && !(cut.length === 1 && cut[0] === line.cells[0]) ? cut.map(textLine) : undefined;
  };
}

function cutAtLabels(text: string, search: RegExp, labelKeys: ReadonlySet<string>): string[] | undefined {
  const pieces: string[] = [];
  let labels = 0;
  let labelled = 0;
  let stray = 0;
  let values = 0;
  let at = 0;
  const gap = (part: string) => {
    // Punctuation between labels (「行政复议：结果维持」「行政诉讼·复议后起诉」) separates, as spaces do.
    for (const token of part.split(/[\s|]+/).filter((t) => t !== '' && (isValueLike(t) || !/^[\p{P}\p{S}]+$/u.test(t)))) {
      pieces.push(token);
      // Figures the runs made unreadable (「299-2522306」) are still figures, not stray text.
      if (isValueLike(token) || /^[-+\d.,]+$/.test(token)) values += 1;
      else if (!isLabelPiece(token, labelKeys)) stray += token.length;
    }
  };
  for (const match of text.matchAll(search)) {
    gap(text.slice(at, match.index));
    pieces.push(match[0].trim());
    labels += 1;
    labelled += match[0].length;
    at = match.index + match[0].length;
  }
  gap(text.slice(at));
  if (labels === 0 || values === 0 || stray > maxStray || stray * 2 > labelled) return undefined;
  return pieces;
}

/** A row of values alone (「72 64 178 37 351 13 4 8 1 26 12 1 1 6 20」). */
function valuesOnly(text: string): string[] | undefined {
  const tokens = text.trim().split(/\s+/);
  return tokens.length > 1 && tokens.every(isValueLike) ? tokens : undefined;
}

/**
 * A label piece followed by values (「不计其他情形） 447 7 0 0 0 0 454」, the end of a label
 * broken over two lines): the values go on lines of their own, the piece stays for the label
 * search to join with the line above.
 */
function cutTrailingValues(text: string, labelKeys: ReadonlySet<string>): string[] | undefined {
  const tokens = text.trim().split(/\s+/);
  let first = tokens.length;
  while (first > 0 && isValueLike(tokens[first - 1] ?? '')) first -= 1;
  const piece = tokens.slice(0, first).join(' ');
  if (first === 0 || first === tokens.length || !isLabelPiece(piece, labelKeys)) return undefined;
  return [piece, ...tokens.slice(first)];
}

/** Part of a label, as a label wrapped over lines leaves it (「不计其他情形）」). */
function isLabelPiece(text: string, labelKeys: ReadonlySet<string>): boolean {
  const key = labelKey(text);
  return key.length > 1 && [...labelKeys].some((k) => k.includes(key));
}

/** A label key as a pattern over the printed text: spaces allowed anywhere, punctuation in any width. */
function pattern(key: string): string {
  return [...key].map(charPattern).join('\\s*');
}

const variants: Record<string, string> = {
  ',': '[,，、]', '、': '[、,，.．]', '.': '[.．、,]', '"': '["“”„‟″〝〞]', "'": "['‘’′]",
  '[': '[\\[〔【［]', ']': '[\\]〕】］]', '(': '[(（]', ')': '[)）]', ':': '[:：]', '/': '[/／]',
};
const charPattern = (c: string): string => variants[c] ?? c.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&');
