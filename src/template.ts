/**
 * What a report kind provides to the engine. A template owns its schema, its checks,
 * its labels and a builder from report to document model; it knows nothing of PDF,
 * Word or HTML. Adding a report kind is adding a folder under templates/.
 */
import type { z } from 'zod';
import type { Finding } from './findings.ts';
import type { DocumentModel } from './model/document.ts';
import type { Layout } from './model/page-setup.ts';

export const languages = ['zh', 'en', 'zh-en'] as const;
export type Language = (typeof languages)[number];

export type BuildOptions = {
  readonly lang: Language;
  readonly layout: Layout;
  /** The landing-page URL the QR code encodes; no QR code when absent. */
  readonly qrUrl?: string;
};

/** A field's name in both languages, as messages about the input print it. */
export type FieldLabel = { readonly zh: string; readonly en: string };

export type Template<Report> = {
  readonly kind: string;
  readonly schema: z.ZodType<Report>;
  /** The cross-checks; findings are errors or warnings, never exceptions. */
  readonly check: (report: Report) => Finding[];
  readonly build: (report: Report, options: BuildOptions) => DocumentModel;
  /** The words for a place in the input (a JSON path), for messages; undefined where the shape has no such place. */
  readonly fieldLabel: (path: readonly PropertyKey[]) => FieldLabel | undefined;
  /** File name (without extension) a download should carry, e.g. 淮安市人民政府2024年政府信息公开工作年度报告. */
  readonly fileName: (report: Report) => string;
  /** The same in printable ASCII, for clients that cannot take a UTF-8 name (RFC 6266 `filename`). */
  readonly asciiFileName: (report: Report) => string;
};
