import { describe, expect, it } from 'vitest';
import type { TableRow } from '../../../src/model/document.ts';
import { placeCells, scaleWidths } from '../../../src/render/docx/table-grid.ts';

const cell = (text: string, spans: { colSpan?: number; rowSpan?: number } = {}) => ({ content: { text }, ...spans });
const covered = { covered: true } as const;

describe('placeCells', () => {
  it('turns covered positions into one gridSpan cell and vMerge continuations of the same span', () => {
    const rows: TableRow[] = [
      [cell('corner', { colSpan: 2, rowSpan: 2 }), covered, cell('c')],
      [covered, covered, cell('d')],
      [cell('e'), cell('f', { colSpan: 2 }), covered],
    ];
    const placed = placeCells(rows).map((row) =>
      row.map((p) => `${p.kind}:${p.cell.content.text}@${p.column}x${p.colSpan}${p.kind === 'start' ? `/${p.rowSpan}` : ''}`),
    );
    expect(placed).toEqual([
      ['start:corner@0x2/2', 'start:c@2x1/1'],
      ['continue:corner@0x2', 'start:d@2x1/1'],
      ['start:e@0x1/1', 'start:f@1x2/1'],
    ]);
  });

  it('refuses a covered cell that no span covers, rather than writing a broken grid', () => {
    expect(() => placeCells([[cell('a'), covered]])).toThrow(/row 1, column 2/);
  });

  it('stops a vertical span at its last row', () => {
    expect(() => placeCells([[cell('a', { rowSpan: 2 })], [covered], [covered]])).toThrow(/row 3, column 1/);
  });
});

describe('scaleWidths', () => {
  it('scales relative widths to whole twips that add up to the text width exactly', () => {
    const widths = scaleWidths([1.2, 3, 5.5, 1.6, 1.6, 1.6, 1.6, 1.6, 1.6, 1.6], 8844);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(8844);
    expect(widths.every(Number.isInteger)).toBe(true);
    expect(widths[2]! / widths[0]!).toBeCloseTo(5.5 / 1.2, 1);
  });
});
