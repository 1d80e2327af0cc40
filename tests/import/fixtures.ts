/** The corpus pages and the example transcriptions the import tests hold each other to. */
import { readFileSync } from 'node:fs';
import { checkReport } from '../../templates/annual-report/checks.ts';
import { annualReport, type AnnualReport } from '../../templates/annual-report/schema.ts';
import type { Finding } from '../../src/findings.ts';

/** The corpus pages, kept in the repository (tests/fixtures/corpus/README.md names their source). */
export const corpusUrl = (name: string) => new URL(`../fixtures/corpus/${name}`, import.meta.url);
export const corpusText = (name: string) => readFileSync(corpusUrl(name), 'utf8');

export const example = (name: string): AnnualReport =>
  annualReport.parse(JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8')));

export const hailin = { page: '000_b6ebaffc46ffe707.txt', example: () => example('hailin-2020.json') };
export const huaian = { page: 'huaian-2024.txt', example: () => example('huaian-2024.json') };

/** Every table cell of a report as path → value, in printed order. */
export function tableCells(report: AnnualReport): Map<string, number | null> {
  const cells = new Map<string, number | null>();
  const walk = (value: unknown, path: string) => {
    if (value === null || typeof value === 'number') cells.set(path, value);
    else if (typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
  };
  walk(report.proactive, '$.proactive');
  walk(report.requests, '$.requests');
  walk(report.review, '$.review');
  return cells;
}

/** The cross-check errors as rule and path, the way two reports can be compared. */
export const checkErrors = (findings: readonly Finding[]) =>
  findings.filter((f) => f.severity === 'error' && !f.rule.startsWith('import.')).map((f) => `${f.rule} ${f.path}`).sort();

export const expectedCheckErrors = (report: AnnualReport) => checkErrors(checkReport(report));
