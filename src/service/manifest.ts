/**
 * The manifest: what a stored report is. Written last, so a report whose manifest can be
 * read has every file in place. The zod schema is the one definition of its shape; the
 * OpenAPI document is generated from it.
 */
import * as z from 'zod';
import { languages } from '../template.ts';
import { layouts } from '../model/page-setup.ts';
import { fontSets, formats } from '../render/renderer.ts';
import { keyFolders } from './key-folders.ts';

const bilingual = z.object({ zh: z.string(), en: z.string() });

export const findingSchema = z.object({
  rule: z.string().describe('Stable rule id, e.g. requests.column-balance'),
  severity: z.enum(['error', 'warning']),
  path: z.string().describe('JSON path into the input'),
  table: z.string().optional(),
  row: z.string().optional(),
  column: z.string().optional(),
  expected: z.union([z.number(), z.string()]).optional(),
  found: z.union([z.number(), z.string(), z.null()]).optional(),
  message: bilingual,
});

const storedFileSchema = z.object({
  format: z.enum(formats),
  key: z.string().describe('Object key in the bucket'),
  fileName: z.string().describe('The name a download carries: the report title and the extension'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 of the file, lower-case hex'),
  bytes: z.number().int().min(0),
  contentType: z.string(),
});

export const manifestSchema = z.object({
  id: z.string(),
  template: z.object({ kind: z.string(), version: z.string() }),
  rendererVersion: z.string().describe('The nianbao version that rendered the files'),
  createdAt: z.iso.datetime(),
  agency: z.string(),
  year: z.number().int(),
  publishedOn: z.string(),
  title: z.string(),
  lang: z.enum(languages),
  layout: z.enum(layouts),
  fonts: z.enum(fontSets).optional().describe('The faces the Word file names (absent in manifests written before the choice existed: official)'),
  files: z.array(storedFileSchema),
  findings: z.array(findingSchema),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type StoredFile = z.infer<typeof storedFileSchema>;

/** Where each object of a report lives, under the configured prefix. */
export function reportKeys(prefix: string, id: string) {
  const base = `${prefix}${keyFolders.reports}${id}/`;
  return {
    input: `${base}input.json`,
    manifest: `${base}manifest.json`,
    file: (extension: string) => `${base}report.${extension}`,
  };
}

export const encodeJson = (value: unknown): Uint8Array => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
export const decodeJson = (bytes: Uint8Array): unknown => JSON.parse(new TextDecoder().decode(bytes));
