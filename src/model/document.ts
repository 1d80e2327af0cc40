/**
 * The document model: a small, format-neutral description of a document. Templates
 * build it; each renderer (PDF, Word, HTML) turns it into one format. Nothing here knows
 * of a report kind or of a rendering library.
 */
import type { Layout } from './page-setup.ts';

/** Text with an optional second line beneath it (the English of a bilingual label). */
export type Text = {
  readonly text: string;
  readonly secondary?: string;
};

/** The document title, set as one or more centred lines. */
export type TitleBlock = { readonly type: 'title'; readonly lines: readonly Text[] };

/**
 * A heading. Level 1 is 「一、」 (黑体), level 2 「（一）」 (楷体), level 3 「1.」 (body face).
 * Headings keep with the block that follows.
 */
export type HeadingBlock = { readonly type: 'heading'; readonly level: 1 | 2 | 3; readonly content: Text };

/** Body text: justified, first line indented two characters, unless told otherwise. */
export type ParagraphBlock = {
  readonly type: 'paragraph';
  readonly text: string;
  readonly indent?: boolean;
  readonly align?: 'justify' | 'left' | 'center' | 'right';
};

export type CellAlign = 'left' | 'center' | 'right';

export type TableCell = {
  readonly content: Text;
  readonly colSpan?: number;
  readonly rowSpan?: number;
  readonly align?: CellAlign;
  /** A narrow group label set one character per line (the vertical labels of section 三). */
  readonly vertical?: boolean;
  /** A number: aligned for reading down a column. */
  readonly numeric?: boolean;
  /** A light-grey band cell: a row heading inside a table (「第二十条第（一）项」), spanning all columns. */
  readonly shaded?: boolean;
};

/** A cell covered by a span starting above or to the left. */
export type CoveredCell = { readonly covered: true };

export type TableRow = readonly (TableCell | CoveredCell)[];

export type TableBlock = {
  readonly type: 'table';
  /** Relative column widths; renderers scale them to the text width. */
  readonly columnWidths: readonly number[];
  /** Header rows, repeated after every page break. */
  readonly header: readonly TableRow[];
  readonly body: readonly TableRow[];
  /** Caption printed above the table (e.g. 「第二十条第（一）项」). */
  readonly caption?: Text;
  /** A wide table a renderer may set on its own landscape page (GB/T 9704 §8). */
  readonly wide?: boolean;
};

export type Block = TitleBlock | HeadingBlock | ParagraphBlock | TableBlock;
export type BlockType = Block['type'];

export type QrCode = {
  /** The URL the code encodes. Built by the service from configuration, never from input. */
  readonly url: string;
  readonly caption: Text;
};

export type DocumentMetadata = {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  /** BCP 47, e.g. zh-CN. */
  readonly language: string;
  /** ISO date (YYYY-MM-DD): creation and modification date of the file, for deterministic output. */
  readonly date: string;
};

export type DocumentModel = {
  readonly layout: Layout;
  readonly metadata: DocumentMetadata;
  readonly qr?: QrCode;
  readonly pageNumbers: boolean;
  readonly blocks: readonly Block[];
};

export const isCovered = (cell: TableCell | CoveredCell): cell is CoveredCell => 'covered' in cell;
