/**
 * Language choices for the builder: how a catalogue label, a prose paragraph and a
 * number become text of the document model in `zh`, `en` or `zh-en`.
 */
import type { ParagraphBlock, TableCell, Text } from '../../../src/model/document.ts';
import type { Language } from '../../../src/template.ts';
import { blankCell, type Label } from '../labels.ts';
import type { Paragraph } from '../schema.ts';

/** A label in the document's language; in `zh-en` the English goes beneath as `secondary`. */
export function labelText(label: Label, lang: Language): Text {
  if (lang === 'en') return { text: label.en };
  if (lang === 'zh-en') return { text: label.zh, secondary: label.en };
  return { text: label.zh };
}

/**
 * The paragraphs of one prose paragraph: the Chinese, the English where the input has it
 * (falling back to the Chinese in `en`), or in `zh-en` the Chinese followed by its English.
 */
export function proseTexts(paragraph: Paragraph, lang: Language): string[] {
  if (lang === 'en') return [paragraph.en ?? paragraph.zh];
  if (lang === 'zh-en' && paragraph.en !== undefined) return [paragraph.zh, paragraph.en];
  return [paragraph.zh];
}

export function paragraphs(prose: readonly Paragraph[], lang: Language): ParagraphBlock[] {
  return prose.flatMap((p) => proseTexts(p, lang)).map((text) => ({ type: 'paragraph', text }));
}

/** A number as printed: integers and amounts exactly as given, a blank cell as 「/」. */
export function numberCell(value: number | null): TableCell {
  return { content: { text: value === null ? blankCell : String(value) }, numeric: true, align: 'center' };
}

/** A label cell of a table (row or column label). */
export function labelCell(
  label: Label,
  lang: Language,
  span: Pick<TableCell, 'colSpan' | 'rowSpan' | 'align' | 'vertical' | 'heading'> = {},
): TableCell {
  return { content: labelText(label, lang), align: 'center', ...span };
}
