/**
 * Page furniture of a CMS article: 「日期:2021-02-01 来源:」「字号:」「撰稿:」「扫一扫」 lines
 * around the report. They are not report text; the publication date is read from them.
 */
import type { Finding } from '../../../src/findings.ts';
import { lineText } from '../../../src/import/lines.ts';
import { otherFinding } from './import-findings.ts';
import { take, type Page, type Span } from './page.ts';

const infoField = /^(日期|发布日期|发布时间|成文日期|时间|来源|信息来源|字号|作者|撰稿|校对|一审|二审|三审|审核|责任编辑|编辑|浏览次数|访问量|点击数|阅读数|索引号|文号|发文字号|发布机构|关联稿件|分享到)\s*[:：]/;
const datedField = /(?:日期|发布时间|时间)\s*[:：]\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;
const signatureDate = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;

const isPageInfo = (text: string): boolean => text.length <= 80 && infoField.test(text.trim());

/** Takes the furniture lines of `span`: the first date one of them gives, and their text for reporting. */
export function takePageInfo(page: Page, span: Span): { date?: string; text: string[] } {
  let date: string | undefined;
  const text: string[] = [];
  for (let i = span.from; i < span.to; i += 1) {
    const line = page.lines[i];
    if (!line || line.row || page.taken[i] || !isPageInfo(lineText(line))) continue;
    page.taken[i] = true;
    text.push(lineText(line));
    date ??= isoDate(datedField.exec(lineText(line)));
  }
  return date === undefined ? { text } : { date, text };
}

/** The first date a furniture field gives among these texts (「发布时间：2025-01-20」 above the title). */
export function statedDate(texts: readonly string[]): string | undefined {
  for (const text of texts) {
    const date = isPageInfo(text) ? isoDate(datedField.exec(text)) : undefined;
    if (date) return date;
  }
  return undefined;
}

/**
 * From the first furniture line of the last section to the end of the page, everything
 * is the CMS footer (「来源:」「返回顶部」「打印本页」); it is taken, and returned for reporting.
 */
export function takeFooter(page: Page, span: Span): string | undefined {
  const start = page.lines.findIndex((line, i) => i >= span.from && i < span.to && !line.row && !page.taken[i] && isPageInfo(lineText(line)));
  if (start < 0) return undefined;
  take(page, start, span.to - 1);
  return page.lines.slice(start, span.to).map(lineText).join(' ');
}

/** A date standing alone on the last line of the report, under the signature. */
export function takeSignatureDate(page: Page, span: Span): string | undefined {
  for (let i = span.to - 1; i >= span.from; i -= 1) {
    if (page.taken[i]) continue;
    const line = page.lines[i];
    const date = line && !line.row ? isoDate(signatureDate.exec(lineText(line).replace(/\s+/g, ''))) : undefined;
    if (date) page.taken[i] = true;
    return date;
  }
  return undefined;
}

function isoDate(match: RegExpExecArray | null): string | undefined {
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** The page gives no date: the schema needs one, so the statutory deadline stands in, and the finding says so. */
export function dateMissing(year: number): { date: string; finding: Finding } {
  const date = `${year + 1}-03-31`;
  return {
    date,
    finding: otherFinding('import.date-missing', ['publishedOn'],
      `页面未给出发布日期，暂填法定公布期限 ${date}（次年3月31日），请改为实际发布日期。`,
      `The page gives no publication date; ${date} (the statutory deadline, 31 March of the following year) stands in — replace it with the real date.`),
  };
}
