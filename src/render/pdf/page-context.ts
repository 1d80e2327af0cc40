/**
 * The page geometry a PDF block needs, derived once per render from the layout's page
 * setup (src/model/page-setup.ts holds every constant; none is re-spelled here).
 */
import type { LoadedFace } from '../../fonts/faces.ts';
import type { PageSize } from './page-plan.ts';
import { characterSpacing, type Layout, linePitch, mmToPoints, type PageSetup, pageSetups, textBlock } from '../../model/page-setup.ts';

export type PageContext = {
  readonly layout: Layout;
  readonly setup: PageSetup;
  /** Exact line pitch in points (GB/T 9704: 22 lines in 225 mm). */
  readonly pitch: number;
  /** Spacing after each body character that puts 28 on a line. */
  readonly gridSpacing: number;
  /** The paper in points as PDF page sizes are named (A4: 595.28 × 841.89), to the hundredth. */
  readonly paper: PageSize;
  /** Width of the text block in points: the grid's lines are this long. */
  readonly width: number;
  /**
   * Width between the side margins of `paper`, which centred and right-aligned lines are
   * aligned in; it differs from `width` (from millimetres) in the third decimal only.
   */
  readonly alignWidth: number;
  /** One body character on the grid, in points (the unit of indents). */
  readonly character: number;
};

const paperPoints = (mm: number) => Math.round(mmToPoints(mm) * 100) / 100;

export function pageContext(layout: Layout): PageContext {
  const setup = pageSetups[layout];
  const gridSpacing = characterSpacing(setup);
  const paper = { width: paperPoints(setup.paper.width), height: paperPoints(setup.paper.height) };
  return {
    layout,
    setup,
    pitch: linePitch(setup),
    gridSpacing,
    paper,
    width: mmToPoints(textBlock(setup).width),
    alignWidth: paper.width - mmToPoints(setup.margins.left) - mmToPoints(setup.margins.right),
    character: setup.bodySize + gridSpacing,
  };
}

/**
 * How far the top of the ideographic em box lies below the top of a line (whose baseline
 * lies the face's ascent below it, set-line.ts). Margins are moved up by this much so that the characters
 * themselves, not the invisible ascent above them, start at the GB/T 9704 margin.
 */
export function emBoxDrop(face: LoadedFace, size: number): number {
  const { font } = face;
  return ((font.ascent - font['OS/2'].typoAscender) / font.unitsPerEm) * size;
}
