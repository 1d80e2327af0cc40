/**
 * The input: an annual report as upstream systems send it, for both format versions.
 * This zod schema is the single definition: TypeScript types, the published JSON Schema
 * and the OpenAPI document all follow from it.
 */
import * as z from 'zod';
import { marksWithinLimit, reportTextProblems, stackedMarksMessage } from '../../src/text-limits.ts';
import { exactCents, moneyPrecisionMessage } from './money.ts';
import {
  cannotProvideRows,
  notDisclosedRows,
  notProcessedRows,
  otherHandlingRows,
  requestColumnKeys,
  reviewColumnKeys,
  reviewGroupKeys,
} from './labels.ts';
import { proactiveSpec, type CellKind, type ProactiveOf, type ProactiveSpec, type TableSpec } from './proactive-spec.ts';

export const limits = {
  shortText: 200,
  paragraph: 5_000,
  paragraphs: 100,
  count: 1_000_000_000,
  money: 1_000_000_000_000,
} as const;

/** `null` is a cell the agency left blank (or printed 「/」): shown as blank, never taken as 0. */
const blank = z.null().describe('Blank cell: the agency gave no number here');

export const count = z.number().int().min(0).max(limits.count).nullable()
  .describe('Non-negative integer count, or null for a blank cell');
export const signedCount = z.number().int().min(-limits.count).max(limits.count).nullable()
  .describe('Signed integer (本年增/减), or null for a blank cell');
/** Printed as given to the cent: float noise (0.30000000000000004) is taken as 0.3, anything finer is refused. */
export const money = z.number().min(0).max(limits.money)
  .refine((value) => exactCents(value) !== undefined, { message: moneyPrecisionMessage })
  .transform((value) => exactCents(value) ?? value)
  .nullable()
  .describe('Amount with at most 2 decimals, or null for a blank cell');

/**
 * What pasted HTML looks like: a tag with well-formed attributes, a comment, a doctype or
 * CDATA. Text that merely uses angle brackets (「a<b & c>d」) is text.
 */
const markup = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>|<!--|<!\[CDATA\[|<!doctype/i;

/** Unicode's noncharacters: U+FDD0–U+FDEF and the last two code points of every plane. */
const noncharacter = /[\u{fdd0}-\u{fdef}\u{fffe}\u{ffff}\u{1fffe}\u{1ffff}\u{2fffe}\u{2ffff}\u{3fffe}\u{3ffff}\u{4fffe}\u{4ffff}\u{5fffe}\u{5ffff}\u{6fffe}\u{6ffff}\u{7fffe}\u{7ffff}\u{8fffe}\u{8ffff}\u{9fffe}\u{9ffff}\u{afffe}\u{affff}\u{bfffe}\u{bffff}\u{cfffe}\u{cffff}\u{dfffe}\u{dffff}\u{efffe}\u{effff}\u{ffffe}\u{fffff}\u{10fffe}\u{10ffff}]/u;

/** A UTF-16 surrogate without its partner (JSON's "\\ud800" escapes can make one). */
const unpairedSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Plain text: something besides spaces, no markup, no control characters, no stacked marks. */
const plainText = (max: number) =>
  z.string().min(1).max(max)
    .refine((s) => /\S/u.test(s), { message: 'must not be blank / 不能只有空白' })
    .refine((s) => !markup.test(s), { message: 'plain text only, no HTML or markup / 只能是纯文本，不能含 HTML 标记' })
    .refine((s) => !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(s), { message: 'no control characters / 不能含控制字符' })
    // XML 1.0 (Word) cannot carry these, and no face draws them: refused, not silently dropped.
    .refine((s) => !unpairedSurrogate.test(s) && !noncharacter.test(s), { message: 'no unpaired surrogates or Unicode noncharacters (U+FFFE, U+FFFF …) / 不能含不成对的代理项或 Unicode 非字符（U+FFFE、U+FFFF 等）' })
    .refine(marksWithinLimit, { message: stackedMarksMessage });

const shortText = plainText(limits.shortText);

export const paragraph = z.strictObject({
  zh: plainText(limits.paragraph).describe('The paragraph as published, in Chinese'),
  en: plainText(limits.paragraph * 2).optional().describe('Its English version, if any'),
});
export const prose = z.array(paragraph).max(limits.paragraphs);

/** Reports exist since the 2008 regulations; the range also keeps every date printable (a zip dates 1980–2107). */
export const publicationDates = { earliest: '2008-01-01', latest: '2101-12-31' } as const;
const isoDate = z.iso.date()
  .refine((d) => d >= publicationDates.earliest && d <= publicationDates.latest, {
    message: `a date from ${publicationDates.earliest} to ${publicationDates.latest} / 日期应在 ${publicationDates.earliest} 至 ${publicationDates.latest} 之间`,
  })
  .describe(`ISO date, YYYY-MM-DD, from ${publicationDates.earliest} to ${publicationDates.latest}`);

/** The agency's own wording of a sub-heading, e.g. 「主动公开情况」 for the standard 「主动公开」. */
export const headingWording = z.strictObject({
  zh: shortText.describe('The heading as published, with or without its ordinal 「（一）」'),
  en: shortText.optional().describe('Its English; the standard English heading when absent'),
});
const overviewHeadings = z.strictObject({
  proactive: headingWording.optional(),
  onRequest: headingWording.optional(),
  management: headingWording.optional(),
  platforms: headingWording.optional(),
  oversight: headingWording.optional(),
}).describe('The agency\'s wording of the （一）–（五） headings of 一、总体情况; each absent one keeps the standard label');

export const agency = z.strictObject({
  name: shortText.describe('The agency as it signs the report, e.g. 淮安市人民政府'),
  nameEn: shortText.optional(),
  region: shortText.optional().describe('e.g. 江苏省淮安市'),
  website: z.url({ protocol: /^https?$/ }).max(limits.shortText).optional(),
  contact: z.strictObject({
    office: shortText.optional(),
    address: shortText.optional(),
    postcode: z.string().regex(/^\d{6}$/, 'six digits / 六位数字').optional(),
    phone: z.string().max(40).regex(/^[0-9+\-() ]+$/, 'digits, spaces and + - ( ) only / 只含数字、空格和 + - ( )').optional(),
    email: z.email().max(limits.shortText).optional(),
  }).optional(),
});

const rowOf = <K extends string>(keys: readonly K[], cell: z.ZodType<number | null>) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, cell])) as Record<K, typeof cell>);

