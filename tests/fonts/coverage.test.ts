/** The coverage preflight with the default faces: what no face can draw is reported. */
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/model/document.ts';
import { pdfRenderer } from '../../src/render/pdf/index.ts';

const doc = (blocks: DocumentModel['blocks']): DocumentModel => ({
  layout: 'official',
  metadata: { title: 't', author: 'a', subject: 's', keywords: [], language: 'zh-CN', date: '2025-01-24' },
  pageNumbers: true,
  blocks,
});

const preflight = (model: DocumentModel) => pdfRenderer.preflight(model);

describe('font coverage preflight', () => {
  it('finds nothing to report in ordinary Chinese, Latin and punctuation', () => {
    expect(preflight(doc([{ type: 'paragraph', text: '2024年，本机关（淮安市）公开信息5500余条；“标准化”《条例》——Open data: 100%。' }]))).toEqual([]);
  });

  it('reports an emoji and a rare ideograph by code point, with where they occur', () => {
    const findings = preflight(doc([
      { type: 'heading', level: 1, content: { text: '一、总体情况' } },
      { type: 'paragraph', text: '本年度工作顺利完成😀，另见𰀀字。' },
    ]));
    expect(findings.map((f) => f.found)).toEqual(['U+1F600', 'U+30000']);
    for (const finding of findings) {
      expect(finding.rule).toBe('font.coverage');
      expect(finding.severity).toBe('error');
      expect(finding.path).toBe('blocks[1].text');
      expect(finding.message.zh).toContain(String(finding.found));
      expect(finding.message.en).toContain(String(finding.found));
      expect(finding.message.zh).toContain('顺利完成😀，另见𰀀字');
    }
  });

  it('names the table, row and column of a cell that holds one', () => {
    const [finding, ...rest] = preflight(doc([{
      type: 'table',
      caption: { text: '第二十条第（一）项' },
      columnWidths: [2, 1],
      header: [[{ content: { text: '信息内容' } }, { content: { text: '数量' } }]],
      body: [[{ content: { text: '规章' } }, { content: { text: '12', secondary: '十二😀' } }]],
    }]));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ found: 'U+1F600', path: 'blocks[0].body[0][1]', table: '第二十条第（一）项', row: '规章', column: '2' });
  });

  it('checks titles, headings of every level and the QR caption in their own roles', () => {
    const findings = preflight({
      ...doc([
        { type: 'title', lines: [{ text: '标题😀' }] },
        { type: 'heading', level: 2, content: { text: '（一）😀' } },
        { type: 'heading', level: 3, content: { text: '1.', secondary: '😀' } },
      ]),
      qr: { url: 'https://example.gov.cn/r/1', caption: { text: '扫码😀' } },
    });
    expect(findings.map((f) => f.path)).toEqual(['blocks[0].lines[0]', 'blocks[1].content', 'blocks[2].content', 'qr.caption']);
  });
});
