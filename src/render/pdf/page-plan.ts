/**
 * Pages as nianbao has set them: every mark placed, in points from the page's top-left
 * corner. The plan is the whole of what the PDF writer (pdf-writer.ts) draws: it knows
 * nothing of reports, only of text at a baseline, rules and filled rectangles.
 */

/** Text drawn from `x` on the baseline `baseline`, in one face, one size, one spacing. */
export type PlacedText = {
  readonly kind: 'text';
  readonly x: number;
  readonly baseline: number;
  /** A face id of fonts.json (src/fonts/faces.ts). */
  readonly face: string;
  readonly size: number;
  readonly text: string;
  /** Added after each character, in points (negative: tighter). */
  readonly characterSpacing: number;
  /** Natural width (advances and spacing), so the writer need not measure it again. */
  readonly width: number;
};

/** A straight rule of `width` points between two points, its ends cut square. */
export type Rule = { readonly kind: 'rule'; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly width: number };

/** A filled rectangle; fills are drawn first on their page, under rules and text. */
export type Fill = { readonly kind: 'fill'; readonly x: number; readonly y: number; readonly width: number; readonly height: number; readonly color: string };

export type Mark = PlacedText | Rule | Fill;

export type PageSize = { readonly width: number; readonly height: number };

/** The document's information dictionary and identification, pinned so renders repeat. */
export type PdfMetadata = {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: string;
  readonly language: string;
  /** Creation and modification date. */
  readonly date: Date;
};

export type DocumentPlan = {
  readonly size: PageSize;
  readonly metadata: PdfMetadata;
  readonly pages: readonly (readonly Mark[])[];
};
