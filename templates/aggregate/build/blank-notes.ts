/**
 * Summed cells that some counted member left blank: marked in the tables instead of the
 * blank sign, and explained beneath each section by a note that names those members.
 */
import { isCovered, type ParagraphBlock, type TableBlock, type TableRow } from '../../../src/model/document.ts';
import type { Language } from '../../../src/template.ts';
import { jsonPath } from '../../../src/json-path.ts';
import { placeOf } from '../../annual-report/checks/cells.ts';
import { tableCells } from '../../annual-report/checks/blank.ts';
import { blankCell } from '../../annual-report/labels.ts';
import { andOthers, blankMark, blankNote, namedInNote } from '../labels.ts';
import type { Compiled } from '../sum.ts';

/** In the summed tables a blank can only come from a member's blank: each one gets the mark. */
export function markBlanks(table: TableBlock): TableBlock {
  const mark = (row: TableRow): TableRow => row.map((cell) =>
    !isCovered(cell) && cell.numeric && cell.content.text === blankCell ? { ...cell, content: { text: blankMark } } : cell);
  return { ...table, body: table.body.map(mark) };
}

function named(members: readonly string[], lang: 'zh' | 'en'): string {
  const unique = [...new Set(members)];
  const shown = unique.slice(0, namedInNote).join(lang === 'zh' ? '、' : ', ');
  return unique.length > namedInNote ? andOthers[lang](shown, unique.length) : shown;
}

/** The notes for the blank cells of one section (`proactive`, `requests` or `review`). */
export function blankNotes(compiled: Compiled, section: string, lang: Language): ParagraphBlock[] {
  const blankBy = new Map(compiled.blanks.map((b) => [jsonPath(b.path), b.members]));
  const cells = tableCells(compiled.sum).filter((c) => c.path[0] === section && c.value === null);
  return cells.flatMap((cell) => {
    const place = placeOf(cell);
    const members = blankBy.get(place.path) ?? [];
    const zh = blankNote.zh(place.zh, named(members, 'zh'));
    const en = blankNote.en(place.en, named(members, 'en'));
    const texts = lang === 'zh' ? [zh] : lang === 'en' ? [en] : [zh, en];
    return texts.map((text): ParagraphBlock => ({ type: 'paragraph', text, indent: false, align: 'left' }));
  });
}
