/**
 * The annual-report template: what the engine needs to accept, check and lay out a
 * 政府信息公开工作年度报告 of either format version.
 */
import { languageSuffix, type Template } from '../../src/template.ts';
import { buildReport } from './build.ts';
import { asciiFileName, fileName } from './build/front-matter.ts';
import { checkReport } from './checks.ts';
import { tablesIncomplete } from './import/import-findings.ts';
import { annualReportJsonSchema } from './json-schema.ts';
import { annualReport, otherHandlingShape, publicationDates, type AnnualReport, type FormatVersion } from './schema.ts';

import { languageFindings } from './checks/english.ts';
import { fieldLabel } from './field-labels.ts';

const formatVersions: readonly FormatVersion[] = ['2019', '2021'];
const isVersion = (value: string): value is FormatVersion => (formatVersions as readonly string[]).includes(value);

export const annualReportTemplate: Template<AnnualReport> = {
  kind: 'annual-report',
  schema: annualReport,
  jsonSchema: annualReportJsonSchema,
  schemaName: 'AnnualReport',
  limitsNote: `amounts exact to the cent; publication dates ${publicationDates.earliest} to ${publicationDates.latest}.`,
  check: checkReport,
  languageFindings,
  build: buildReport,
  fieldLabel,
  facts: (report, lang) => ({
    subject: report.agency.name,
    ...(report.agency.nameEn === undefined ? {} : { subjectEn: report.agency.nameEn }),
    year: report.year,
    publishedOn: report.publishedOn,
    version: report.formatVersion,
    fileName: fileName(report, lang),
    asciiFileName: `${asciiFileName(report)}${languageSuffix(lang)}`,
    contact: { ...report.agency.contact, ...(report.agency.website === undefined ? {} : { website: report.agency.website }) },
  }),
  describe: (report) => ({
    summary: report === undefined ? '' : `format ${report.formatVersion}, （六）${otherHandlingShape(report)}`,
    fields: {
      formatVersion: report?.formatVersion ?? null,
      otherHandlingShape: report === undefined ? null : otherHandlingShape(report),
    },
  }),
  importer: {
    versions: formatVersions,
    // Loaded on first use: a render never needs the importer or its HTML parser.
    read: async (input, options) =>
      (await import('./import/import-report.ts')).importReport(input, {
        formatVersion: isVersion(options.formatVersion) ? options.formatVersion : 'auto',
        ...(options.shape === undefined ? {} : { shape: options.shape }),
      }),
    incomplete: tablesIncomplete,
  },
};
