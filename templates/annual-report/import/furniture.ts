/**
 * Lines no report prints, dropped before reading, each reported: the page numbers of a
 * PDF extract, which land inside tables (「— 3 —」「第 3 页 共 8 页」), and a scraper's
 * own notes (「==== 正文 ====」「页面链接与图片详见 links.tsv(同目录)」).
 */
import type { Line } from '../../../src/import/lines.ts';
import { lineText } from '../../../src/import/lines.ts';

/** A page number inside a line of text; an ASCII hyphen counts only on a line of its own, where it cannot be a minus sign. */
export const pageNumber = /[—–－─]+\s*\d{1,4}\s*[—–－─]+|第\s*\d{1,4}\s*页\s*[,，/]?\s*共\s*\d{1,4}\s*页|共\s*\d{1,4}\s*页\s*[,，/]?\s*第\s*\d{1,4}\s*页/g;
const wholeLine = (pattern: RegExp) => new RegExp(`^\\s*(?:${pattern.source})\\s*$`);
const notReportText = [
  wholeLine(pageNumber),
  /^\s*-\s*\d{1,4}\s*-\s*$/,
  /^\s*={2,}[^=]{0,12}={2,}\s*$/,
  /详见\s*[\w.-]+\.(?:tsv|csv|json|txt|html?)\b/i,
];

export function dropFurniture(lines: readonly Line[]): { lines: Line[]; dropped: string[] } {
  const kept: Line[] = [];
  const dropped: string[] = [];
  for (const line of lines) {
    const text = lineText(line);
    if (!line.row && notReportText.some((p) => p.test(text))) dropped.push(text);
    else kept.push(line);
  }
  return { lines: kept, dropped };
}
