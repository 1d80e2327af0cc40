/**
 * The prose of the report: section 一 with its customary sub-parts, and section 六 with
 * the 2021 format's statement of information processing fees.
 */
import type { Block, ParagraphBlock } from '../../../src/model/document.ts';
import type { Language } from '../../../src/template.ts';
import { feesStatement, overviewParts, type Label } from '../labels.ts';
import type { AnnualReport, Paragraph } from '../schema.ts';
import { labelText, paragraphs } from './text.ts';

type OverviewPart = keyof typeof overviewParts;
const overviewPartKeys = Object.keys(overviewParts) as OverviewPart[];

/** 「（一）」, 「(一)」: the ordinal a sub-heading opens with. */
const ordinalPattern = /^\s*[（(]([一二三四五六七八九十]+)[）)]\s*/;

/**
 * The sub-heading as the agency words it, where the input does, under the standard ordinal
 * (the parts' order is fixed, so a given ordinal is replaced, never trusted); else the
 * standard label. English falls back to the standard English.
 */
export function partHeading(report: AnnualReport, key: OverviewPart): Label {
  const standard = overviewParts[key];
  const given = report.headings?.[key];
  if (given === undefined) return standard;
  const ordinal = ordinalPattern.exec(standard.zh)?.[0] ?? '';
  return { zh: `${ordinal}${given.zh.replace(ordinalPattern, '')}`, en: given.en ?? standard.en };
}

/**
 * Whether the prose opens with the sub-part's own heading (「（一）主动公开情况。…」 as
 * published, or 「(一)…」 with half-width brackets): then the catalogue heading would
 * print it twice.
 */
function carriesOwnHeading(label: Label, prose: readonly Paragraph[]): boolean {
  const ordinal = /^（(.)）/.exec(label.zh)?.[1];
  const first = prose[0]?.zh.trimStart();
  return ordinal !== undefined && first !== undefined && new RegExp(`^[（(]${ordinal}[）)]`).test(first);
}

/** 一、总体情况's body: the introduction, then each sub-part that has prose, under its 「（一）」 heading. */
export function overviewBlocks(report: AnnualReport, lang: Language): Block[] {
  const parts = overviewPartKeys.flatMap((key): Block[] => {
    const prose = report.overview[key];
    if (prose.length === 0) return [];
    const heading: Block[] = carriesOwnHeading(overviewParts[key], prose)
      ? []
      : [{ type: 'heading', level: 2, content: labelText(partHeading(report, key), lang) }];
    return [...heading, ...paragraphs(prose, lang)];
  });
  return [...paragraphs(report.overview.intro, lang), ...parts];
}

/** Whether the text names this amount in yuan (「3940元」, not 「13940元」). */
function statesYuan(text: string, yuan: number): boolean {
  const amount = String(yuan).replace('.', '\\.');
  return new RegExp(`(?<![0-9.,])${amount}元`).test(text);
}

/**
 * 六、其他需要报告的事项: the prose as given, followed by the fees statement when the
 * 2021 input gives the amount and no paragraph of 六 already states that amount in yuan.
 */
export function otherMattersBlocks(report: AnnualReport, lang: Language): ParagraphBlock[] {
  const prose = paragraphs(report.otherMatters, lang);
  const yuan = report.formatVersion === '2021' ? report.fees?.informationProcessingFeeYuan : undefined;
  if (yuan === undefined || yuan === null) return prose;
  if (report.otherMatters.some((p) => statesYuan(p.zh, yuan))) return prose;
  const statement: Paragraph = { zh: feesStatement.zh(yuan), en: feesStatement.en(yuan) };
  return [...prose, ...paragraphs([statement], lang)];
}
