/**
 * `word/fontTable.xml`: what Word needs to know of each face a document names when the
 * reader's machine lacks it. Word (and WPS) substitute a missing face by its `w:altName`,
 * then by panose, character set and code-page signature; without entries they guess, and a
 * missing 仿宋_GB2312 becomes a Latin face with Chinese from anywhere. Each official face
 * names the face Windows and WPS ship under the same design (仿宋_GB2312 → 仿宋, whose own
 * entry names its English name FangSong), so the fallback is the nearest design, not chance.
 */
import type { DocxFaces } from './faces.ts';
import { escapeXml } from './xml.ts';

export const FONT_TABLE_PATH = 'word/fontTable.xml';

type FaceEntry = {
  readonly altName?: string;
  readonly panose: string;
  /** Windows character set: 86 is GB2312, 00 ANSI. */
  readonly charset: '86' | '00';
  readonly family: 'roman' | 'swiss' | 'modern' | 'script' | 'auto';
  readonly pitch: 'fixed' | 'variable';
  /** usb0–usb3 and csb0–csb1 of the OS/2 table: the scripts and code pages the face covers. */
  readonly sig: readonly [string, string, string, string, string, string];
};

/** Simplified Chinese faces: CJK ideographs, full-width forms, the GB2312 code page. */
const gbSig = ['00000001', '080E0000', '00000010', '00000000', '00040000', '00000000'] as const;
const gbFace = (panose: string, altName?: string): FaceEntry => ({
  ...(altName === undefined ? {} : { altName }),
  panose,
  charset: '86',
  family: 'modern',
  pitch: 'fixed',
  sig: gbSig,
});
/** A face nianbao knows nothing of: Chinese, by its name alone. */
const unknownFace = gbFace('00000000000000000000');

/** The faces fonts.json names for Word, with their alternates; panose values are the faces' own. */
const knownFaces: Readonly<Record<string, FaceEntry>> = {
  方正小标宋简体: { ...gbFace('02000000000000000000', '宋体'), family: 'script', pitch: 'variable' },
  仿宋_GB2312: gbFace('02010609030101010101', '仿宋'),
  仿宋: gbFace('02010609060101010101', 'FangSong'),
  楷体_GB2312: gbFace('02010609030101010101', '楷体'),
  楷体: gbFace('02010609060101010101', 'KaiTi'),
  黑体: gbFace('02010609060101010101', 'SimHei'),
  宋体: gbFace('02010600030101010101', 'SimSun'),
  'Times New Roman': {
    panose: '02020603050405020304',
    charset: '00',
    family: 'roman',
    pitch: 'variable',
    sig: ['E0002EFF', 'C000785B', '00000009', '00000000', '000001FF', '00000000'],
  },
  'Noto Serif SC': { ...gbFace('02020400000000000000', 'Source Han Serif SC'), family: 'roman', pitch: 'variable' },
  'Noto Sans SC': { ...gbFace('020B0500000000000000', 'Source Han Sans SC'), family: 'swiss', pitch: 'variable' },
  'LXGW WenKai': { ...gbFace('02000500000000000000', '霞鹜文楷'), family: 'script', pitch: 'variable' },
};

function entryXml(name: string, entry: FaceEntry): string {
  const [usb0, usb1, usb2, usb3, csb0, csb1] = entry.sig;
  return [
    `<w:font w:name="${escapeXml(name)}">`,
    entry.altName === undefined ? '' : `<w:altName w:val="${escapeXml(entry.altName)}"/>`,
    `<w:panose1 w:val="${entry.panose}"/><w:charset w:val="${entry.charset}"/>`,
    `<w:family w:val="${entry.family}"/><w:pitch w:val="${entry.pitch}"/>`,
    `<w:sig w:usb0="${usb0}" w:usb1="${usb1}" w:usb2="${usb2}" w:usb3="${usb3}" w:csb0="${csb0}" w:csb1="${csb1}"/>`,
    '</w:font>',
  ].join('');
}

/**
 * The faces the document names, then each one's alternate where nianbao knows it (so the
 * chain 仿宋_GB2312 → 仿宋 → FangSong is in the table), each once, in a fixed order.
 */
export function fontTableFaces(faces: DocxFaces): string[] {
  const names: string[] = [];
  const add = (name: string) => {
    if (names.includes(name)) return;
    names.push(name);
    const alternate = knownFaces[name]?.altName;
    if (alternate !== undefined && alternate in knownFaces) add(alternate);
  };
  for (const name of Object.values(faces)) add(name);
  return names;
}

export function fontTableXml(faces: DocxFaces): string {
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
    ...fontTableFaces(faces).map((name) => entryXml(name, knownFaces[name] ?? unknownFace)),
    '</w:fonts>',
  ].join('');
}
