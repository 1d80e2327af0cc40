/**
 * Row spans of table bodies, drawn as merged cells by hiding the rules between them.
 * pdfmake 0.3 mis-measures a rowSpan cell whose rows cross a page break when rows may not
 * split: the span's last row stretches to the height the cell had on the page before.
 * Each row of a span is therefore a cell of its own; the label sits in the span's first
 * row, and a vertical label is dealt out one character per row, centred in the span.
 */
import type { TableCell, TableRow, Text } from '../../model/document.ts';
import { isCovered } from '../../model/document.ts';
import { breakClusters } from './break-clusters.ts';

/** One row's part of a merged cell: the text shown there and which rules close it. */
export type SpanPart = {
  readonly source: TableCell;
  readonly content: Text;
  readonly top: boolean;
  readonly bottom: boolean;
};

export type BodyCell = SpanPart | { readonly covered: true };

/**
 * The characters of a vertical label shown in row `index` of a span of `rows` rows. The
 * label is dealt out in clreq clusters, so 「三、」 keeps its pause mark.
 */
function verticalSlice(text: string, rows: number, index: number): string {
  const units = breakClusters(text);
  const perRow = Math.ceil(units.length / rows);
  const used = Math.ceil(units.length / perRow);
  const first = Math.floor((rows - used) / 2);
  const at = index - first;
  return at < 0 || at >= used ? '' : units.slice(at * perRow, (at + 1) * perRow).join('\n');
}

function part(source: TableCell, rows: number, index: number): SpanPart {
  const { text, secondary } = source.content;
  const last = index === rows - 1;
  const shown = source.vertical ? verticalSlice(text, rows, index) : index === 0 ? text : '';
  const withSecondary = secondary !== undefined && (source.vertical ? last : index === 0);
  return {
    source,
    content: withSecondary ? { text: shown, secondary } : { text: shown },
    top: index === 0,
    bottom: last,
  };
}

/** The body with every rowSpan replaced by per-row parts (column spans are kept). */
export function splitRowSpans(body: readonly TableRow[]): BodyCell[][] {
  const rows: BodyCell[][] = body.map((row) => row.map((cell) => (isCovered(cell) ? { covered: true } : part(cell, 1, 0))));
  body.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (isCovered(cell) || (cell.rowSpan ?? 1) <= 1) return;
      const span = Math.min(cell.rowSpan ?? 1, body.length - r);
      for (let i = 0; i < span; i++) {
        const target = rows[r + i];
        if (target) target[c] = part(cell, span, i);
      }
    });
  });
  return rows;
}
