/**
 * The top of the page: the title (agency and year), the publication date where the page
 * gives one (「日期:2021-02-01」), and the page furniture around them (breadcrumbs,
 * 「来源:」「字号:」 fields, share and print links), which is not report text.
 */
import { lineText } from '../../../src/import/lines.ts';
import { UnreadableInput } from '../../../src/import/unreadable.ts';
import { reportTitle } from '../labels.ts';
import { agency as agencySchema } from '../schema.ts';
import type { Page } from './page.ts';

export type Header = {
  readonly agency: string;
  readonly year: number;
  /** The title as printed, when it differs from the standard wording. */
  readonly title?: string;
  /** The line after the title: where the preamble starts. */
  readonly bodyStart: number;
  /** Lines before the title that are not the title again. */
  readonly furniture: readonly number[];
};

/** Agency then year (「淮安市人民政府2024年…」), or year then agency (「2023年××市人民政府办公室…」). */
const agencyFirst = /^(.*?)([0-9０-９]{4})年度?政府信息公开(?:工作)?年度报告$/;
const yearFirst = /^([0-9０-９]{4})年度?(.+?)政府信息公开(?:工作)?年度报告$/;
const bullets = /^[•·●◆■▪►\-*#>]+/;
/** Scraper and CMS fields that print the title after a name: 「标题:」「本地目录:zwgk/…/12345_」. */
const fieldPrefix = /^(?:标题|题目|文章标题|名称|本地目录|目录|路径|文件名|来源页面)[:：]\S*?(?=[^\x00-\x7f])/;
/** Characters no agency name holds: they mark a path or a field, not a name. */
const notInName = /[/\\_:：|<>]/;
const maxAgency = 60;

type Candidate = { readonly line: number; readonly lastLine: number; readonly agency: string; readonly year: number; readonly title: string; readonly prefixed: boolean };

/**
 * The title line: among the lines before section 一 that read as a title, one printed on
 * its own beats one behind a scraper field (「标题:…」), and the last such wins (a CMS
 * repeats the title in its breadcrumb before the article).
 */
export function readHeader(page: Page, before: number): Header {
  let found: Candidate | undefined;
  for (let i = 0; i < before; i += 1) {
    const candidate = titleAt(page, i);
    if (candidate && (!found || !candidate.prefixed || found.prefixed)) found = candidate;
  }
  if (!found) {
    throw new UnreadableInput(
      '未找到报告标题（应含机关名称和年度，如「淮安市人民政府2024年政府信息公开工作年度报告」），无法导入。',
      'No report title was found (it names the agency and year, e.g. 「淮安市人民政府2024年政府信息公开工作年度报告」); nothing was imported.',
    );
  }
  const { line, lastLine, agency, year, title } = found;
  const furniture: number[] = [];
  for (let i = 0; i <= lastLine; i += 1) {
    page.taken[i] = true;
    const current = page.lines[i];
    const text = current ? compact(lineText(current)) : '';
    if (i < line && text !== title && text !== agency) furniture.push(i);
  }
  const standard = reportTitle.zh(agency, year);
  return { agency, year, bodyStart: lastLine + 1, furniture, ...(title === standard ? {} : { title }) };
}

/** The title starting at line i: on that line, or broken over it and the next (「…政府信息公开工作」「年度报告」). */
function titleAt(page: Page, i: number): Candidate | undefined {
  const line = page.lines[i];
  if (!line || line.row) return undefined;
  const own = compact(line.cells[0] ?? '');
  const next = page.lines[i + 1];
  const joined = next && !next.row && !isSentence(lineText(next)) ? own + compact(lineText(next)) : undefined;
  return readTitle(page, i, i, own) ?? (joined === undefined ? undefined : readTitle(page, i, i + 1, joined));
}

function readTitle(page: Page, line: number, lastLine: number, printed: string): Candidate | undefined {
  const prefix = fieldPrefix.exec(printed)?.[0] ?? '';
  const text = printed.slice(prefix.length);
  const first = agencyFirst.exec(text);
  const second = first ? undefined : yearFirst.exec(text);
  if (!first && !second) return undefined;
  const year = Number(((first ? first[2] : second?.[1]) ?? '').normalize('NFKC'));
  const own = (first ? first[1] : second?.[2]) ?? '';
  const previous = page.lines[line - 1];
  const above = previous && !previous.row && !isSentence(lineText(previous)) ? lineText(previous).trim() : '';
  const agency = own !== '' ? own : first ? above : '';
  if (!agencySchema.shape.name.safeParse(agency).success || agency.length > maxAgency || notInName.test(agency) || year < 2008 || year > 2100) return undefined;
  return { line, lastLine, agency, year, title: own !== '' ? text : `${agency}${text}`, prefixed: prefix !== '' };
}

/** A title line as compared: no spaces (「2024 年」), no list bullets. */
const compact = (text: string): string => text.replace(/\s+/g, '').replace(bullets, '');

const isSentence = (text: string): boolean => /[。；！？]/.test(text) || text.length > maxAgency;
