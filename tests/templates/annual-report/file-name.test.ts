/** File names within the byte budget: the agency part cut at a character boundary, the rest whole. */
import { describe, expect, it } from 'vitest';
import { maxFileNameBytes, titleFileName, truncateUtf8 } from '../../../templates/annual-report/file-name.ts';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('truncateUtf8', () => {
  it('keeps whole characters of one, three and four bytes within the budget', () => {
    expect(truncateUtf8('ab淮安', 5)).toBe('ab淮');
    expect(truncateUtf8('ab淮安', 8)).toBe('ab淮安');
    expect(truncateUtf8('𠀀𠀀', 7)).toBe('𠀀');
    expect(truncateUtf8('𠀀𠀀', 3)).toBe('');
  });
});

describe('titleFileName', () => {
  it('leaves an ordinary title whole', () => {
    expect(titleFileName('淮安市人民政府', 2024)).toBe('淮安市人民政府2024年政府信息公开工作年度报告');
  });

  it('gives each language its own name: zh as before, then .en and .zh-en', () => {
    const names = (['zh', 'en', 'zh-en'] as const).map((lang) => titleFileName('淮安市人民政府', 2024, lang));
    expect(names).toEqual([
      '淮安市人民政府2024年政府信息公开工作年度报告',
      '淮安市人民政府2024年政府信息公开工作年度报告.en',
      '淮安市人民政府2024年政府信息公开工作年度报告.zh-en',
    ]);
  });

  it('keeps the language suffix whole when the agency is cut', () => {
    const name = titleFileName('淮安市人民政府办公室'.repeat(20), 2024, 'zh-en');
    expect(bytes(`${name}.docx`)).toBeLessThanOrEqual(maxFileNameBytes);
    expect(name).toMatch(/…2024年政府信息公开工作年度报告\.zh-en$/);
  });

  it.each([
    ['200 Chinese characters', '淮安市人民政府办公室'.repeat(20)],
    ['200 four-byte characters', '𠀀'.repeat(200)],
    ['200 ASCII letters and one Chinese', `${'A'.repeat(199)}府`],
  ])('cuts the agency of %s so the name with .docx fits the budget', (_name, agency) => {
    const name = titleFileName(agency, 2024);
    expect(bytes(`${name}.docx`)).toBeLessThanOrEqual(maxFileNameBytes);
    expect(bytes(`${name}.docx`)).toBeGreaterThan(maxFileNameBytes - 4);
    expect(name).toMatch(/…2024年政府信息公开工作年度报告$/);
    expect(agency.startsWith(name.slice(0, name.indexOf('…')))).toBe(true);
    expect(name).not.toMatch(/\uFFFD|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
