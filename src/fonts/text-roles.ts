/**
 * Every piece of text in a document model with the font role that draws it and where it
 * sits. The PDF renderer and the coverage preflight share this one mapping.
 */
import type { Block, DocumentModel, HeadingBlock, TableBlock, Text } from '../model/document.ts';
import { isCovered } from '../model/document.ts';
import type { FontRole } from './config.ts';

export const headingRole = (level: HeadingBlock['level']): FontRole => `heading${level}`;

export type PlacedText = {
  readonly text: string;
  readonly role: FontRole;
  /** Path into the document model, e.g. `blocks[4].body[2][1]`. */
  readonly path: string;
  readonly table?: string;
  readonly row?: string;
  readonly column?: string;
};

const both = (text: Text): string[] => (text.secondary === undefined ? [text.text] : [text.text, text.secondary]);

function tableTexts(block: TableBlock, path: string): PlacedText[] {
  const table = block.caption?.text;
  const placed: PlacedText[] = block.caption ? both(block.caption).map((text) => ({ text, role: 'table', path: `${path}.caption`, table })) : [];
  const rows = [...block.header.map((row, i) => ({ row, at: `${path}.header[${i}]` })), ...block.body.map((row, i) => ({ row, at: `${path}.body[${i}]` }))];
  for (const { row, at } of rows) {
    const first = row.find((cell) => !isCovered(cell));
    const rowLabel = first && !isCovered(first) ? first.content.text : undefined;
    row.forEach((cell, column) => {
      if (isCovered(cell)) return;
      for (const text of both(cell.content)) {
        placed.push({ text, role: 'table', path: `${at}[${column}]`, table, row: rowLabel, column: String(column + 1) });
      }
    });
  }
  return placed;
}

function blockTexts(block: Block, path: string): PlacedText[] {
  switch (block.type) {
    case 'title':
      return block.lines.flatMap((line, i) => both(line).map((text) => ({ text, role: 'title' as const, path: `${path}.lines[${i}]` })));
    case 'heading':
      return both(block.content).map((text) => ({ text, role: headingRole(block.level), path: `${path}.content` }));
    case 'paragraph':
      return [{ text: block.text, role: 'body', path: `${path}.text` }];
    case 'table':
      return tableTexts(block, path);
  }
}

/** All text the PDF will draw, including the QR caption and the page-number furniture. */
export function placedTexts(model: DocumentModel, pageNumberSample: string): PlacedText[] {
  const placed = model.blocks.flatMap((block, i) => blockTexts(block, `blocks[${i}]`));
  if (model.qr) placed.push(...both(model.qr.caption).map((text) => ({ text, role: 'table' as const, path: 'qr.caption' })));
  if (model.pageNumbers) placed.push({ text: pageNumberSample, role: 'pageNumber', path: 'pageNumbers' });
  return placed;
}
