/**
 * Chinese line breaking (clreq), on the cluster rules and on the rendered file: no line
 * starts with closing punctuation or ends with opening punctuation; numbers keep their
 * units and Latin words stay whole.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { roleFace } from '../../../src/fonts/faces.ts';
import { breakClusters, mayBreakBetween } from '../../../src/render/pdf/break-clusters.ts';
import { pdfRenderer } from '../../../src/render/pdf/index.ts';
import type { Block } from '../../../src/model/document.ts';
import { model, punctuatedChinese } from './models.ts';
import { type PdfLine, readPdf } from './read-pdf.ts';

const closing = [...'。，、；：？！）》」』”’'];
const opening = [...'（《「『“‘'];

describe('cluster rules', () => {
  it('never breaks before closing or after opening punctuation', () => {
    for (const mark of closing) expect(mayBreakBetween('字', mark)).toBe(false);
    for (const mark of opening) expect(mayBreakBetween(mark, '字')).toBe(false);
    expect(mayBreakBetween('字', '（')).toBe(true);
    expect(mayBreakBetween('。', '字')).toBe(true);
  });

  it('keeps a number with its unit, Latin words and doubled dashes whole', () => {
    expect(breakClusters('共5500余条')).toEqual(['共', '5500余', '条']);
    expect(breakClusters('PDF与Word')).toEqual(['PDF', '与', 'Word']);
    expect(breakClusters('——说明')).toEqual(['——', '说', '明']);
    expect(breakClusters('Open Government data')).toEqual(['Open ', 'Government ', 'data']);
    expect(breakClusters('电话0517-83605170')).toEqual(['电', '话', '0517-83605170']);
  });

  it('breaks URLs and e-mail addresses after / . @ -, never inside a number', () => {
    expect(breakClusters('电子邮箱hazwgkc@163.com。')).toEqual(['电', '子', '邮', '箱', 'hazwgkc@', '163.', 'com。']);
    expect(breakClusters('(www.hailin.gov.cn)下载')).toEqual(['(www.', 'hailin.', 'gov.', 'cn)', '下', '载']);
    expect(breakClusters('https://a.cn/b')).toEqual(['https://', 'a.', 'cn/', 'b']);
    expect(breakClusters('共3.5万，电话0517-8360')).toEqual(['共', '3.5万，', '电', '话', '0517-8360']);
  });

  it('never parts a combining mark from its character', () => {
    expect(breakClusters('中\u0301中\u0301')).toEqual(['中\u0301', '中\u0301']);
    expect(breakClusters('a\u0301\u0301b c')).toEqual(['a\u0301\u0301b ', 'c']);
  });

  it('may break after the hyphen of a compound word, which a narrow column needs', () => {
    expect(breakClusters('Public-interest organisations')).toEqual(['Public-', 'interest ', 'organisations']);
    expect(breakClusters('e-mail')).toEqual(['e-', 'mail']);
  });

  it('gives back the text it was given', () => {
    expect(breakClusters(punctuatedChinese).join('')).toBe(punctuatedChinese);
  });
});

describe('rendered lines', () => {
  const narrowCells: Block = {
    type: 'table',
    columnWidths: [1, 1, 1],
    header: [[{ content: { text: '信息内容（含规章）' } }, { content: { text: '本年新制作数量' } }, { content: { text: '“标准化”要求：公开、透明！' } }]],
    body: [],
  };
  let lines: PdfLine[] = [];

  beforeAll(async () => {
    const bytes = await pdfRenderer.render(
      model([
        { type: 'paragraph', text: punctuatedChinese },
        { type: 'heading', level: 1, content: { text: `一、${punctuatedChinese.slice(0, 80)}` } },
        narrowCells,
        { type: 'paragraph', text: '联系地址：淮安市翔宇南道1号\n邮政编码：223001' },
      ]),
    );
    lines = readPdf(bytes).pages.flatMap((page) => page.lines);
  });

  it('starts no line with closing punctuation and ends none with opening punctuation', () => {
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) {
      expect(closing, line.text).not.toContain(line.text[0]);
      expect(opening, line.text).not.toContain(line.text.at(-1));
    }
  });

  it('breaks no line between a number and its unit or inside a Latin word', () => {
    lines.slice(1).forEach((line, i) => {
      const before = (lines[i] as PdfLine).text.at(-1) ?? '';
      const after = line.text[0] ?? '';
      expect(/[0-9]/.test(before) && /\p{Script=Han}/u.test(after), `${before}|${after}`).toBe(false);
      expect(/[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after), `${before}|${after}`).toBe(false);
    });
  });

  it('ends a line where the paragraph has a newline', () => {
    const texts = lines.map((line) => line.text);
    expect(texts).toContain('联系地址：淮安市翔宇南道1号');
    expect(texts).toContain('邮政编码：223001');
  });

  it('still fills the line: full lines of punctuated prose end at the right edge', () => {
    const bodyFace = roleFace('body').font.postscriptName;
    const address = /联系地址|邮政编码/;
    const body = lines.filter((line) => line.chars[0]?.size === 16 && line.chars.every((c) => c.font.endsWith(bodyFace)) && !address.test(line.text));
    const full = body.slice(0, -1);
    expect(full.length).toBeGreaterThan(10);
    for (const line of full) expect(line.chars.at(-1)?.right ?? 0).toBeGreaterThan(184 * 2.8346 - 2);
  });
});
