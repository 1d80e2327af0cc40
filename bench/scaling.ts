/**
 * Cost linear in the report: the huaian-2024 document model with every paragraph and every
 * table repeated k times (k = 1, 4, 16), rendered to PDF; the slope is the cost of one more
 * copy of the report's prose and tables, and the ratio per copy shows whether it stays flat.
 */
import type { DocumentModel } from '../src/model/document.ts';
import { pdfRenderer } from '../src/render/pdf/index.ts';
import { annualReportTemplate } from '../templates/annual-report/index.ts';
import { linearFit, median, round, timed } from './stats.ts';

export const scales = [1, 4, 16] as const;

function repeated(model: DocumentModel, k: number): DocumentModel {
  return { ...model, blocks: model.blocks.flatMap((block) => (block.type === 'paragraph' || block.type === 'table' ? Array(k).fill(block) : [block])) };
}

export async function scaling(input: unknown) {
  const model = annualReportTemplate.build(annualReportTemplate.schema.parse(input), { lang: 'zh', layout: 'official' });
  await pdfRenderer.render(repeated(model, 1));
  const points = [];
  for (const k of scales) {
    const scaled = repeated(model, k);
    const times = [];
    for (let run = 0; run < (k >= 16 ? 3 : 7); run++) times.push(await timed(() => pdfRenderer.render(scaled)));
    points.push({ k, medianMs: round(median(times)) });
  }
  const { slope, intercept } = linearFit(points.map((p) => ({ x: p.k, y: p.medianMs })));
  return {
    points: points.map((p) => ({ ...p, msPerCopy: round(p.medianMs / p.k) })),
    slopeMsPerCopy: round(slope),
    interceptMs: round(intercept),
  };
}
