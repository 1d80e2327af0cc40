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

/** What is known of a role's characters: the face of each looked up (`null`: no face has it), and which lie beyond a core. */
type Answers = { readonly faces: Map<number, LoadedFace | null>; readonly beyondCore: Set<number> };

/**
 * The answers so far, per map of faces (a whole face loaded in place of a core makes a new
 * one), then per role. A report repeats a few thousand characters: each is looked up in the
 * cmaps once. Weakly: a map of faces replaced or forgotten goes with its answers.
 */
const answersByFaces = new WeakMap<ReadonlyMap<string, LoadedFace>, Map<FontRole, Answers>>();

function answersFor(role: FontRole): Answers {
  const faces = loadedFaces();
  let byRole = answersByFaces.get(faces);
  if (!byRole) answersByFaces.set(faces, (byRole = new Map()));
  let answers = byRole.get(role);
  if (!answers) byRole.set(role, (answers = { faces: new Map(), beyondCore: new Set() }));
  return answers;
}

function answer(answers: Answers, codePoint: number, role: FontRole): LoadedFace | undefined {
  let face = answers.faces.get(codePoint);
  if (face === undefined) {
    answers.faces.set(codePoint, (face = lookUp(codePoint, role) ?? null));
    if (face?.whole && !face.font.hasGlyphForCodePoint(codePoint)) answers.beyondCore.add(codePoint);
  }
  return face ?? undefined;
}

/** The face that will draw a character in a role, or undefined when no face has it. */
export const faceFor = (codePoint: number, role: FontRole): LoadedFace | undefined => answer(answersFor(role), codePoint, role);

/** Whether a character's face in a role is a core that must be replaced by its whole face to draw it. */
export function beyondCore(codePoint: number, role: FontRole): boolean {
  const answers = answersFor(role);
  answer(answers, codePoint, role);
  return answers.beyondCore.has(codePoint);
}

export type FontRun = { readonly text: string; readonly face: LoadedFace };

/**
 * Cuts text into runs drawn by one face each. A character no face has stays with the
 * role's face; the preflight has reported it before any rendering. A core face is never left
 * to draw a character only its whole face has (that would be a blank): such a text is laid
 * out after `loadWholeFaces`, or not at all.
 */
export function fontRuns(text: string, role: FontRole): FontRun[] {
  const answers = answersFor(role);
  const runs: { text: string; face: LoadedFace }[] = [];
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    const face = answer(answers, codePoint, role) ?? roleFace(role);
    if (face.whole && answers.beyondCore.has(codePoint)) {
      throw new Error(`font face "${face.id}" is a core without ${char}: its whole face must be loaded before layout`);
    }
    const last = runs.at(-1);
    if (last && last.face === face) last.text += char;
    else runs.push({ text: char, face });
  }
  return runs;
}
