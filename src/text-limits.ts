/**
 * Limits on text that keep the cost of a report proportional to its size, checked by the
 * schema, so `validate` and `render` refuse the same inputs before any layout work.
 *
 * - Combining marks (accents, variation selectors: `\p{M}`) are drawn on their base
 *   character; real text stacks at most two (Vietnamese ệ in decomposed form). A base with
 *   more is a rendering bomb, not writing.
 * - A report's characters, all its texts together, are capped: the cost of layout grows with
 *   them, and the worst text measured (digits and Han alternating, combining marks on Latin)
 *   costs ten times plain Chinese per character. The budget is what renders every accepted
 *   report, in every format and both languages, within the render budget (README, "Limits").
 */

export const textLimits = {
  /** Combining marks on one base character. */
  marksPerBase: 2,
  /** Combining marks in the whole report. */
  marksPerReport: 1_000,
  /** Characters (code points) of every text of the report together, Chinese and English. */
  charactersPerReport: 50_000,
} as const;

const stackedMarks = new RegExp(`\\p{M}{${textLimits.marksPerBase + 1},}`, 'u');
const anyMark = /\p{M}/gu;

/** Whether no base character carries more combining marks than the limit. */
export const marksWithinLimit = (text: string) => !stackedMarks.test(text);

export const stackedMarksMessage =
  `at most ${textLimits.marksPerBase} combining marks on one character / 一个字符上最多叠加 ${textLimits.marksPerBase} 个组合符号`;

/** Every string in a parsed value, depth first. */
function* texts(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* texts(item);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) yield* texts(item);
}

export type TextTotals = { readonly characters: number; readonly marks: number };

export function textTotals(value: unknown): TextTotals {
  let characters = 0;
  let marks = 0;
  for (const text of texts(value)) {
    for (const _ of text) characters += 1;
    marks += text.match(anyMark)?.length ?? 0;
  }
  return { characters, marks };
}

/** The report-wide limits a value breaks, each as 「English / 中文」 (the schema's custom message form). */
export function reportTextProblems(value: unknown): string[] {
  const { characters, marks } = textTotals(value);
  const problems: string[] = [];
  if (characters > textLimits.charactersPerReport) {
    problems.push(`the report's texts total ${characters} characters, more than the limit of ${textLimits.charactersPerReport} / `
      + `报告全部文字共 ${characters} 个字符，超过 ${textLimits.charactersPerReport} 个的上限`);
  }
  if (marks > textLimits.marksPerReport) {
    problems.push(`the report has ${marks} combining marks, more than the limit of ${textLimits.marksPerReport} / `
      + `报告共有 ${marks} 个组合符号，超过 ${textLimits.marksPerReport} 个的上限`);
  }
  return problems;
}
