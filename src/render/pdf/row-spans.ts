/**
 * Row spans of table bodies, drawn as merged cells by hiding the rules between them.
 * pdfmake 0.3 mis-measures a rowSpan cell whose rows cross a page break when rows may not
 * split: the span's last row stretches to the height the cell had on the page before.
 * Each row of a span is therefore a cell of its own, and the span's label is dealt out over
 * them in pieces — a vertical label's characters, a horizontal label's lines — centred in
 * the span as the published tables centre it, so no row grows to hold the whole label.
 */
import type { TableCell, TableRow, Text } from '../../model/document.ts';
import { isCovered } from '../../model/document.ts';

/** One row's part of a merged cell: the text shown there and which rules close it. */
export type SpanPart = {
  readonly source: TableCell;
  readonly content: Text;
  readonly top: boolean;
  readonly bottom: boolean;
};

export type BodyCell = SpanPart | { readonly covered: true };

/** A piece of a span's label that stays whole in one row: a line, or a vertical label's cluster. */
export type SpanPiece = { readonly text: string; readonly secondary: boolean };

/** The pieces of a span's label, as the renderer will set them in the span's width. */
export type LabelPieces = (cell: TableCell, column: number) => readonly SpanPiece[];

/** The pieces shown in row `index` of a span of `rows` rows: dealt evenly, centred. */
function dealt(pieces: readonly SpanPiece[], rows: number, index: number): Text {
  const perRow = Math.max(1, Math.ceil(pieces.length / rows));
  const used = Math.ceil(pieces.length / perRow);
  const at = index - Math.floor((rows - used) / 2);
  const mine = at < 0 || at >= used ? [] : pieces.slice(at * perRow, (at + 1) * perRow);
  const text = mine.filter((p) => !p.secondary).map((p) => p.text).join('\n');
  const secondary = mine.filter((p) => p.secondary).map((p) => p.text);
  return secondary.length === 0 ? { text } : { text, secondary: secondary.join('\n') };
}

const whole = (source: TableCell): SpanPart => ({ source, content: source.content, top: true, bottom: true });

/** The body with every rowSpan replaced by per-row parts (column spans are kept). */
export function splitRowSpans(body: readonly TableRow[], pieces: LabelPieces): BodyCell[][] {
  const rows: BodyCell[][] = body.map((row) => row.map((cell) => (isCovered(cell) ? { covered: true } : whole(cell))));
  body.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (isCovered(cell) || (cell.rowSpan ?? 1) <= 1) return;
      const span = Math.min(cell.rowSpan ?? 1, body.length - r);
      const labelPieces = pieces(cell, c);
      for (let i = 0; i < span; i++) {
        const target = rows[r + i];
        if (target) target[c] = { source: cell, content: dealt(labelPieces, span, i), top: i === 0, bottom: i === span - 1 };
      }
    });
  });
  return rows;
}
