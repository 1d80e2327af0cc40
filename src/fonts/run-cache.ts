/**
 * Glyph runs laid out once per face and text, replayed in every document. The faces carry no
 * layout tables (sfnt-tables.ts), so a run is the cmap lookup of each character, its advance,
 * mark placement from Unicode properties and hidden default-ignorables: a function of the face
 * and the text alone. What stays per document is the glyph objects (pdfkit writes the code
 * points they remember into the ToUnicode map, see face-view.ts): a replay asks the document's
 * view for the same glyphs, in the same order, as fontkit's layout would.
 */
import type { Font, GlyphRun } from 'fontkit';
import { faceView } from './face-view.ts';

type Position = { readonly xAdvance: number; readonly yAdvance: number; readonly xOffset: number; readonly yOffset: number };
type Glyph = { readonly id: number };
type Run = GlyphRun & {
  readonly glyphs: readonly Glyph[];
  positions: Position[];
  readonly features: Readonly<Record<string, boolean>>;
  readonly script: string;
  readonly language: string | null;
  readonly direction: string;
};
type Shape = Pick<Run, 'features' | 'script' | 'language' | 'direction'>;
type RunClass = new (glyphs: Glyph[], features: Record<string, boolean>, script: string, language: string | null, direction: string) => Run;
type PositionClass = new (xAdvance: number, yAdvance: number, xOffset: number, yOffset: number) => Position;
type LayingView = Font & { _glyphs: object; getGlyph(id: number, codePoints?: readonly number[]): Glyph; layout(text: string): Run };
type Request = readonly [id: number, codePoints: readonly number[]];

/**
 * One text's run, in typed arrays (a few bytes a glyph): the glyph requests of fontkit's layout
 * that made a glyph, in order; the run's glyph ids, positions and shape.
 */
type Recorded = {
  /** Each request as its glyph id, its number of code points, then the code points. */
  readonly requests: Uint32Array;
  readonly ids: Uint16Array;
  /** xAdvance, yAdvance, xOffset, yOffset of each glyph. */
  readonly positions: Float64Array;
  readonly shape: Shape;
};

/**
 * Texts kept per face, oldest dropped first. pdfkit lays out whole lines of Chinese text (it
 * splits only at spaces): a report gives its body face 250–400 texts, most of them lines that
 * only that report has; 4,000 keeps ten or more reports' worth, a few MB, in a process that
 * renders many.
 */
export const runsPerFace = 4_000;

const recorded = new WeakMap<Font, Map<string, Recorded>>();
const scratchViews = new WeakMap<Font, { view: LayingView; requests: Request[] }>();
/** fontkit's GlyphRun and GlyphPosition classes (not exported), taken from the first run recorded. */
let classes: { Run: RunClass; Position: PositionClass } | undefined;

/** A view of `face` that writes down the glyphs its layout asks for. */
function scratchView(face: Font): { view: LayingView; requests: Request[] } {
  let scratch = scratchViews.get(face);
  if (!scratch) {
    const view = faceView(face) as LayingView;
    const requests: Request[] = [];
    const getGlyph = view.getGlyph;
    view.getGlyph = function (this: LayingView, id, codePoints = []) {
      requests.push([id, codePoints]);
      return getGlyph.call(this, id, codePoints);
    };
    scratch = { view, requests };
    scratchViews.set(face, scratch);
  }
  return scratch;
}

/** The requests that made a glyph (later ones for the same id get that glyph back), packed. */
function firstRequests(requests: readonly Request[]): Uint32Array {
  const made = new Set<number>();
  const packed: number[] = [];
  for (const [id, codePoints] of requests) {
    if (made.has(id)) continue;
    made.add(id);
    packed.push(id, codePoints.length, ...codePoints);
  }
  return Uint32Array.from(packed);
}

function record(face: Font, text: string): Recorded {
  const { view, requests } = scratchView(face);
  view._glyphs = {};
  requests.length = 0;
  const run = view.layout(text) as Run;
  const position = run.positions[0];
  if (!classes && position) classes = { Run: run.constructor as RunClass, Position: position.constructor as PositionClass };
  const { features, script, language, direction } = run;
  return {
    requests: firstRequests(requests.splice(0)),
    ids: Uint16Array.from(run.glyphs, (glyph) => glyph.id),
    positions: Float64Array.from(run.positions.flatMap((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset])),
    shape: { features, script, language, direction },
  };
}

function recordedRun(face: Font, text: string): Recorded {
  let runs = recorded.get(face);
  if (!runs) {
    runs = new Map();
    recorded.set(face, runs);
  }
  let run = runs.get(text);
  if (!run) {
    run = record(face, text);
    if (runs.size >= runsPerFace) runs.delete(runs.keys().next().value as string);
    runs.set(text, run);
  }
  return run;
}

/**
 * `view.layout(text)` for a document's view of `face`, from the face's recorded run: the
 * view makes the same glyphs in the same order, and the run gets positions of its own (pdfkit
 * scales them in place).
 */
export function replayRun(face: Font, view: Font, text: string): GlyphRun | undefined {
  const run = recordedRun(face, text);
  if (!classes) return undefined;
  const laying = view as LayingView;
  const { requests } = run;
  for (let at = 0; at < requests.length; at += 2 + (requests[at + 1] ?? 0)) {
    laying.getGlyph(requests[at] ?? 0, Array.from(requests.subarray(at + 2, at + 2 + (requests[at + 1] ?? 0))));
  }
  const glyphs = Array.from(run.ids, (id) => laying.getGlyph(id));
  const { features, script, language, direction } = run.shape;
  const replayed = new classes.Run(glyphs, { ...features }, script, language, direction);
  const { positions } = run;
  replayed.positions = [];
  for (let i = 0; i < positions.length; i += 4) replayed.positions.push(new classes.Position(positions[i] ?? 0, positions[i + 1] ?? 0, positions[i + 2] ?? 0, positions[i + 3] ?? 0));
  return replayed;
}

/** How many texts `face` keeps runs of (at most `runsPerFace`). */
export const recordedTexts = (face: Font): number => recorded.get(face)?.size ?? 0;
