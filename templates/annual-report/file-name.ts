/**
 * A download's file name within what file systems take: most allow 255 bytes a name, and an
 * agency name near its 200-character limit is 600 bytes of UTF-8. The agency part of the
 * title is cut at a character boundary, and marked with 「…」, so that the whole name with
 * its extension stays within 240 bytes — the margin leaves room for the 「 (1)」 a browser
 * adds to a repeated download.
 */
import { languageSuffix, type Language } from '../../src/template.ts';
import { reportTitle } from './labels.ts';

export const maxFileNameBytes = 240;
/** Room for the extension the renderer adds: `.docx`, the longest, is 5 bytes. The language's suffix is counted apart. */
const extensionBytes = 5;
const cutMark = '…';

const encoder = new TextEncoder();
const utf8Bytes = (text: string) => encoder.encode(text).byteLength;

/** The longest start of `text`, in whole code points, within `budget` bytes of UTF-8. */
export function truncateUtf8(text: string, budget: number): string {
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    bytes += utf8Bytes(char);
    if (bytes > budget) break;
    end += char.length;
  }
  return text.slice(0, end);
}

/**
 * 「{agency}{year}年政府信息公开工作年度报告」 and the language's suffix (`.en`, `.zh-en`), the
 * agency cut short when the whole would not fit.
 */
export function titleFileName(agency: string, year: number, lang: Language = 'zh'): string {
  const suffix = languageSuffix(lang);
  const whole = reportTitle.zh(agency, year) + suffix;
  if (utf8Bytes(whole) + extensionBytes <= maxFileNameBytes) return whole;
  const agencyBudget = maxFileNameBytes - extensionBytes - utf8Bytes(reportTitle.zh(cutMark, year) + suffix);
  return reportTitle.zh(`${truncateUtf8(agency, agencyBudget)}${cutMark}`, year) + suffix;
}
