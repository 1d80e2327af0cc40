/**
 * The shapes of the API's answers as zod schemas: handlers build them, and the OpenAPI
 * document is generated from them.
 */
import * as z from 'zod';
import { errorCodes } from '../errors.ts';
import { formats } from '../render/renderer.ts';
import { listingEntrySchema } from '../service/listing.ts';
import { reportLinks } from '../service/links.ts';
import { findingSchema, type Manifest } from '../service/manifest.ts';
import { defaultTemplate } from '../templates.ts';

/** Every error on every route: RFC 9457 problem details, with the bilingual sentence and findings as extensions. */
export const problemSchema = z.object({
  type: z.string().describe('A tag URI naming the problem; one per code'),
  title: z.string().describe('Short English summary of the problem type'),
  status: z.number().int().min(400).max(599),
  detail: z.string().describe('The English sentence of `message`'),
  instance: z.string().optional().describe('The request path'),
  code: z.enum(errorCodes),
  message: z.object({ zh: z.string(), en: z.string() }).describe('One sentence in Chinese and English'),
  requestId: z.string().describe('Also in the x-request-id header and the log line'),
  findings: z.array(findingSchema).optional().describe('Every problem of the report, on 422 report_invalid'),
});

const documentLinkSchema = z.object({
  format: z.enum(formats),
  href: z.url().describe('Redirects to a short-lived download URL'),
  fileName: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int(),
});

export const submittedSchema = z.object({
  id: z.string().describe('Report id: 128 random bits, base64url'),
  manifest: z.url(),
  landingPage: z.url().describe('The page the QR code leads to'),
  documents: z.array(documentLinkSchema),
  findings: z.array(findingSchema),
});

export const validatedSchema = z.object({ valid: z.boolean(), findings: z.array(findingSchema) });
export const listingSchema = z.object({ reports: z.array(listingEntrySchema.extend({ manifest: z.url() })) });

/**
 * POST /v1/imports, beside its `report` (the input schema itself, which the OpenAPI
 * document refers to rather than repeating).
 */
export const importedSchema = z.object({
  findings: z.array(findingSchema).describe("The importer's findings first, then the cross-checks'"),
  detected: z.object({
    formatVersion: z.enum(defaultTemplate.importer?.versions ?? []),
    basis: z.enum(['tables', 'year', 'option']).describe('What decided the version: the tables on the page, the report year, or formatVersion'),
    evidence: z.array(z.string()).readonly().describe('The printed labels found that mark a version'),
    input: z.enum(['text', 'html']).describe('How the page was read'),
  }),
});

export type Submitted = z.infer<typeof submittedSchema>;
export type Imported = z.infer<typeof importedSchema> & { readonly report: unknown };

export function submittedBody(baseUrl: string, manifest: Manifest): Submitted {
  const links = reportLinks(baseUrl, manifest.id);
  return {
    id: manifest.id,
    manifest: links.manifest,
    landingPage: links.landingPage,
    documents: manifest.files.map((file) => ({
      format: file.format, href: links.document(file.format), fileName: file.fileName, sha256: file.sha256, bytes: file.bytes,
    })),
    findings: manifest.findings,
  };
}
