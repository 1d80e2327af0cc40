/**
 * Every printed word of the aggregate (汇总) that is not already a label of the annual
 * report, in Chinese and English. The official tables' labels come from the annual
 * report's catalogue, so a summed table reads exactly as a member's.
 */
import type { Label } from '../annual-report/labels.ts';

const label = (zh: string, en: string): Label => ({ zh, en });

export const aggregateTitle = {
  zh: (name: string, year: number) => `${name}${year}年政府信息公开工作年度报告汇总`,
  en: (name: string, year: number) => `${name} Summary of Annual Reports on Government Information Disclosure ${year}`,
} as const;

export const membersSection = label('一、汇总范围', 'I. Reports Summarised');

/** The members table: one row per member report. */
export const memberColumns = {
  agency: label('机关', 'Agency'),
  newlyReceived: label('本年新收', 'New requests'),
  concluded: label('办结', 'Concluded'),
  carriedToNextYear: label('结转下年度', 'Carried over'),
  reconsideration: label('复议', 'Reconsiderations'),
  litigation: label('诉讼', 'Lawsuits'),
  checks: label('校验', 'Checks'),
  link: label('链接', 'Link'),
} as const;

export const checkVerdicts = {
  pass: label('通过', 'pass'),
  failedLeftOut: label('未通过，未计入', 'fail, left out'),
  failedIncluded: label('未通过，已计入', 'fail, included'),
} as const;

export const summary = {
  zh: (members: number, included: number) =>
    `本汇总收录${members}份年度报告，${included}份计入合计；第二、三、四部分各表为计入报告的逐格合计。`,
  en: (members: number, included: number) =>
    `This summary covers ${members} annual reports, ${included} of them counted in the totals; the tables of parts II, III and IV are their cell-by-cell sums.`,
} as const;

/** Where the ids of the 链接 column lead: the landing pages under one address. */
export const linkNote = {
  zh: (base: string) => `“链接”列为成员报告编号，其页面地址为 ${base}编号。`,
  en: (base: string) => `The Link column gives each member report's id; its page is ${base} followed by the id.`,
} as const;

/** How a summed cell that some member left blank is printed, and the note that explains it. */
export const blankMark = '※';
export const blankNote = {
  zh: (place: string, members: string) => `${blankMark} ${place}：${members}未填写，该格不予合计。`,
  en: (place: string, members: string) => `${blankMark} ${place}: left blank by ${members}; not summed.`,
} as const;
/** At most this many members are named in one note; the rest are counted. */
export const namedInNote = 20;
export const andOthers = {
  zh: (shown: string, total: number) => `${shown}等${total}份报告`,
  en: (shown: string, total: number) => `${shown} and others (${total} reports)`,
} as const;

export const relatedHeading = label('成员报告', 'Member reports');
