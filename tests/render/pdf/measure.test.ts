/** Widths measured without shaping equal what fontkit's full layout (pdfkit's) gives. */
import { describe, expect, it } from 'vitest';
import { roleFace } from '../../../src/fonts/faces.ts';
import { textWidth } from '../../../src/render/pdf/measure.ts';
import { punctuatedChinese } from './models.ts';

describe('textWidth', () => {
  it('matches the shaped width of mixed Chinese, Latin, digits and punctuation', () => {
    for (const role of ['body', 'heading1', 'title'] as const) {
      const { font } = roleFace(role);
      const shaped = (font.layout(punctuatedChinese).advanceWidth / font.unitsPerEm) * 16;
      expect(textWidth(punctuatedChinese, role, 16)).toBeCloseTo(shaped, 6);
    }
  });
});
