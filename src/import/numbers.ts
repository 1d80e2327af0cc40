/**
 * Reading one table cell as a number. A cell is a number, a blank (the agency left it
 * empty or printed 「/」, 「—」, 「无」), or text that is neither and so cannot be read.
 * Whether a number fits its column (whole, non-negative, two decimals) is the schema's
 * business, not this file's.
 */
export type CellValue =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'blank' }
  | { readonly kind: 'text' };

const blankMarks = new Set(['', '/', '-', '--', '—', '——', '无', '\\']);
const plain = /^[-+]?\d+(\.\d+)?$/;
const grouped = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/;

export function readCellValue(text: string): CellValue {
  const t = text.normalize('NFKC').replace(/\s+/g, '').replace(/[−–]/g, '-');
  if (blankMarks.has(t)) return { kind: 'blank' };
  if (!plain.test(t) && !grouped.test(t)) return { kind: 'text' };
  return { kind: 'number', value: Number(t.replace(/,/g, '')) };
}

/** A cell that sits where a number belongs: a number or a blank mark. */
export const isValueLike = (text: string): boolean => readCellValue(text).kind !== 'text';
