/**
 * Page setup for each layout, the one source of every print-layout constant.
 * `official` follows GB/T 9704-2012 (党政机关公文格式); `screen` keeps the content with
 * comfortable margins for reading on a screen.
 */
export const layouts = ['official', 'screen'] as const;
export type Layout = (typeof layouts)[number];

export const POINTS_PER_MM = 72 / 25.4;
export const mmToPoints = (mm: number) => mm * POINTS_PER_MM;
/** Word measures in twentieths of a point. */
export const mmToTwips = (mm: number) => Math.round(mmToPoints(mm) * 20);

export type PageSetup = {
  /** A4, portrait, in mm. */
  readonly paper: { readonly width: number; readonly height: number };
  readonly margins: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
  /** Body text size in points (3号 = 16 pt). */
  readonly bodySize: number;
  readonly titleSize: number;
  readonly pageNumberSize: number;
  /** Table text size in points. */
  readonly tableSize: number;
  /** Table text size of a `wide` table set on its own landscape page (at most `tableSize`). */
  readonly wideTableSize: number;
  /** The document grid: characters per full line, lines per full page. */
  readonly grid: { readonly charsPerLine: number; readonly linesPerPage: number };
  /** Page number distance below the text block, in mm (GB/T 9704 §7.5: 7 mm). */
  readonly pageNumberGap: number;
};

/**
 * What every layout sets alike, read by each renderer when it renders (so PDF, Word and
 * HTML cannot drift apart): sizes in points or mm, ratios of a text's size.
 */
export const typesetting = {
  /** The English line beneath a bilingual label, as a share of the label's size. */
  secondaryScale: 0.8,
  /** Smallest printed side of the QR code, in mm (the PDF rounds up to whole points a module). */
  qrSize: 20,
  /** The QR code's caption, in points. */
  qrCaptionSize: 9,
  /** Line height of table text, as a multiple of its size. */
  tableLeading: 1.35,
  /** Where a number sits in its cell when the model does not say: centred, as published tables set them. */
  numericAlign: 'center' as 'left' | 'center' | 'right',
};

const official: PageSetup = {
  paper: { width: 210, height: 297 },
  margins: { top: 37, right: 26, bottom: 35, left: 28 },
  bodySize: 16,
  titleSize: 22,
  pageNumberSize: 14,
  tableSize: 10.5,
  wideTableSize: 9,
  grid: { charsPerLine: 28, linesPerPage: 22 },
  pageNumberGap: 7,
};

const screen: PageSetup = {
  ...official,
  margins: { top: 20, right: 20, bottom: 20, left: 20 },
  bodySize: 12,
  titleSize: 18,
  pageNumberSize: 10,
  tableSize: 9,
  grid: { charsPerLine: 0, linesPerPage: 0 },
  pageNumberGap: 5,
};

export const pageSetups: Record<Layout, PageSetup> = { official, screen };

/** The light grey behind band cells (`TableCell.shaded`), as RGB hex, in every format. */
export const bandShade = 'D9D9D9';

/** Width and height of the text block (版心) in mm. */
export function textBlock(setup: PageSetup): { width: number; height: number } {
  return {
    width: setup.paper.width - setup.margins.left - setup.margins.right,
    height: setup.paper.height - setup.margins.top - setup.margins.bottom,
  };
}

/**
 * The exact line pitch in points: the text block height over the grid's lines
 * (225 mm / 22 ≈ 28.99 pt), or 1.6 × the body size where no grid is set.
 */
export function linePitch(setup: PageSetup): number {
  return setup.grid.linesPerPage > 0
    ? mmToPoints(textBlock(setup).height) / setup.grid.linesPerPage
    : setup.bodySize * 1.6;
}

/** Extra space between characters so that exactly `charsPerLine` fill a line (Word's grid). */
export function characterSpacing(setup: PageSetup): number {
  return setup.grid.charsPerLine > 0
    ? mmToPoints(textBlock(setup).width) / setup.grid.charsPerLine - setup.bodySize
    : 0;
}
