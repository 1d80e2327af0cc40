/**
 * Options of POST /v1/reports and GET /v1/reports, from query parameters (the body is
 * the report itself, exactly as the schema defines it):
 * `?formats=pdf,docx&lang=zh|en|zh-en&layout=official|screen&fonts=official|portable&allowCheckFailures=true`.
 */
import * as z from 'zod';
import { layouts } from '../model/page-setup.ts';
import { fontSets, formats } from '../render/renderer.ts';
import { defaultSubmitOptions, type SubmitOptions } from '../service/submit-options.ts';
import { closest } from '../closest.ts';
import { integerText } from '../integer-text.ts';
import { describeProblem, zhJoin } from '../schema-problems.ts';
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
  year: integerText(2008, 2100).optional(),
  limit: integerText(1, 100).default(50),
});

/** What each parameter is, in both languages, for the messages. */
const parameterLabels: Record<string, { readonly zh: string; readonly en: string }> = {
  formats: { zh: '生成的格式', en: 'formats to render' },
  lang: { zh: '文件语言', en: 'language' },
  layout: { zh: '版式', en: 'layout' },
  allowCheckFailures: { zh: '校验未通过也生成', en: 'render despite failed checks' },
  agency: { zh: '机关名称', en: 'agency name' },
  year: { zh: '报告年度', en: 'report year' },
  limit: { zh: '最多条数', en: 'maximum number of entries' },
};

/** A stranger's parameter name is echoed only when it is a plain short word. */
const echoable = (name: string) => /^[A-Za-z0-9_.-]{1,40}$/.test(name);

type Sentence = { zh: string; en: string };

function unknownParameter(name: string, known: readonly string[]): Sentence {
  if (!echoable(name)) return { zh: '有未知的查询参数', en: 'an unknown query parameter was given' };
  const near = closest(name, known);
  const hint = near === undefined ? { zh: '', en: '' } : { zh: `（是否想用 ${near}？）`, en: ` (did you mean ${near}?)` };
  return { zh: `未知的查询参数 ${name}${hint.zh}`, en: `unknown query parameter ${name}${hint.en}` };
}

function parameterProblem(issue: z.core.$ZodIssue, known: readonly string[]): Sentence[] {
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => unknownParameter(key, known));
  const name = String(issue.path[0] ?? '');
  const label = parameterLabels[name] ?? { zh: name, en: name };
  if (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined) {
    return [{ zh: `缺少必需的查询参数 ${name}（${label.zh}）`, en: `the query parameter ${name} (${label.en}) is required` }];
  }
  const problem = describeProblem(issue);
  return [{ zh: zhJoin(`查询参数 ${name}（${label.zh}）`, problem.zh), en: `the query parameter ${name} (${label.en}) ${problem.en}` }];
}

function repeatedParameter(name: string): Sentence {
  if (!echoable(name)) return { zh: '有查询参数重复出现', en: 'a query parameter was given more than once' };
  return { zh: `查询参数 ${name} 重复出现，只能给一次`, en: `the query parameter ${name} was given more than once; give it once` };
}

const sentence = (parts: readonly Sentence[]) => ({
  zh: `${parts.map((p) => p.zh).join('；')}。`,
  en: `${parts.map((p) => p.en).join('; ').replace(/^./, (c) => c.toUpperCase())}.`,
});

function parseQuery<S extends z.ZodType>(schema: S, query: URLSearchParams): z.output<S> {
  const known = Object.keys((schema as unknown as z.ZodObject).shape);
  // A parameter given twice has no one meaning: refused, rather than the last one winning.
  const keys = [...query.keys()];
  const repeated = [...new Set(keys.filter((key, i) => keys.indexOf(key) !== i))];
  if (repeated.length > 0) throw new HttpError('invalid_parameter', sentence(repeated.map(repeatedParameter)));
  const parsed = schema.safeParse(Object.fromEntries(query), { reportInput: true });
  if (parsed.success) return parsed.data;
  throw new HttpError('invalid_parameter', sentence(parsed.error.issues.flatMap((issue) => parameterProblem(issue, known))));
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
