/**
 * Which face draws each character. pdfkit has no per-glyph fallback, so text is cut into
 * runs of one face before it is set; the coverage preflight asks the same question.
 */
import type { FontRole } from './config.ts';
import { fallbackFace, type LoadedFace, roleFace } from './faces.ts';

/** Roles whose Latin letters and digits take the `latin` face (as Word's ascii font). */
const rolesWithLatinFace: ReadonlySet<FontRole> = new Set(['body', 'table']);

const isLatin = (codePoint: number) => codePoint < 0x0250;

function lookUp(codePoint: number, role: FontRole): LoadedFace | undefined {
  if (isLatin(codePoint) && rolesWithLatinFace.has(role)) {
    const latin = roleFace('latin');
    if (latin.font.hasGlyphForCodePoint(codePoint)) return latin;
  }
  const own = roleFace(role);
  if (own.font.hasGlyphForCodePoint(codePoint)) return own;
  const fallback = fallbackFace();
  return fallback?.font.hasGlyphForCodePoint(codePoint) ? fallback : undefined;
}

/**
 * The answers so far, per role. The faces are fixed for the process, and a report repeats
 * a few thousand characters: each is looked up in the cmaps once. `null`: no face has it.
 */
const answers = new Map<FontRole, Map<number, LoadedFace | null>>();

/** The face that will draw a character in a role, or undefined when no face has it. */
export function faceFor(codePoint: number, role: FontRole): LoadedFace | undefined {
  let known = answers.get(role);
  if (!known) answers.set(role, (known = new Map()));
  let face = known.get(codePoint);
  if (face === undefined) known.set(codePoint, (face = lookUp(codePoint, role) ?? null));
  return face ?? undefined;
}

export type FontRun = { readonly text: string; readonly face: LoadedFace };

/**
 * Cuts text into runs drawn by one face each. A character no face has stays with the
 * role's face; the preflight has reported it before any rendering.
 */
export function fontRuns(text: string, role: FontRole): FontRun[] {
  const runs: { text: string; face: LoadedFace }[] = [];
  for (const char of text) {
    const face = faceFor(char.codePointAt(0) ?? 0, role) ?? roleFace(role);
    const last = runs.at(-1);
    if (last && last.face === face) last.text += char;
    else runs.push({ text: char, face });
  }
  return runs;
}
