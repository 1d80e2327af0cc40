/** A table cut into page parts: spans restated whole in each part, parts that fit, labels kept with their rows. */
import { describe, expect, it } from 'vitest';
import type { TableBlock, TableCell, TableRow } from '../../../src/model/document.ts';
import { isCovered } from '../../../src/model/document.ts';
import { planParts } from '../../../src/render/pdf/table-plan.ts';
import { bodySlice, labelsRowsBelow } from '../../../src/render/pdf/table-rows.ts';
import { columnWidths } from '../../../src/render/pdf/table-geometry.ts';
import { spannedTable } from './models.ts';

const table = spannedTable as TableBlock;
const geometry = { size: 10.5, widths: columnWidths(table, 10.5, 442) };
const first = (row: TableRow | undefined) => row?.find((c): c is TableCell => !isCovered(c));

describe('bodySlice', () => {
  it('restates a span that started above the slice at its top, cut to the rows it holds', () => {
    const slice = bodySlice(table.body, 7, 13);
    expect(slice).toHaveLength(6);
    expect(first(slice[0])?.content.text).toBe('自然人');
    expect(first(slice[0])?.rowSpan).toBe(3);
    expect(isCovered(slice[1]?.[0] ?? { covered: true })).toBe(true);
    // The next group starts inside the slice with its span cut at the slice's end.
    expect(first(slice[3])?.rowSpan).toBe(3);
  });

  it('drops the span of a single remaining row', () => {
    const [row] = bodySlice(table.body, 9, 10);
    expect(first(row)?.content.text).toBe('自然人');
    expect(first(row)?.rowSpan).toBeUndefined();
  });
});

describe('planParts', () => {
  it('cuts parts that each fit their page and together hold every row once', () => {
    const plan = planParts(table, geometry, 200, 600);
    expect(plan.parts.length).toBeGreaterThan(1);
    expect(plan.parts.map((p) => p.end - p.start).reduce((a, b) => a + b, 0)).toBe(table.body.length);
    plan.parts.forEach((part, i) => {
      expect(part.start).toBe(i === 0 ? 0 : plan.parts[i - 1]?.end);
      expect(plan.heights[i]).toBeLessThanOrEqual(i === 0 ? 200 : 600);
    });
  });

  it('starts the table on the next page when its head does not fit', () => {
    const plan = planParts(table, geometry, 30, 600);
    expect(plan.startOnNextPage).toBe(true);
    expect(plan.heights[0]).toBeLessThanOrEqual(600);
  });

  it('never ends a part after a row that labels the rows under it', () => {
    const band: TableRow = [{ content: { text: '第二十条第（一）项' }, colSpan: 5, shaded: true }, ...Array.from({ length: 4 }, () => ({ covered: true as const }))];
    const rows: TableRow[] = Array.from({ length: 30 }, (_, i) => (i % 5 === 0 ? band : table.body[1] ?? band));
    const banded: TableBlock = { ...table, body: rows.map((r) => r.map((c) => (isCovered(c) ? c : { ...c, rowSpan: undefined }))) };
    expect(labelsRowsBelow(band, 5)).toBe(true);
    for (const room of [150, 170, 190, 210]) {
      const plan = planParts(banded, geometry, room, room);
      for (const part of plan.parts.slice(0, -1)) expect(labelsRowsBelow(banded.body[part.end - 1] ?? [], 5), `cut at ${part.end}`).toBe(false);
    }
  });
});
