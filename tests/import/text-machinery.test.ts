/** The format-neutral machinery of src/import: keys, lines, grids, cells, decoding. */
import { describe, expect, it } from 'vitest';
import { htmlToLines } from '../../src/import/html-lines.ts';
import { findLabel } from '../../src/import/label-search.ts';
import { labelKey } from '../../src/import/normalize.ts';
import { readCellValue } from '../../src/import/numbers.ts';
import { decodePage, shapeOf } from '../../src/import/read-input.ts';
import { UnreadableInput } from '../../src/import/unreadable.ts';
import { valuesAfter } from '../../src/import/row-values.ts';
import { textToLines } from '../../src/import/text-lines.ts';

describe('labelKey folds the spellings of one label together', () => {
  it.each([
    ['科研机 构', '科研机构'],
    ['规 \u2002\u2002\u2002章', '规章'],
    ['(二)部分公开(区分处理的,只计这一情形,不计其他情形)', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
    ['1、属于国家秘密', '1.属于国家秘密'],
    ['1．属于国家秘密', '1.属于国家秘密'],
    ['一.总体情况', '一、总体情况'],
    ['本年新\n制作数量', '本年新制作数量'],
    ['3.危及"三安全一稳定"', '3.危及“三安全一稳定”'],
    ['第二十条第㈠项', '第二十条第（一）项'],
  ])('%s ≡ %s', (a, b) => expect(labelKey(a)).toBe(labelKey(b)));

  it('keeps different labels apart', () => {
    expect(labelKey('规范性文件')).not.toBe(labelKey('行政规范性文件'));
    expect(labelKey('其他')).not.toBe(labelKey('3.其他'));
  });
});

describe('textToLines', () => {
  it('reads pipe rows and tab rows as rows, skips rule lines and blank lines, keeps prose as single cells', () => {
    const lines = textToLines('标题\n\n| a | b |\n|---|---|\n| 1 |  |\nx\ty\t3\n正文。');
    expect(lines.map((l) => [l.row, l.cells])).toEqual([
      [false, ['标题']],
      [true, ['a', 'b']],
      [true, ['1', '']],
      [true, ['x', 'y', '3']],
      [false, ['正文。']],
    ]);
  });

  it('drops control characters', () => {
    expect(textToLines('a\u0007b')[0]?.cells).toEqual(['ab']);
  });
});

describe('htmlToLines', () => {
  it('expands rowspan and colspan so every row reads like a printed row', () => {
    const lines = htmlToLines(`<table>
      <tr><td rowspan="2" colspan="2">角</td><td colspan="2">头</td></tr>
      <tr><th>甲</th><th>乙<br>丙</th></tr>
      <tr><td rowspan="2">组</td><td>行一</td><td>1</td><td>2</td></tr>
      <tr><td>行二</td><td>3</td><td>4</td></tr></table>`);
    expect(lines.map((l) => l.cells)).toEqual([
      ['角', '角', '头', '头'],
      ['角', '角', '甲', '乙丙'],
      ['组', '行一', '1', '2'],
      ['组', '行二', '3', '4'],
    ]);
  });

  it('reads a layout table (one holding the article) as paragraphs, skips head, script and style, decodes entities', () => {
    const article = '正文'.repeat(200);
    const lines = htmlToLines(`<html><head><title>T</title></head><body><script>var x = "一、总体情况";</script><style>p{}</style>
      <table><tr><td><p>甲 &amp; 乙</p><p>${article}</p></td></tr></table></body></html>`);
    expect(lines.map((l) => l.cells)).toEqual([['甲 & 乙'], [article]]);
  });

  it('reads markup nested as deep as real pages go, and refuses deeper nesting at once, with a reason', () => {
    const deep = (n: number, inner: string) => `${'<div>'.repeat(n)}${inner}${'</div>'.repeat(n)}`;
    expect(htmlToLines(deep(900, '<p>标题<p>无结束标签的段落<br><img src="x"></p>')).map((l) => l.cells)).toEqual([['标题'], ['无结束标签的段落']]);
    const started = performance.now();
    expect(() => htmlToLines(`<table><tr><td>${'<b>'.repeat(1_000_000)}x</td></tr></table>`)).toThrow(UnreadableInput);
    expect(() => htmlToLines(deep(1_001, ''))).toThrow(UnreadableInput);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('joins a source line break between Chinese characters without a space', () => {
    expect(htmlToLines('<p>政府信息\n  公开 and\n more</p>')[0]?.cells).toEqual(['政府信息公开 and more']);
  });
});

describe('readCellValue', () => {
  it.each([
    ['22306', { kind: 'number', value: 22306 }],
    ['-25', { kind: 'number', value: -25 }],
    ['－16', { kind: 'number', value: -16 }],
    ['2196.24', { kind: 'number', value: 2196.24 }],
    ['１２', { kind: 'number', value: 12 }],
    ['3,985,758', { kind: 'number', value: 3985758 }],
    ['/', { kind: 'blank' }],
    ['／', { kind: 'blank' }],
    ['—', { kind: 'blank' }],
    ['', { kind: 'blank' }],
    ['3件', { kind: 'text' }],
    ['1,23', { kind: 'text' }],
  ])('%j', (text, value) => expect(readCellValue(text)).toEqual(value));
});

describe('finding labels and their values', () => {
  it('finds a label broken over lines and reads the values after it; a short row is a wrong count', () => {
    const lines = textToLines('本年新\n制作数量\n规\n章\n1\n2\n3\n规范性文件\n4\n5');
    const hit = findLabel(lines, [labelKey('规章')], 0, lines.length);
    expect(hit).toEqual({ line: 2, lastLine: 3, cell: 0 });
    expect(hit && valuesAfter(lines, hit, 3, lines.length, [labelKey('规范性文件')])).toEqual({ kind: 'values', cells: ['1', '2', '3'], lastLine: 6 });
    const short = findLabel(lines, [labelKey('规范性文件')], 0, lines.length);
    expect(short && valuesAfter(lines, short, 3, lines.length, [])).toMatchObject({ kind: 'wrong-count', found: 2 });
  });

  it('on a row line, takes the cells after the label by position, past a colspan repeat', () => {
    const lines = htmlToLines('<table><tr><td>三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>7</td><td>/</td></tr></table>');
    const hit = findLabel(lines, [labelKey('（一）予以公开')], 0, lines.length);
    expect(hit && valuesAfter(lines, hit, 2, lines.length, [])).toEqual({ kind: 'values', cells: ['7', '/'], lastLine: 0 });
  });
});

describe('decodePage', () => {
  it('reads UTF-8 and GB18030, and refuses binary and empty input', () => {
    expect(decodePage(new TextEncoder().encode('\ufeff你好'))).toBe('你好');
    expect(decodePage(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3]))).toBe('你好');
    expect(() => decodePage(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toThrow(UnreadableInput);
    expect(() => decodePage(new Uint8Array())).toThrow(UnreadableInput);
  });

  it('tells HTML from text by its markup', () => {
    expect(shapeOf('<p>一</p>')).toBe('html');
    expect(shapeOf('| a | b |\n1 < 2')).toBe('text');
  });
});
