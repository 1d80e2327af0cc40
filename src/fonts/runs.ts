/**
 * Which face draws each character. pdfkit has no per-glyph fallback, so text is cut into
 * runs of one face before it is set; the coverage preflight asks the same question.
 */
import type { FontRole } from './config.ts';
import { faceDraws, fallbackFace, type LoadedFace, loadedFaces, roleFace } from './faces.ts';

/** Roles whose Latin letters and digits take the `latin` face (as Word's ascii font). */
const rolesWithLatinFace: ReadonlySet<FontRole> = new Set(['body', 'table']);

const isLatin = (codePoint: number) => codePoint < 0x0250;

function lookUp(codePoint: number, role: FontRole): LoadedFace | undefined {
  if (isLatin(codePoint) && rolesWithLatinFace.has(role)) {
    const latin = roleFace('latin');
    if (faceDraws(latin, codePoint)) return latin;
  }
  const own = roleFace(role);
  if (faceDraws(own, codePoint)) return own;
  const fallback = fallbackFace();
  return fallback && faceDraws(fallback, codePoint) ? fallback : undefined;
}

/**
 * The answers so far, per role, for one map of faces (a whole face loaded in place of a core
 * makes a new one). A report repeats a few thousand characters: each is looked up in the
 * cmaps once. `null`: no face has it.
 */
const answers = new Map<FontRole, Map<number, LoadedFace | null>>();
/** Of those, per role, the characters whose face is a core that lacks them (its whole face has them). */
const beyondCores = new Map<FontRole, Set<number>>();
let answeredFor: ReadonlyMap<string, LoadedFace> | undefined;

/** The face that will draw a character in a role, or undefined when no face has it. */
export function faceFor(codePoint: number, role: FontRole): LoadedFace | undefined {
  const faces = loadedFaces();
  if (faces !== answeredFor) {
    answers.clear();
    beyondCores.clear();
    answeredFor = faces;
  }
  let known = answers.get(role);
  if (!known) answers.set(role, (known = new Map()));
  let face = known.get(codePoint);
  if (face === undefined) {
    known.set(codePoint, (face = lookUp(codePoint, role) ?? null));
    if (face?.whole && !face.font.hasGlyphForCodePoint(codePoint)) {
      let beyond = beyondCores.get(role);
      if (!beyond) beyondCores.set(role, (beyond = new Set()));
      beyond.add(codePoint);
    }
  }
  return face ?? undefined;
}

/** Whether a character's face in a role is a core that must be replaced by its whole face to draw it. */
export function beyondCore(codePoint: number, role: FontRole): boolean {
  // faceFor answers first, so the set is that of the faces loaded now.
  faceFor(codePoint, role);
  return beyondCores.get(role)?.has(codePoint) === true;
}

export type FontRun = { readonly text: string; readonly face: LoadedFace };

/**
 * Cuts text into runs drawn by one face each. A character no face has stays with the
 * role's face; the preflight has reported it before any rendering. A core face is never left
 * to draw a character only its whole face has (that would be a blank): such a text is laid
 * out after `loadWholeFaces`, or not at all.
 */
export function fontRuns(text: string, role: FontRole): FontRun[] {
  const runs: { text: string; face: LoadedFace }[] = [];
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    const face = faceFor(codePoint, role) ?? roleFace(role);
    if (face.whole && beyondCore(codePoint, role)) {
      throw new Error(`font face "${face.id}" is a core without ${char}: its whole face must be loaded before layout`);
    }
    const last = runs.at(-1);
    if (last && last.face === face) last.text += char;
    else runs.push({ text: char, face });
  }
  return runs;
}
