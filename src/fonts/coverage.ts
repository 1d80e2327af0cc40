/**
 * Coverage preflight: every character the PDF will draw is looked up in the face that
 * would draw it. A character no face has (and no fallback) would print as a blank box,
 * so it is reported, with its code point and where it occurs, before anything renders.
 */
import type { Finding } from '../findings.ts';
import type { DocumentModel } from '../model/document.ts';
import { beyondCore, faceFor } from './runs.ts';
import { placedTexts, type PlacedText } from './text-roles.ts';

export const codePointLabel = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

/** Control characters are layout instructions, not glyphs. */
const isDrawn = (codePoint: number) => codePoint >= 0x20 && codePoint !== 0x7f;

/** A few characters either side of position `at` (counted in code points). */
function excerpt(chars: readonly string[], at: number): string {
  const start = Math.max(0, at - 8);
  const end = Math.min(chars.length, at + 9);
  return `${start > 0 ? '…' : ''}${chars.slice(start, end).join('')}${end < chars.length ? '…' : ''}`;
}

function missingIn(placed: PlacedText): Finding[] {
  const chars = [...placed.text];
  const reported = new Set<number>();
  const findings: Finding[] = [];
  chars.forEach((char, at) => {
    const codePoint = char.codePointAt(0) ?? 0;
    if (!isDrawn(codePoint) || reported.has(codePoint) || faceFor(codePoint, placed.role)) return;
    reported.add(codePoint);
    const label = codePointLabel(codePoint);
    const near = excerpt(chars, at);
    findings.push({
      rule: 'font.coverage',
      severity: 'error',
      path: placed.path,
      ...(placed.table === undefined ? {} : { table: placed.table }),
      ...(placed.row === undefined ? {} : { row: placed.row }),
      ...(placed.column === undefined ? {} : { column: placed.column }),
      found: label,
      message: {
        zh: `字符 ${label}（${char}）没有可用的字体，无法印出；出现在 ${placed.path}：「${near}」`,
        en: `No configured font can draw ${label} (${char}); it occurs at ${placed.path}: "${near}"`,
      },
    });
  });
  return findings;
}

/** Findings (rule `font.coverage`, errors) for every character no configured face can draw. */
export function checkCoverage(model: DocumentModel, pageNumberSample: string): Finding[] {
  return placedTexts(model, pageNumberSample).flatMap(missingIn);
}

/** The core faces (faces.ts) that must be replaced by their whole faces before the model is drawn. */
export function wholeFacesNeeded(model: DocumentModel, pageNumberSample: string): Set<string> {
  const needed = new Set<string>();
  for (const placed of placedTexts(model, pageNumberSample)) {
    for (const char of placed.text) {
      const codePoint = char.codePointAt(0) ?? 0;
      const face = faceFor(codePoint, placed.role);
      if (face && beyondCore(codePoint, placed.role)) needed.add(face.id);
    }
  }
  return needed;
}
