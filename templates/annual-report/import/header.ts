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

const titlePattern = /^(.*?)([0-9０-９]{4})\s*年度?政府信息公开(?:工作)?年度报告$/;
const bullets = /^[•·●◆■▪►\-*#>]+/;
const maxAgency = 60;

export function readHeader(page: Page, before: number): Header {
  let found: { line: number; agency: string; year: number; title: string } | undefined;
  for (let i = 0; i < before; i += 1) {
    const line = page.lines[i];
    if (!line || line.row) continue;
    const text = (line.cells[0] ?? '').replace(/\s+/g, '').replace(bullets, '');
    const match = titlePattern.exec(text);
    if (!match) continue;
    const year = Number((match[2] ?? '').normalize('NFKC'));
    const own = match[1] ?? '';
    const previous = page.lines[i - 1];
    const agency = own !== '' ? own : previous && !previous.row && i - 1 >= 0 && !isSentence(lineText(previous)) ? lineText(previous).trim() : '';
    if (!agencySchema.shape.name.safeParse(agency).success || agency.length > maxAgency || year < 2008 || year > 2100) continue;
    found = { line: i, agency, year, title: own !== '' ? text : `${agency}${text}` };
  }
  if (!found) {
    throw new UnreadableInput(
      '未找到报告标题（应含机关名称和年度，如「淮安市人民政府2024年政府信息公开工作年度报告」），无法导入。',
      'No report title was found (it names the agency and year, e.g. 「淮安市人民政府2024年政府信息公开工作年度报告」); nothing was imported.',
    );
  }
  const { line, agency, year, title } = found;
  const furniture: number[] = [];
  for (let i = 0; i <= line; i += 1) {
    page.taken[i] = true;
    const current = page.lines[i];
    const text = current ? lineText(current).replace(/\s+/g, '').replace(bullets, '') : '';
    if (i < line && text !== title && text !== agency) furniture.push(i);
  }
  const standard = reportTitle.zh(agency, year);
  return { agency, year, bodyStart: line + 1, furniture, ...(title === standard ? {} : { title }) };
}

const isSentence = (text: string): boolean => /[。；！？]/.test(text) || text.length > maxAgency;
