/**
 * A renderer turns a document model into the bytes of one format. It knows nothing of
 * report kinds. Same model in, same bytes out: renderers are deterministic.
 */
import type { Finding } from '../findings.ts';
import type { DocumentModel } from '../model/document.ts';

export const formats = ['pdf', 'docx', 'html'] as const;
export type Format = (typeof formats)[number];

/** What each format's files are: the one place their content type and extension are named. */
export const fileTypes = {
  pdf: { format: 'pdf', contentType: 'application/pdf', extension: 'pdf' },
  docx: { format: 'docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  html: { format: 'html', contentType: 'text/html; charset=utf-8', extension: 'html' },
} as const satisfies { [F in Format]: { format: F; contentType: string; extension: string } };

/**
 * Which faces a document names where it names rather than embeds them (Word): the
 * government's `official` faces, or the open `portable` faces nianbao ships. Formats that
 * embed their faces (PDF) or leave them to the browser (HTML) draw the same either way.
 */
export const fontSets = ['official', 'portable'] as const;
export type FontSet = (typeof fontSets)[number];

export type RenderOptions = { readonly fonts?: FontSet };

export type Renderer = {
  readonly format: Format;
  readonly contentType: string;
  readonly extension: string;
  /**
   * Problems that would make the output wrong, found before rendering (e.g. characters
   * no configured face can draw). An empty list means the model can be rendered.
   */
  readonly preflight?: (model: DocumentModel) => Finding[];
  /**
   * Fetches what rendering this model needs and the process lacks (a whole face where the
   * bundle holds a core face), after a clean preflight; rejects with an error the caller may
   * retry when it cannot be had.
   */
  readonly prepare?: (model: DocumentModel) => Promise<void>;
  readonly render: (model: DocumentModel, options?: RenderOptions) => Promise<Uint8Array>;
  /** How many pages rendered bytes hold, for formats that have pages. */
  readonly pages?: (bytes: Uint8Array) => number;
};
