/**
 * Options of POST /v1/reports and GET /v1/reports, from query parameters (the body is
 * the report itself, exactly as the schema defines it):
 * `?formats=pdf,docx&lang=zh|en|zh-en&layout=official|screen&fonts=official|portable&allowCheckFailures=true`.
 */
import { z } from 'zod';
import { layouts } from '../model/page-setup.ts';
import { fontSets, formats } from '../render/renderer.ts';
import { defaultSubmitOptions, type SubmitOptions } from '../service/submit-options.ts';
import { languages } from '../template.ts';
import { HttpError } from './errors.ts';

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
const formatList = z.string().transform((v) => [...new Set(v.split(','))]).pipe(z.array(z.enum(formats)).min(1));

export const submitQuery = z.strictObject({
  formats: formatList.optional().describe('Comma-separated formats to render; default pdf,docx'),
  lang: z.enum(languages).optional().describe('Language of the documents; default zh'),
  layout: z.enum(layouts).optional().describe('official (GB/T 9704) or screen; default official'),
  fonts: z.enum(fontSets).optional()
    .describe('Faces the Word file names: official (方正小标宋简体, 仿宋_GB2312, …, with alternates) or portable (the open faces nianbao ships); default official. The PDF embeds its faces either way'),
  allowCheckFailures: flag.optional().describe('true renders despite failed cross-checks and records them'),
});

export const listQuery = z.strictObject({
  agency: z.string().min(1).max(200).describe('The agency name exactly as in the report'),
  year: z.coerce.number().int().min(2008).max(2100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

function parseQuery<S extends z.ZodType>(schema: S, query: URLSearchParams): z.output<S> {
  // Only names the API defines are echoed back; a stranger's parameter is just "unknown".
  const known = Object.keys((schema as unknown as z.ZodObject).shape);
  const name = (key: unknown) => (typeof key === 'string' && known.includes(key) ? key : 'unknown');
  // A parameter given twice has no one meaning: refused, rather than the last one winning.
  const keys = [...query.keys()];
  const repeated = keys.filter((key, i) => keys.indexOf(key) !== i);
  const parsed = repeated.length > 0 ? undefined : schema.safeParse(Object.fromEntries(query));
  if (parsed?.success) return parsed.data;
  const issues = parsed ? parsed.error.issues.map((i) => i.path[0]) : repeated;
  const names = [...new Set(issues.map(name))].join(', ');
  throw new HttpError(400, 'invalid_parameter', {
    zh: `查询参数无效：${names}。`,
    en: `Invalid query parameter: ${names}.`,
  });
}

export function submitOptions(query: URLSearchParams): SubmitOptions {
  const given = parseQuery(submitQuery, query);
  return {
    formats: given.formats ?? defaultSubmitOptions.formats,
    lang: given.lang ?? defaultSubmitOptions.lang,
    layout: given.layout ?? defaultSubmitOptions.layout,
    fonts: given.fonts ?? defaultSubmitOptions.fonts,
    allowCheckFailures: given.allowCheckFailures ?? defaultSubmitOptions.allowCheckFailures,
  };
}

export const listOptions = (query: URLSearchParams) => parseQuery(listQuery, query);
