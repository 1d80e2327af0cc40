/**
 * The members table: one row per member report — agency, the headline figures of its
 * sections 三 and 四, whether its cross-checks pass (and so whether it is counted), and
 * the id of its landing page — then a row of the counted members' totals.
 */
import type { TableBlock, TableCell } from '../../../src/model/document.ts';
import type { Language } from '../../../src/template.ts';
import { labelCell, labelText, numberCell } from '../../annual-report/build/text.ts';
import { requestColumns } from '../../annual-report/labels.ts';
import { checkVerdicts, memberColumns } from '../labels.ts';
import type { Compiled, MemberRow } from '../sum.ts';

const verdict = (member: MemberRow) =>
  member.checksPass ? checkVerdicts.pass : member.included ? checkVerdicts.failedIncluded : checkVerdicts.failedLeftOut;

const textCell = (text: string): TableCell => ({ content: { text }, align: 'left' });

function memberCells(member: MemberRow, lang: Language): TableCell[] {
  return [
    textCell(lang === 'en' ? member.agencyEn ?? member.agency : member.agency),
    numberCell(member.newlyReceived),
    numberCell(member.concluded),
    numberCell(member.carriedToNextYear),
    numberCell(member.reconsideration),
    numberCell(member.litigation),
    labelCell(verdict(member), lang),
    // The id, not the whole URL: a URL cannot break, and would take the agency's width.
    textCell(member.id ?? ''),
  ];
}

function totalCells({ sum }: Compiled, lang: Language): TableCell[] {
  const { requests, review } = sum;
  const litigation = review.litigationDirect.total === null || review.litigationAfterReconsideration.total === null
    ? null
    : review.litigationDirect.total + review.litigationAfterReconsideration.total;
  return [
    { content: labelText(requestColumns.total, lang), align: 'left' },
    numberCell(requests.newlyReceived.total),
    numberCell(requests.outcomes.total.total),
    numberCell(requests.carriedToNextYear.total),
    numberCell(review.reconsideration.total),
    numberCell(litigation),
    textCell(''),
    textCell(''),
  ];
}

export function membersTable(compiled: Compiled, lang: Language): TableBlock {
  const columns = Object.values(memberColumns);
  return {
    type: 'table',
    // The agency and the link carry the long words; each figure gets an equal share.
    columnWidths: [6, 2, 2, 2, 2, 2, 3, 4],
    header: [columns.map((c) => labelCell(c, lang))],
    body: [...compiled.members.map((m) => memberCells(m, lang)), totalCells(compiled, lang)],
  };
}
