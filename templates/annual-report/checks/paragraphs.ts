/** Every prose paragraph of a report with its path, in document order: what the prose checks read. */
import type { PathSegment } from '../../../src/json-path.ts';
import type { AnnualReport, Paragraph } from '../schema.ts';

export function proseParagraphs(report: AnnualReport): { path: PathSegment[]; paragraph: Paragraph }[] {
  const { overview } = report;
  const fields: [PathSegment[], readonly Paragraph[]][] = [
    [['preamble'], report.preamble],
    ...(Object.keys(overview) as (keyof typeof overview)[]).map((k): [PathSegment[], readonly Paragraph[]] => [['overview', k], overview[k]]),
    [['problems'], report.problems],
    [['otherMatters'], report.otherMatters],
  ];
  return fields.flatMap(([path, list]) => list.map((paragraph, i) => ({ path: [...path, i], paragraph })));
}
