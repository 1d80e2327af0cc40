import { createHash } from 'node:crypto';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../src/model/document.ts';
import { typesetting } from '../../../src/model/page-setup.ts';
import { htmlRenderer, renderHtml } from '../../../src/render/html/renderer.ts';
import { fixtureModel, title } from './fixture-model.ts';
import { layOut } from './table-grid.ts';

const page = parse(await renderHtml(fixtureModel));
const tables = page.querySelectorAll('table');

/** Attributes and CSS through which a page could load something. */
function resourceReferences(root: HTMLElement): string[] {
  const loaders = root.querySelectorAll('script, link, img, iframe, object, embed, video, audio, source, base, [src], [srcset]');
  const css = root.querySelectorAll('style').map((style) => style.text);
  return [...loaders.map((el) => el.outerHTML), ...css.filter((text) => /url\(|@import/i.test(text))];
}

describe('htmlRenderer', () => {
  it('declares itself as the html format', () => {
    expect(htmlRenderer).toMatchObject({ format: 'html', extension: 'html', contentType: 'text/html; charset=utf-8' });
  });

  it('renders the same bytes for the same model', async () => {
    const [a, b] = await Promise.all([htmlRenderer.render(fixtureModel), htmlRenderer.render(fixtureModel)]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(new TextDecoder().decode(a)).toMatch(/^<!DOCTYPE html>/);
  });

  it('carries language, title and metadata', () => {
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
    expect(page.querySelector('title')?.text).toBe(title);
    expect(page.querySelector('meta[name="author"]')?.getAttribute('content')).toBe(fixtureModel.metadata.author);
    expect(page.querySelector('h1')?.text).toContain(title);
  });

  it('loads nothing and runs nothing', () => {
    expect(resourceReferences(page)).toEqual([]);
    const handlers = page.querySelectorAll('*').flatMap((el) => Object.keys(el.attributes).filter((name) => /^on/i.test(name)));
    expect(handlers).toEqual([]);
  });

  it('allows exactly its own stylesheet by hash in its CSP', () => {
    const css = page.querySelector('style')?.text ?? '';
    const policy = page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    const hash = createHash('sha256').update(css).digest('base64');
    expect(policy).toContain(`style-src 'sha256-${hash}'`);
    expect(policy).toContain("default-src 'none'");
    expect(page.querySelectorAll('[style]')).toHaveLength(0);
  });

  it('maps headings below the title and paragraphs with their indent', () => {
    expect(page.querySelectorAll('h2')).toHaveLength(3);
    expect(page.querySelectorAll('h3')).toHaveLength(1);
    const [first, second] = page.querySelectorAll('main p');
    expect(first?.classList.contains('indent')).toBe(true);
    expect(second?.classList.contains('indent')).toBe(false);
    expect(second?.classList.contains('align-left')).toBe(true);
  });

  it('sets each secondary text beneath its label', () => {
    const secondary = page.querySelectorAll('h2 .secondary').map((s) => s.text);
    expect(secondary).toContain('I. Overview');
  });

  it('builds real tables: header rows in thead, spans without gaps or overlaps', () => {
    expect(tables).toHaveLength(2);
    for (const [i, table] of tables.entries()) {
      const model = fixtureModel.blocks.filter((b) => b.type === 'table')[i];
      if (model?.type !== 'table') throw new Error('fixture has two tables');
      const columns = model.columnWidths.length;
      const head = layOut(table.querySelectorAll('thead > tr'));
      const body = layOut(table.querySelectorAll('tbody > tr'));
      expect(head).toHaveLength(model.header.length);
      for (const row of [...head, ...body]) expect(row.filter((slot) => slot !== undefined)).toHaveLength(columns);
      expect(table.querySelectorAll('colgroup > col')).toHaveLength(columns);
    }
  });

  it('keeps the rowspan and colspan of the model', () => {
    const corner = tables[0]?.querySelector('thead th');
    expect(corner?.getAttribute('colspan')).toBe('3');
    expect(corner?.getAttribute('rowspan')).toBe('3');
    const vertical = tables[0]?.querySelector('tbody .vertical');
    expect(vertical?.getAttribute('rowspan')).toBe('3');
    expect(vertical?.tagName).toBe('TH');
    expect(tables[1]?.querySelectorAll('thead th[colspan="5"]')).toHaveLength(3);
  });

  it('aligns numbers as the PDF and Word do (the shared numericAlign), with tabular figures, and labels as row headers', () => {
    const numbers = tables[1]?.querySelectorAll('tbody td.num') ?? [];
    expect(numbers.map((td) => td.text)).toEqual(Array.from({ length: 15 }, (_, i) => String(i * 1000 + 7)));
    const css = page.querySelector('style')?.text ?? '';
    expect(css).toMatch(new RegExp(`\\.num\\{[^}]*text-align:${typesetting.numericAlign}[^}]*font-variant-numeric:tabular-nums`));
    expect(tables[0]?.querySelector('tbody th[scope="row"]')?.text).toContain('本年新收');
  });

  it('gives every table its column widths and a legible minimum width', () => {
    const css = page.querySelector('style')?.text ?? '';
    const wide = tables[1]?.getAttribute('class');
    expect(css).toContain(`.${wide}{min-width:60em}`);
    expect(css).toContain(`.${tables[0]?.getAttribute('class')}>colgroup>col:nth-child(3){width:28.57%}`);
  });

  it('draws the QR code inline with its link', () => {
    const figure = page.querySelector('figure.qr');
    expect(figure?.querySelector('svg path')).toBeTruthy();
    expect(figure?.querySelector('a')?.getAttribute('href')).toBe(fixtureModel.qr?.url);
  });

  it('escapes hostile strings in every field and keeps them as text', async () => {
    const evil = '<script>alert(1)</script>"\'&<img src=x onerror=alert(2)>';
    const model: DocumentModel = {
      ...fixtureModel,
      metadata: { ...fixtureModel.metadata, title: evil, author: evil, language: evil },
      qr: { url: 'https://x.example/r/1', caption: { text: evil, secondary: evil } },
      blocks: [
        { type: 'title', lines: [{ text: evil, secondary: evil }] },
        { type: 'heading', level: 3, content: { text: evil } },
        { type: 'paragraph', text: evil },
        { type: 'table', columnWidths: [1], caption: { text: evil }, header: [[{ content: { text: evil } }]], body: [[{ content: { text: evil, secondary: evil } }]] },
      ],
    };
    const root = parse(await renderHtml(model));
    expect(root.querySelectorAll('script, img')).toHaveLength(0);
    expect(root.querySelector('title')?.text).toBe(evil);
    expect(root.querySelector('html')?.getAttribute('lang')).toBe(evil);
    expect(root.querySelector('h4')?.text).toBe(evil);
    expect(root.querySelector('main p')?.text).toBe(evil);
    expect(root.querySelector('caption')?.text).toBe(evil);
    expect(root.querySelector('tbody th')?.text).toBe(evil + evil);
  });
});
