/**
 * The annual-report template: what the engine needs to accept, check and lay out a
 * 政府信息公开工作年度报告 of either format version.
 */
import type { Template } from '../../src/template.ts';
import { buildReport } from './build.ts';
import { asciiFileName, fileName } from './build/front-matter.ts';
import { checkReport } from './checks.ts';
import { fieldLabel } from './field-labels.ts';
import { annualReport, type AnnualReport } from './schema.ts';

export const annualReportTemplate: Template<AnnualReport> = {
  kind: 'annual-report',
  schema: annualReport,
  check: checkReport,
  build: buildReport,
  fieldLabel,
  fileName,
  asciiFileName,
};
