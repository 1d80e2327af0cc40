/**
 * The aggregate's input: the compiling body, the year, and the member reports, each an
 * annual report as its agency submitted it (with the id and landing page it is stored
 * under, when it is). Members must all cover `year` and follow one format version; the
 * schema refuses any that differ, naming them.
 */
import * as z from 'zod';
import { annualReport, type AnnualReport } from '../annual-report/schema.ts';

export const limits = { name: 200, members: 5_000 } as const;

const name = z.string().min(1).max(limits.name)
  .refine((s) => !/[\u0000-\u001f\u007f<>]/.test(s), { message: 'plain text only / 只能是纯文本' });

export const member = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional().describe('The id the member report is stored under'),
  link: z.url({ protocol: /^https?$/ }).max(500).optional().describe("The member report's landing page"),
  report: annualReport,
});

const memberName = (report: AnnualReport, index: number) => `#${index + 1} ${report.agency.name}`;

export const aggregate = z.strictObject({
  name: name.describe('The body that compiles the summary, e.g. 测试市人民政府办公室'),
  nameEn: name.optional(),
  year: z.number().int().min(2008).max(2100),
  publishedOn: z.iso.date().optional().describe('Defaults to the latest publication date of the members'),
  allowCheckFailures: z.boolean().default(false).describe('Count members whose own cross-checks fail'),
  members: z.array(member).min(1).max(limits.members),
}).superRefine((input, context) => {
  const version = input.members[0]?.report.formatVersion;
  input.members.forEach(({ report }, index) => {
    if (report.year !== input.year) {
      context.addIssue({
        code: 'custom',
        path: ['members', index, 'report', 'year'],
        message: `Member ${memberName(report, index)} covers ${report.year}, not ${input.year} / 成员报告 ${memberName(report, index)} 的年度为 ${report.year}，不是 ${input.year}`,
      });
    }
    if (report.formatVersion !== version) {
      context.addIssue({
        code: 'custom',
        path: ['members', index, 'report', 'formatVersion'],
        message: `Member ${memberName(report, index)} follows format ${report.formatVersion}, the first member ${version} / 成员报告 ${memberName(report, index)} 采用 ${report.formatVersion} 版格式，第一份采用 ${version} 版`,
      });
    }
  });
});

export type Aggregate = z.infer<typeof aggregate>;
export type Member = z.infer<typeof member>;

/** POST /v1/aggregates: stored report ids instead of the reports. */
export const aggregateRequest = z.strictObject({
  name: aggregate.shape.name,
  nameEn: name.optional(),
  year: aggregate.shape.year,
  publishedOn: z.iso.date().optional(),
  reports: z.array(z.string().max(64)).min(1).max(limits.members)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'each report at most once / 每份报告只能出现一次' })
    .describe('Ids of stored annual reports'),
});
export type AggregateRequest = z.infer<typeof aggregateRequest>;
