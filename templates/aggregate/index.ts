/**
 * The aggregate (汇总) template: member annual reports of one year and format version,
 * compiled by a body into a members table and the official tables summed. From stored
 * reports it gathers its input through `gathers` (POST /v1/aggregates).
 */
import { languageSuffix, type Template } from '../../src/template.ts';
import { annualReportTemplate } from '../annual-report/index.ts';
import { buildAggregate } from './build.ts';
import { checkAggregate } from './checks.ts';
import { aggregateData } from './data.ts';
import { aggregateFileName } from './file-name.ts';
import { relatedHeading } from './labels.ts';
import { aggregate, aggregateRequest, type Aggregate, type AggregateRequest } from './schema.ts';
import { compiledOf } from './sum.ts';

const jsonSchema = () => aggregate.toJSONSchema({ io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;

export const aggregateTemplate: Template<Aggregate> = {
  kind: 'aggregate',
  schema: aggregate,
  jsonSchema,
  schemaName: 'Aggregate',
  check: checkAggregate,
  build: buildAggregate,
  facts: (input, lang) => ({
    subject: input.name,
    ...(input.nameEn === undefined ? {} : { subjectEn: input.nameEn }),
    year: input.year,
    publishedOn: compiledOf(input).sum.publishedOn,
    version: compiledOf(input).sum.formatVersion,
    fileName: `${aggregateFileName(input.name, input.year)}${languageSuffix(lang)}`,
    asciiFileName: `aggregate-${input.year}${languageSuffix(lang)}`,
  }),
  describe: (input) => ({
    summary: input === undefined ? '' : `${input.members.length} member(s), format ${compiledOf(input).sum.formatVersion}`,
    fields: { members: input?.members.length ?? null, formatVersion: input === undefined ? null : compiledOf(input).sum.formatVersion },
  }),
  related: (input, lang) => ({
    heading: lang === 'en' ? relatedHeading.en : relatedHeading.zh,
    links: input.members.flatMap((m) => (m.link === undefined ? [] : [{ label: m.report.agency.name, href: m.link }])),
  }),
  data: aggregateData,
  gathers: {
    request: aggregateRequest,
    memberKind: annualReportTemplate.kind,
    input: (request: AggregateRequest, members, options) => ({
      name: request.name,
      ...(request.nameEn === undefined ? {} : { nameEn: request.nameEn }),
      year: request.year,
      ...(request.publishedOn === undefined ? {} : { publishedOn: request.publishedOn }),
      allowCheckFailures: options.allowCheckFailures,
      members: members.map((m) => ({ id: m.id, link: m.link, report: m.input })),
    }),
  },
};
