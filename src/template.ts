/**
 * What a report kind provides to the engine. A template owns its schema, its checks,
 * its labels and a builder from report to document model; it knows nothing of PDF,
 * Word or HTML. Adding a report kind is adding a folder under templates/ and one line
 * in templates.ts; the service, HTTP, CLI and storage only ever see this shape.
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

/** What the manifest, the listing, the landing page and a download's name say of a report. */
export type ReportFacts = {
  /** Who issues it: the agency, or the body that compiles an aggregate. */
  readonly subject: string;
  readonly subjectEn?: string;
  readonly year: number;
  /** ISO date, YYYY-MM-DD. */
  readonly publishedOn: string;
  /** The version of the input format the report follows. */
  readonly version: string;
  /** File name without extension, in the report's own words and safe on any file system. */
  readonly fileName: string;
  /** The same in printable ASCII, for the `filename=` fallback of Content-Disposition (RFC 6266). */
  readonly asciiFileName: string;
  /** How to reach the publisher, for the landing page (phone and e-mail become links). */
  readonly contact?: ContactFacts;
};

/** Contact details by kind, as the landing page names them: office, address, postcode, phone, email, website. */
export type ContactFacts = { readonly [kind: string]: string };

/** A link the landing page lists beside the document (e.g. the member reports of an aggregate). */
export type RelatedLink = { readonly label: string; readonly href: string };
export type RelatedLinks = { readonly heading: string; readonly links: readonly RelatedLink[] };

/** A published page (text or HTML) read back into the template's input. */
export type ImportResult<Report> = {
  readonly report: Report;
  /** The importer's findings first, then the cross-checks'. */
  readonly findings: Finding[];
  readonly detected: {
    readonly formatVersion: string;
    readonly basis: 'tables' | 'year' | 'option';
    readonly evidence: readonly string[];
    readonly input: 'text' | 'html';
  };
};

export type Importer<Report> = {
  /** The versions a caller may force; `auto` lets the page decide. */
  readonly versions: readonly string[];
  /** Throws `UnreadableInput` for a page that cannot be read as a report. */
  readonly read: (input: string | Uint8Array, options: { readonly shape?: 'text' | 'html'; readonly formatVersion: string }) => Promise<ImportResult<Report>>;
  /** Whether the findings say some table cell could not be read (and was left blank). */
  readonly incomplete: (findings: readonly Finding[]) => boolean;
};

/** A stored report a gathering report is compiled from. */
export type GatheredMember = {
  readonly id: string;
  /** Its landing page, built from configuration. */
  readonly link: string;
  /** Its stored, normalized input. */
  readonly input: unknown;
};

/** How a report compiled from stored reports (an aggregate) gets its input from a request naming them. */
export type Gathering<Request extends { readonly reports: readonly string[] }> = {
  readonly request: z.ZodType<Request>;
  /** The kind every member must be. */
  readonly memberKind: string;
  readonly input: (request: Request, members: readonly GatheredMember[], options: { readonly allowCheckFailures: boolean }) => unknown;
};

/** A field's name in both languages, as messages about the input print it. */
export type FieldLabel = { readonly zh: string; readonly en: string };

export type Template<Report> = {
  readonly kind: string;
  readonly schema: z.ZodType<Report>;
  /** The published JSON Schema of the input (from the zod schema). */
  readonly jsonSchema: () => Record<string, unknown>;
  /** The name the OpenAPI document gives the input schema (PascalCase, one word). */
  readonly schemaName: string;
  /** Limits of the input that its JSON Schema cannot state, as the OpenAPI document words them. */
  readonly limitsNote?: string;
  /** The cross-checks; findings are errors or warnings, never exceptions. */
  readonly check: (report: Report) => Finding[];
  /** What rendering in a language would leave out or fall back on (e.g. paragraphs without English); warnings. */
  readonly languageFindings?: (report: Report, lang: Language) => Finding[];
  readonly build: (report: Report, options: BuildOptions) => DocumentModel;
  /** File names carry the language's suffix (`languageSuffix`): renders in two languages never share a name. */
  readonly facts: (report: Report, lang: Language) => ReportFacts;
  /**
   * What `validate` prints of the input beside its findings (e.g. its format version):
   * a short summary and fields for `--json`, each null when the schema refused the input.
   */
  readonly describe: (report: Report | undefined) => { readonly summary: string; readonly fields: Record<string, unknown> };
  /** Links the landing page lists, for a report that gathers others. */
  readonly related?: (report: Report, lang: Language) => RelatedLinks;
  readonly importer?: Importer<Report>;
  /** The report's computed figures as plain data, for a `json` output (an aggregate's sums). */
  readonly data?: (report: Report) => unknown;
  readonly gathers?: Gathering<any>;
  /** The words for a place in the input (a JSON path), for messages; undefined where the shape has no such place. */
  readonly fieldLabel: (path: readonly PropertyKey[]) => FieldLabel | undefined;
};

// A registry holds templates of different report types; each is used only with its own input.
export type AnyTemplate = Template<any>;
