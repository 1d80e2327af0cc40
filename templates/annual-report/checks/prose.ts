/**
 * Numbers quoted in the prose against the tables (rule 6). Only phrasings clear enough to
 * match mechanically, e.g. 「共受理政府信息公开申请3119件」; a mismatch only warns, because
 * the text may count differently from the table.
 */
import type { Finding } from '../../../src/findings.ts';
import { jsonPath } from '../../../src/json-path.ts';
import { litigationHeading, quotedFigureTerms as terms, reviewColumns, sections } from '../labels.ts';
import type { AnnualReport } from '../schema.ts';
import { type PlacedCell, placeOf } from './cells.ts';
import { carriedOverRow, newlyReceivedRow, requestCell } from './request-table.ts';
import { proseParagraphs } from './paragraphs.ts';
import { reviewCell } from './review.ts';
import { rules } from './rules.ts';

/** What a quoted number is compared with, and how to name it. */
type Compared = {
  readonly value: number | null;
  readonly zh: string;
  readonly en: string;
  readonly labels?: { readonly table: string; readonly row: string; readonly column: string };
};

const cell = (placed: PlacedCell): Compared => {
  const { zh, en, labels } = placeOf(placed);
  return { value: placed.value, zh, en, labels };
};

const sumOrBlank = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b);

const number = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)`;
const quote = (pattern: string) => new RegExp(pattern.replace('NUMBER', number), 'g');
/** Any of a term's wordings, as a regex group that captures nothing. */
const anyOf = (wordings: readonly string[]) => `(?:${wordings.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;

const quotes: readonly { readonly pattern: RegExp; readonly against: (r: AnnualReport) => Compared | undefined }[] = [
  {
    pattern: quote(String.raw`共(?:受理|收到|接收)[^\d，。,;；]{0,20}?申请[^\d，。,;；]{0,6}?NUMBER件`),
    against: (r) => cell(requestCell(newlyReceivedRow(r), 'total')),
  },
  { pattern: quote(`${anyOf(terms.carriedOver)}(?:政府信息公开)?申请NUMBER件`), against: (r) => cell(requestCell(carriedOverRow(r), 'total')) },
  { pattern: quote(`${anyOf(terms.reconsideration)}NUMBER件`), against: (r) => cell(reviewCell(r, 'reconsideration', 'total')) },
  {
    pattern: quote(`${anyOf(terms.litigation)}NUMBER件`),
    against: (r) => ({
      value: sumOrBlank(r.review.litigationDirect.total, r.review.litigationAfterReconsideration.total),
      labels: { table: sections.review.zh, row: litigationHeading.zh, column: reviewColumns.total.zh },
      zh: `${sections.review.zh}「${litigationHeading.zh}」两组「${reviewColumns.total.zh}」之和`,
      en: `${sections.review.en}, the two "${litigationHeading.en}" groups' "${reviewColumns.total.en}" added`,
    }),
  },
  {
    pattern: quote(`${anyOf(terms.processingFee)}NUMBER元`),
    against: (r) => {
      if (r.formatVersion !== '2021' || !r.fees) return undefined;
      const path = jsonPath(['fees', 'informationProcessingFeeYuan']);
      return { value: r.fees.informationProcessingFeeYuan, zh: path, en: path };
    },
  },
];

export function quotedNumberFindings(report: AnnualReport): Finding[] {
  const rule = rules['prose.quoted-number'];
  return proseParagraphs(report).map(({ path, paragraph }) => ({ path: [...path, 'zh'], text: paragraph.zh })).flatMap(({ path, text }) =>
    quotes.flatMap(({ pattern, against }) => {
      const compared = against(report);
      const expected = compared?.value;
      if (!compared || expected === null || expected === undefined) return [];
      return [...text.matchAll(pattern)].flatMap((match): Finding[] => {
        const quoted = Number((match[1] ?? '').replaceAll(',', ''));
        if (quoted === expected) return [];
        const { zh, en, labels } = compared;
        return [{
          rule: 'prose.quoted-number',
          severity: rule.severity,
          path: jsonPath(path),
          ...labels,
          expected,
          found: quoted,
          message: {
            zh: `正文写「${match[0]}」，但${zh}为 ${expected}：${rule.statement.zh}。`,
            en: `The text says "${match[0]}", but ${en} is ${expected}: ${rule.statement.en}.`,
          },
        }];
      });
    }));
}