/** One row of section 三: the six requester columns and 总计. */
export const requestRow = rowOf(requestColumnKeys, count);
const rowsOf = <T extends Record<string, unknown>>(rows: T) =>
  z.strictObject(Object.fromEntries(Object.keys(rows).map((k) => [k, requestRow])) as Record<keyof T & string, typeof requestRow>);

const otherHandlingSplit = rowsOf(otherHandlingRows);

const outcomes = <O extends z.ZodType>(otherHandling: O) => z.strictObject({
  disclosed: requestRow,
  partlyDisclosed: requestRow,
  notDisclosed: rowsOf(notDisclosedRows),
  cannotProvide: rowsOf(cannotProvideRows),
  notProcessed: rowsOf(notProcessedRows),
  otherHandling,
  total: requestRow,
});

const requests = <O extends z.ZodType>(otherHandling: O) => z.strictObject({
  newlyReceived: requestRow,
  carriedOver: requestRow,
  outcomes: outcomes(otherHandling),
  carriedToNextYear: requestRow,
});

/** Section 四: three groups of 维持 · 纠正 · 其他 · 尚未审结 · 总计. */
export const reviewGroup = rowOf(reviewColumnKeys, count);
export const review = z.strictObject(
  Object.fromEntries(reviewGroupKeys.map((k) => [k, reviewGroup])) as Record<(typeof reviewGroupKeys)[number], typeof reviewGroup>,
);

/** The schema of each kind of cell the section 二 spec names. */
export const cellSchemas: Record<CellKind, z.ZodType<number | null>> = { count, signed: signedCount, money };

/** Section 二 of a version, from its spec: item → row → column, each cell of its kind. */
function proactiveOf<V extends keyof ProactiveSpec>(version: V): z.ZodType<ProactiveOf<ProactiveSpec[V]>> {
  const tables: readonly TableSpec[] = proactiveSpec[version];
  const object = <T>(entries: [string, T][]) => z.strictObject(Object.fromEntries(entries) as Record<string, T>);
  const shape = object(tables.map((t) => [t.key, object(t.rows.map((r) => [r.key, object(t.columns.map((c) => [c.key, cellSchemas[c.cell]]))]))]));
  // The spec's keys are literal types; the object built from them at run time is that shape.
  return shape as unknown as z.ZodType<ProactiveOf<ProactiveSpec[V]>>;
}

const proactive2019 = proactiveOf('2019');
const proactive2021 = proactiveOf('2021');

/** Figures from last year's report, so the cross-year checks can run. */
const lastYear2019 = z.strictObject({ carriedToNextYear: requestRow });
const lastYear2021 = z.strictObject({
  carriedToNextYear: requestRow.optional(),
  inForce: z.strictObject({ rules: count, normativeDocuments: count }).optional(),
});

const common = {
  agency,
  year: z.number().int().min(2008).max(2100).describe('The year the report covers'),
  publishedOn: isoDate.describe('Publication date'),
  title: z.strictObject({ zh: shortText, en: shortText.optional() }).optional()
    .describe('Overrides the standard title'),
  preamble: prose,
  headings: overviewHeadings.optional(),
  overview: z.strictObject({
    intro: prose,
    proactive: prose,
    onRequest: prose,
    management: prose,
    platforms: prose,
    oversight: prose,
  }),
  review,
  problems: prose,
  otherMatters: prose,
};

export const report2019 = z.strictObject({
  formatVersion: z.literal('2019'),
  ...common,
  proactive: proactive2019,
  requests: requests(requestRow),
  lastYear: lastYear2019.optional(),
});

export const report2021 = z.strictObject({
  formatVersion: z.literal('2021'),
  ...common,
  proactive: proactive2021,
  requests: requests(z.union([requestRow, otherHandlingSplit])
    .describe('（六）其他处理: one row, or the three rows of the 2021 format')),
  fees: z.strictObject({
    informationProcessingFeeYuan: money.describe('信息处理费 collected this year, in yuan'),
  }).optional(),
  lastYear: lastYear2021.optional(),
});

/** The report-wide text limits, checked once the shape is right (src/text-limits.ts). */
export const annualReport = z.discriminatedUnion('formatVersion', [report2019, report2021])
  .superRefine((report, context) => {
    for (const message of reportTextProblems(report)) context.addIssue({ code: 'custom', message, path: [] });
  });

export type AnnualReport = z.infer<typeof annualReport>;
export type Report2019 = z.infer<typeof report2019>;
export type Report2021 = z.infer<typeof report2021>;
export type RequestRow = z.infer<typeof requestRow>;
export type ReviewGroupRow = z.infer<typeof reviewGroup>;
export type Paragraph = z.infer<typeof paragraph>;
export type FormatVersion = AnnualReport['formatVersion'];

export type OtherHandlingShape = 'one-row' | 'three-rows';
/** Which shape of （六）其他处理 the report used. */
export function otherHandlingShape(report: AnnualReport): OtherHandlingShape {
  return 'naturalPersons' in report.requests.outcomes.otherHandling ? 'one-row' : 'three-rows';
}
