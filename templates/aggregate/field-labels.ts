/**
 * The label of a place in the aggregate's input, for messages about it. A member report's
 * own fields read as the annual report labels them, after the member's number
 * (「成员报告 2 · 机关名称」).
 */
import type { FieldLabel } from '../../src/template.ts';
import { annualReportTemplate } from '../annual-report/index.ts';

const own: Readonly<Record<string, FieldLabel>> = {
  name: { zh: '汇总机关名称', en: 'name of the compiling body' },
  nameEn: { zh: '汇总机关英文名称', en: 'English name of the compiling body' },
  year: { zh: '报告年度', en: 'report year' },
  publishedOn: { zh: '发布日期', en: 'publication date' },
  allowCheckFailures: { zh: '计入未通过校验的成员', en: 'count members failing their checks' },
  members: { zh: '成员报告', en: 'member reports' },
  reports: { zh: '成员报告编号', en: 'member report ids' },
};

const memberFields: Readonly<Record<string, FieldLabel>> = {
  id: { zh: '编号', en: 'id' },
  link: { zh: '链接', en: 'link' },
  report: { zh: '报告', en: 'report' },
};

export function fieldLabel(path: readonly PropertyKey[]): FieldLabel | undefined {
  const [field, index, memberField, ...rest] = path;
  const top = typeof field === 'string' ? own[field] : undefined;
  if (top === undefined || index === undefined) return top;
  if (field !== 'members' || typeof index !== 'number') return top;
  const member = { zh: `成员报告 ${index + 1}`, en: `member report ${index + 1}` };
  if (memberField === undefined) return member;
  const inner = memberField === 'report' && rest.length > 0 ? annualReportTemplate.fieldLabel(rest) : typeof memberField === 'string' ? memberFields[memberField] : undefined;
  return inner === undefined ? member : { zh: `${member.zh} · ${inner.zh}`, en: `${member.en} · ${inner.en}` };
}
