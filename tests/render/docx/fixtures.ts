/** Document models of the shipped examples, built by the real template, for the Word tests. */
import { annualReportTemplate } from '../../../templates/annual-report/index.ts';
import type { DocumentModel, TableBlock } from '../../../src/model/document.ts';
import { isCovered } from '../../../src/model/document.ts';
import type { BuildOptions } from '../../../src/template.ts';
import { exampleInput } from '../../examples/example.ts';

export const examples = ['huaian-2024', 'hailin-2020'] as const;
export const QR_URL = 'https://nianbao.example.gov.cn/r/docx-test_1';

export function exampleModel(name: (typeof examples)[number], options: Partial<BuildOptions> = {}): DocumentModel {
  const report = annualReportTemplate.schema.parse(exampleInput(name));
  return annualReportTemplate.build(report, { lang: 'zh', layout: 'official', qrUrl: QR_URL, ...options });
}

export const tablesOf = (model: DocumentModel): TableBlock[] =>
  model.blocks.filter((block): block is TableBlock => block.type === 'table');

/** The text of every numeric cell of every table, in order. */
export const tableNumbers = (model: DocumentModel): string[] =>
  tablesOf(model).flatMap((table) =>
    [...table.header, ...table.body].flatMap((row) =>
      row.flatMap((cell) => (!isCovered(cell) && cell.numeric ? [cell.content.text] : [])),
    ),
  );
