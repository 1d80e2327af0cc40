/**
 * A table row that labels the rows under it (one cell across the whole table: the group
 * labels of section 三 in English, the bands of section 二; or a row of column heads) never
 * ends a page: read back from the examples' files, the first row it labels is printed
 * below it on the same page.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel, TableCell } from '../../../src/model/document.ts';
import { isCovered } from '../../../src/model/document.ts';
import { pdfRenderer } from '../../../src/render/pdf/index.ts';
import { annualReportTemplate } from '../../../templates/annual-report/index.ts';
import { type PdfPage, readPdf } from './read-pdf.ts';

function build(example: string): DocumentModel {
  const input: unknown = JSON.parse(readFileSync(new URL(`../../../examples/${example}.json`, import.meta.url), 'utf8'));
  return annualReportTemplate.build(annualReportTemplate.schema.parse(input), { lang: 'en', layout: 'official', qrUrl: 'https://example.gov.cn/r/1' });
}

/** Each row of one cell across its table, with the first cell of the row after it. */
function groupLabels(model: DocumentModel): { label: string; next: string }[] {
  return model.blocks.flatMap((block) => {
    if (block.type !== 'table') return [];
    const shown = (row: (typeof block.body)[number]) => row.filter((c): c is TableCell => !isCovered(c));
    const isHeads = (row: (typeof block.body)[number]) => shown(row).every((c) => c.heading === true);
    return block.body.flatMap((row, i) => {
      const [only, ...others] = shown(row);
      const nextRow = block.body.slice(i + 1).find((r) => !isHeads(r));
      const next = shown(nextRow ?? [])[0];
      const acrossTable = only !== undefined && others.length === 0 && only.colSpan === block.columnWidths.length;
      return acrossTable && next !== undefined ? [{ label: only.content.text, next: next.content.text }] : [];
    });
  });
}

const squeezed = (text: string) => text.replaceAll(/\s+/g, '');

describe.each(['hailin-2020', 'huaian-2024'])('%s in en', (example) => {
  const model = build(example);
  const labels = groupLabels(model);
  let pages: PdfPage[];
  beforeAll(async () => {
    pages = readPdf(await pdfRenderer.render(model)).pages;
  });

  it('has group label rows in section 三', () => {
    expect(labels.map((l) => l.label)).toEqual(
      expect.arrayContaining(['3. Outcomes this year', '(3) Not disclosed', '(4) Cannot be provided', '(5) Not processed']),
    );
  });

  it.each(labels.map((l) => [l.label, l.next]))('keeps 「%s」 on the page of its first row 「%s」', (label, next) => {
    const firstWord = squeezed(next.split(' ')[0] ?? next);
    const found = pages.flatMap((page) =>
      page.lines.flatMap((line, i) => (squeezed(line.text) === squeezed(label) ? [page.lines.slice(i + 1, i + 6)] : [])),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.some((line) => squeezed(line.text).startsWith(firstWord)), firstWord).toBe(true);
  });
});
