/**
 * Every table leaves air between its text and its borders: both examples in zh and zh-en,
 * each glyph enclosed by rules on all four sides (so inside a table cell) keeps at least
 * 1.5 pt from the nearest rule on each side. Rules are the page's stroked segments (read
 * through a mupdf device); a glyph's box is its advance horizontally and its em box
 * (0.88 em above the baseline, 0.12 em below) vertically.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { isCovered } from '../../../src/model/document.ts';
import type { Language } from '../../../src/template.ts';
import { pdfRenderer } from '../../../src/render/pdf/index.ts';
import { annualReportTemplate } from '../../../templates/annual-report/index.ts';
import { emTop, type PdfChar, type PdfRule, readPdf, rulesOf } from './read-pdf.ts';

const MIN_GAP = 1.5;
const cases = (['huaian-2024', 'hailin-2020'] as const).flatMap((name) => (['zh', 'zh-en'] as const).map((lang) => ({ name, lang })));

function build(example: string, lang: Language) {
  const input: unknown = JSON.parse(readFileSync(new URL(`../../../examples/${example}.json`, import.meta.url), 'utf8'));
  return annualReportTemplate.build(annualReportTemplate.schema.parse(input), { lang, layout: 'official', qrUrl: 'https://nianbao.example.gov.cn/r/padding' });
}

const digitCount = (text: string) => (text.match(/\d/g) ?? []).length;

type Gap = { readonly glyph: string; readonly page: number; readonly side: string; readonly gap: number };

/** The gaps on each side between a glyph and the nearest rules around it; none if it is not enclosed. */
function gaps(char: PdfChar, rules: readonly PdfRule[]): { side: string; gap: number }[] | undefined {
  const box = { left: char.x, right: char.right, top: emTop(char), bottom: char.y + 0.12 * char.size };
  const [cx, cy] = [(box.left + box.right) / 2, (box.top + box.bottom) / 2];
  const vertical = rules.filter((r) => r.axis === 'vertical' && r.from <= cy && r.to >= cy);
  const horizontal = rules.filter((r) => r.axis === 'horizontal' && r.from <= cx && r.to >= cx);
  const nearest = (candidates: PdfRule[], before: boolean, centre: number) =>
    candidates.filter((r) => (before ? r.at <= centre : r.at > centre)).sort((a, b) => (before ? b.at - a.at : a.at - b.at))[0];
  const [left, right, top, bottom] = [nearest(vertical, true, cx), nearest(vertical, false, cx), nearest(horizontal, true, cy), nearest(horizontal, false, cy)];
  if (!left || !right || !top || !bottom) return undefined;
  return [
    { side: 'left', gap: box.left - (left.at + left.width / 2) },
    { side: 'right', gap: right.at - right.width / 2 - box.right },
    { side: 'top', gap: box.top - (top.at + top.width / 2) },
    { side: 'bottom', gap: bottom.at - bottom.width / 2 - box.bottom },
  ];
}

describe.each(cases)('table text in $name ($lang)', ({ name, lang }) => {
  let measured: Gap[] = [];
  let glyphs = 0;
  let enclosedDigits = 0;
  let tableDigits = 0;

  beforeAll(async () => {
    const model = build(name, lang);
    tableDigits = digitCount(
      model.blocks
        .flatMap((block) => (block.type === 'table' ? block.body.flat().map((cell) => (!isCovered(cell) && cell.numeric ? cell.content.text : '')) : []))
        .join(''),
    );
    const { pages, document } = readPdf(await pdfRenderer.render(model));
    measured = [];
    glyphs = 0;
    enclosedDigits = 0;
    pages.forEach((page, index) => {
      const rules = rulesOf(document, index);
      for (const char of page.lines.flatMap((line) => line.chars)) {
        if (char.c.trim() === '') continue;
        const around = gaps(char, rules);
        if (!around) continue;
        glyphs += 1;
        enclosedDigits += digitCount(char.c);
        for (const { side, gap } of around) measured.push({ glyph: char.c, page: index + 1, side, gap });
      }
    });
  });

  it(`keeps every glyph in a cell at least ${MIN_GAP} pt from each rule`, () => {
    // The tables are there and read as tables: hundreds of glyphs enclosed by rules.
    expect(glyphs).toBeGreaterThan(300);
    // No table figure escapes the check: at least every digit of the model's numeric cells is enclosed.
    expect(tableDigits).toBeGreaterThan(50);
    expect(enclosedDigits).toBeGreaterThanOrEqual(tableDigits);
    const tight = measured.filter((g) => g.gap < MIN_GAP).sort((a, b) => a.gap - b.gap);
    const smallest = (side: string) => Math.min(...measured.filter((g) => g.side === side).map((g) => g.gap)).toFixed(2);
    expect(
      tight.slice(0, 10).map((g) => `「${g.glyph}」 p${g.page} ${g.side} ${g.gap.toFixed(2)} pt`),
      `${tight.length} of ${measured.length} gaps under ${MIN_GAP} pt (smallest left ${smallest('left')}, right ${smallest('right')}, top ${smallest('top')}, bottom ${smallest('bottom')} pt)`,
    ).toEqual([]);
  });
});
