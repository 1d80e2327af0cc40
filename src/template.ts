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

/**
 * What a file name carries for its language, before the extension: nothing for Chinese (the
 * name agencies already use), `.en` and `.zh-en` otherwise, so that renders of one report in
 * two languages never share a name and sort together.
 */
export const languageSuffix = (lang: Language): string => (lang === 'zh' ? '' : `.${lang}`);

export type BuildOptions = {
  readonly lang: Language;
  readonly layout: Layout;
  /** The landing-page URL the QR code encodes; no QR code when absent. */
  readonly qrUrl?: string;
};

export type Template<Report> = {
  readonly kind: string;
  readonly schema: z.ZodType<Report>;
  /** The cross-checks; findings are errors or warnings, never exceptions. */
  readonly check: (report: Report) => Finding[];
  /** What rendering in a language would leave out or fall back on (e.g. paragraphs without English); warnings. */
  readonly languageFindings: (report: Report, lang: Language) => Finding[];
  readonly build: (report: Report, options: BuildOptions) => DocumentModel;
  /**
   * File name (without extension) a download should carry, e.g. 淮安市人民政府2024年政府信息公开工作年度报告
   * in `zh`, with `languageSuffix(lang)` after it otherwise.
   */
  readonly fileName: (report: Report, lang: Language) => string;
};
