/** What every block function needs to know besides its block. */
import type { PageSetup } from '../../model/page-setup.ts';
import type { DocxFaces } from './faces.ts';

export type DocxContext = {
  readonly faces: DocxFaces;
  readonly setup: PageSetup;
};

/** Word sizes runs in half-points. */
export const halfPoints = (points: number) => Math.round(points * 2);

/** Word measures spacing and indents in twentieths of a point. */
export const pointsToTwips = (points: number) => Math.round(points * 20);
