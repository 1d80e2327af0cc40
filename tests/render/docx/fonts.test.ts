/**
 * Fonts by role in the Word file: every run and the default styles name the Chinese face of
 * their role (eastAsia) and the Latin face (ascii/hAnsi/cs) separately, from fonts/fonts.json.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fontConfig } from '../../../src/fonts/config.ts';
import { createDocxRenderer, docxRenderer } from '../../../src/render/docx/index.ts';
import { requestCornerNote, requestRows } from '../../../templates/annual-report/labels.ts';
import { exampleModel } from './fixtures.ts';
import { attribute, elements, textOf, unzip, xmlPart } from './read-docx.ts';

let entries: Map<string, Buffer>;
let documentXml: string;
let stylesXml: string;

beforeAll(async () => {
  entries = unzip(await docxRenderer.render(exampleModel('huaian-2024', { lang: 'zh-en' })));
  documentXml = xmlPart(entries, 'word/document.xml');
  stylesXml = xmlPart(entries, 'word/styles.xml');
});

/** The eastAsia face a run resolves to: its own, else its paragraph style's (and their bases'), else the defaults'. */
function eastAsiaOf(run: string, paragraph: string, styles: string): string | undefined {
  const own = attribute(run, 'w:rFonts', 'w:eastAsia');
  if (own !== undefined) return own;
  let styleId = attribute(paragraph, 'w:pStyle', 'w:val') ?? 'Normal';
  for (;;) {
    const style = elements(styles, 'w:style').find((s) => s.includes(`w:styleId="${styleId}"`));
    const face = style === undefined ? undefined : attribute(style, 'w:rFonts', 'w:eastAsia');
    if (face !== undefined) return face;
    const basedOn = style === undefined ? undefined : attribute(style, 'w:basedOn', 'w:val');
    if (basedOn === undefined) break;
    styleId = basedOn;
  }
  return attribute(elements(styles, 'w:docDefaults')[0] ?? '', 'w:rFonts', 'w:eastAsia');
}

describe('fonts by role', () => {
  const faces = fontConfig().docx.default;

  it('every run with Chinese resolves to an eastAsia face from the config, and names the Latin face for the rest', () => {
    const parts = [...entries.keys()].filter((path) => /^word\/(document|header\d+|footer\d+)\.xml$/.test(path));
    const chineseFaces = new Set([faces.title, faces.body, faces.heading1, faces.heading2, faces.heading3, faces.table, faces.pageNumber]);
    let checked = 0;
    for (const part of parts) {
      for (const paragraph of elements(xmlPart(entries, part), 'w:p')) {
        for (const run of elements(paragraph, 'w:r')) {
          if (!/\p{Script=Han}/u.test(textOf(run))) continue;
          checked += 1;
          expect(chineseFaces, textOf(run)).toContain(eastAsiaOf(run, paragraph, stylesXml));
          expect(attribute(run, 'w:rFonts', 'w:ascii')).toBe(faces.latin);
          expect(attribute(run, 'w:rFonts', 'w:hAnsi')).toBe(faces.latin);
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('gives each role its face: title 小标宋, 「一、」 黑体, 「（一）」 楷体, tables 仿宋', () => {
    const runOf = (text: string) => elements(documentXml, 'w:r').find((r) => textOf(r) === text)!;
    expect(attribute(runOf('2024年政府信息公开工作年度报告'), 'w:rFonts', 'w:eastAsia')).toBe(faces.title);
    expect(attribute(runOf('一、总体情况'), 'w:rFonts', 'w:eastAsia')).toBe(faces.heading1);
    expect(attribute(runOf('（一）主动公开'), 'w:rFonts', 'w:eastAsia')).toBe(faces.heading2);
    expect(attribute(runOf('3119'), 'w:rFonts', 'w:eastAsia')).toBe(faces.table);
    const requestTable = elements(documentXml, 'w:tbl').find((t) => textOf(t).includes(requestCornerNote.zh))!;
    const groupLabel = elements(requestTable, 'w:r').find((r) => textOf(r).startsWith(requestRows.outcomes.zh[0]!))!;
    expect(attribute(groupLabel, 'w:rFonts', 'w:eastAsia')).toBe(faces.table);
  });

  it('names the faces in every slot of the default styles, with Chinese text in zh-CN and Latin text in English', () => {
    const defaults = elements(stylesXml, 'w:docDefaults')[0]!;
    expect(attribute(defaults, 'w:rFonts', 'w:eastAsia')).toBe(faces.body);
    for (const slot of ['w:ascii', 'w:hAnsi', 'w:cs']) expect(attribute(defaults, 'w:rFonts', slot)).toBe(faces.latin);
    expect(attribute(defaults, 'w:lang', 'w:val')).toBe('en-US');
    expect(attribute(defaults, 'w:lang', 'w:eastAsia')).toBe('zh-CN');
  });

  it('names the open faces with the portable option', async () => {
    const portable = unzip(await createDocxRenderer({ faces: 'portable' }).render(exampleModel('huaian-2024')));
    const xml = xmlPart(portable, 'word/document.xml');
    const named = new Set(elements(xml, 'w:rFonts').map((f) => attribute(f, 'w:rFonts', 'w:eastAsia')));
    const portableFaces = fontConfig().docx.portable;
    expect([...named].sort()).toEqual([...new Set(Object.values(portableFaces))].filter((f) => f !== portableFaces.latin).sort());
  });
});
