/**
 * Text that is markup, or that XML 1.0 forbids, in every place the body writes user text
 * (title, heading, paragraph, table cell and caption): escaped where XML allows it, left out
 * where it does not, and the file still opens in LibreOffice with the text as written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../src/model/document.ts';
import { docxRenderer } from '../../../src/render/docx/index.ts';
import { escapeText } from '../../../src/render/docx/xml.ts';
import { convertToPdf } from './libreoffice.ts';
import { unzip, xmlPart } from './read-docx.ts';

const markup = `A&B <w:t>x</w:t> "q" 'a' ]]> &amp;`;
const forbidden = '\u0001\u0008\u000b\u000c\u001f\ufffe\uffff\udfff\ud800';
const hostile = `${markup}${forbidden} 𠀀尾`;

const model: DocumentModel = {
  layout: 'official',
  pageNumbers: true,
  metadata: { title: hostile, author: 'a', subject: 's', keywords: ['k'], language: 'zh-CN', date: '2025-01-24' },
  blocks: [
    { type: 'title', lines: [{ text: hostile, secondary: hostile }] },
    { type: 'heading', level: 1, content: { text: `一、${hostile}` } },
    { type: 'paragraph', text: `正文${hostile}` },
    {
      type: 'table',
      columnWidths: [1, 1],
      caption: { text: `表${hostile}` },
      header: [[{ content: { text: hostile } }, { content: { text: 'h' } }]],
      body: [[{ content: { text: '1' }, numeric: true }, { content: { text: hostile, secondary: hostile } }]],
    },
  ],
};

const folder = mkdtempSync(join(tmpdir(), 'nianbao-docx-hostile-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('hostile text in the body', () => {
  it('is escaped, and the characters XML forbids are left out', async () => {
    const xml = xmlPart(unzip(await docxRenderer.render(model)), 'word/document.xml');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ufffd]/);
    expect(xml).not.toContain('<w:t>x</w:t>');
    expect(xml.split('A&amp;B &lt;w:t&gt;x&lt;/w:t&gt; &quot;q&quot; &apos;a&apos; ]]&gt; &amp;amp; ').length - 1).toBe(8);
    expect(escapeText('\ud83d\ude00 \ud83d')).toBe('\ud83d\ude00 ');
  });

  it('opens in LibreOffice with the text as written', async () => {
    const file = join(folder, 'hostile.docx');
    writeFileSync(file, await docxRenderer.render(model));
    convertToPdf(folder, [file]);
    const pdf = join(folder, 'hostile.pdf');
    expect(existsSync(pdf)).toBe(true);
    const text = spawnSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    expect(text.split(`A&B <w:t>x</w:t> "q" 'a' ]]> &amp;`).length - 1).toBeGreaterThanOrEqual(6);
    expect(text).toContain('正文 A&B'); // pdftotext puts a space between the Han run and the Latin one
    expect(text).not.toMatch(/[\u{10000}-\u{10fff}]/u);
  }, 180_000);
});
