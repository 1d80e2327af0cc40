/**
 * Pages of each shape real 年报 are published as, built from the in-repo 淮安 2024 page
 * (pipe tables) by transforming it: tables flattened into runs, titles in other forms,
 * markdown, section 四 as three tables, PDF-extract damage. Each builder changes the page's
 * form only, so every import must still give the transcription's numbers.
 */
import { corpusText, huaian } from './fixtures.ts';

export const huaianPage = (): string => corpusText(huaian.page);

const isPipe = (line: string) => line.startsWith('|');
const cellsOf = (line: string) => line.slice(1, -1).split('|').map((c) => c.trim());

/** Replaces each pipe table (a block of pipe rows) with what `render` makes of its rows. */
function mapTables(text: string, render: (rows: string[][]) => string[]): string {
  const out: string[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; ) {
    if (!isPipe(lines[i] ?? '')) {
      out.push(lines[i] ?? '');
      i += 1;
      continue;
    }
    const rows: string[][] = [];
    for (; isPipe(lines[i] ?? ''); i += 1) rows.push(cellsOf(lines[i] ?? ''));
    out.push(...render(rows));
  }
  return out.join('\n');
}

/** A row's cells with its group path printed once, where it changes (「三、本年度办理结果」 before （一）). */
function printedCells(rows: string[][]): string[][] {
  let previous: string[] = [];
  return rows.map(([label = '', ...values]) => {
    const path = label.split(' / ');
    const fresh = path.filter((segment, depth) => previous[depth] !== segment || path.slice(0, depth).some((s, d) => previous[d] !== s));
    previous = path;
    return [...fresh, ...values];
  });
}

/** Every table on one line, cells joined by `separator` ('' runs the digits of a row together). */
export const flattenTables = (text: string, separator: string): string =>
  mapTables(text, (rows) => [printedCells(rows).flat().join(separator)]);

/** Each row on its own line, label then values separated by spaces: a PDF text extract. */
export const rowsAsLines = (text: string): string =>
  mapTables(text, (rows) => printedCells(rows).map((cells) => cells.join(' ')));

export const replaceTitle = (text: string, ...title: string[]): string =>
  [...title, ...text.split('\n').slice(2)].join('\n');

/** Markdown: `##` section headings and `| --- |` rules under each table's first row. */
export function asMarkdown(text: string): string {
  const headings = /^(一|二|三|四|五|六)、/;
  const marked = text.split('\n').map((line) => (headings.test(line) ? `## ${line}` : line)).join('\n');
  return mapTables(marked, (rows) => rows.map((cells, i) => `| ${cells.join(' | ')} |${i === 0 ? `\n|${' --- |'.repeat(cells.length)}` : ''}`));
}

/** Replaces every occurrence of `from` on the page with `to`. */
export const spell = (text: string, from: string, to: string): string => text.split(from).join(to);

/** Section 四 as three tables of five, each under its own caption. */
export function reviewAsThreeTables(text: string): string {
  const lines = text.split('\n');
  const header = lines.findIndex((l) => l.startsWith('| 行政复议：'));
  const values = cellsOf(lines[header + 1] ?? '');
  const columns = '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |';
  const tables = ['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'].flatMap((caption, g) =>
    [caption, columns, `| ${values.slice(g * 5, g * 5 + 5).join(' | ')} |`, '']);
  return [...lines.slice(0, header), ...tables, ...lines.slice(header + 2)].join('\n');
}

/** Inserts lines before the first line that starts with `before`. */
export function insertBefore(text: string, before: string, ...inserted: string[]): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith(before));
  if (at < 0) throw new Error(`no line starts with ${before}`);
  return [...lines.slice(0, at), ...inserted, ...lines.slice(at)].join('\n');
}

/** The page as HTML: paragraphs, and each pipe table as a <table>, its values merged into one cell joined by `separator` when given. */
export function asHtml(text: string, separator?: string): string {
  const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = mapTables(text, (rows) => [`<table>${rows.map((row) => {
    // Section 四's value row has no label: all its cells are values.
    const [label, values] = /^\d/.test(row[0] ?? '') ? [undefined, row] : [row[0] ?? '', row.slice(1)];
    const cells = separator === undefined ? values.map((v) => `<td>${escape(v)}</td>`).join('') : `<td>${escape(values.join(separator))}</td>`;
    return `<tr>${label === undefined ? '' : `<td>${escape(label)}</td>`}${cells}</tr>`;
  }).join('')}</table>`]).split('\n').map((line) => (line.startsWith('<table>') ? line : `<p>${escape(line)}</p>`)).join('\n');
  return `<html><body>${body}</body></html>`;
}
