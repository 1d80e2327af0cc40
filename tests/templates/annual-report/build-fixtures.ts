/** Shared by the builder tests: the examples parsed, and ways to look into a built model. */
import {
  isCovered,
  type Block,
  type DocumentModel,
  type TableBlock,
  type TableCell,
  type TableRow,
} from '../../../src/model/document.ts';
import { annualReport, type Report2019, type Report2021 } from '../../../templates/annual-report/schema.ts';
import { exampleInput as example } from '../../examples/example.ts';

export const hailin = (): Report2019 => annualReport.parse(example('hailin-2020')) as Report2019;
export const huaian = (): Report2021 => annualReport.parse(example('huaian-2024')) as Report2021;

/** The blocks between a level-1 heading whose text starts with `prefix` and the next one. */
export function sectionBlocks(model: DocumentModel, prefix: string): Block[] {
  const start = model.blocks.findIndex((b) => b.type === 'heading' && b.level === 1 && b.content.text.startsWith(prefix));
  if (start < 0) throw new Error(`no section ${prefix}`);
  const rest = model.blocks.slice(start + 1);
  const end = rest.findIndex((b) => b.type === 'heading' && b.level === 1);
  return end < 0 ? rest : rest.slice(0, end);
}

export function tablesOf(blocks: readonly Block[]): TableBlock[] {
  return blocks.filter((b): b is TableBlock => b.type === 'table');
}

export const cells = (row: TableRow): TableCell[] => row.filter((c): c is TableCell => !isCovered(c));
export const texts = (row: TableRow): string[] => cells(row).map((c) => c.content.text);

/**
 * Lays the rows on a grid and returns a description of every inconsistency: a row of the
 * wrong width, a covered cell no span covers, a cell a span overlaps, a span past the edge.
 */
export function gridProblems(table: TableBlock): string[] {
  const rows = [...table.header, ...table.body];
  const width = table.columnWidths.length;
  const owner: (string | undefined)[][] = rows.map(() => Array<string | undefined>(width).fill(undefined));
  const problems: string[] = [];
  rows.forEach((row, r) => {
    if (row.length !== width) problems.push(`row ${r} has ${row.length} cells, not ${width}`);
    row.forEach((cell, c) => {
      if (isCovered(cell)) return;
      for (let dr = 0; dr < (cell.rowSpan ?? 1); dr++) {
        for (let dc = 0; dc < (cell.colSpan ?? 1); dc++) {
          const line = owner[r + dr];
          if (line === undefined || c + dc >= width) { problems.push(`span of ${r},${c} leaves the table`); continue; }
          if (line[c + dc] !== undefined) problems.push(`${r + dr},${c + dc} claimed twice`);
          line[c + dc] = `${r},${c}`;
        }
      }
    });
  });
  for (const [r, row] of rows.entries()) {
    for (const [c, cell] of row.entries()) {
      const claimedBy = owner[r]?.[c];
      if (isCovered(cell) && claimedBy === undefined) problems.push(`${r},${c} covered by nothing`);
      if (!isCovered(cell) && claimedBy !== `${r},${c}`) problems.push(`${r},${c} overlapped by ${claimedBy}`);
    }
  }
  return problems;
}
