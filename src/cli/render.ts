/**
 * `nianbao render FILE|- [--out DIR] [--format pdf,docx,html] [--lang zh|en|zh-en]
 *  [--layout official|screen] [--fonts official|portable] [--base-url URL] [--id ID] [--allow-check-failures]`
 *
 * Exit codes: 0 written; 1 refused (schema, cross-check or font-coverage errors — the
 * findings are printed in Chinese and English); 2 unreadable input or bad options;
 * 70 a renderer failed (one sentence, no stack trace), as for every command.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { parseJsonText } from '../json-text.ts';
import { layouts, type Layout } from '../model/page-setup.ts';
import { fontSets, formats, type FontSet, type Format } from '../render/renderer.ts';
import { RenderFailedError, RenderRejectedError, renderReport } from '../service/render-report.ts';
import { reportLinks } from '../service/links.ts';
import { languages, type Language } from '../template.ts';
import { findingText } from './finding-text.ts';
import { readInputText } from './read-input.ts';
import { usageOf } from './usage.ts';

const usage = usageOf('render');

export const defaultBaseUrl = 'http://127.0.0.1:3000';

/** A refusal of the command line itself: printed with the usage, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

type Options = {
  readonly file: string;
  readonly out: string;
  readonly formats: readonly Format[];
  readonly lang: Language;
  readonly layout: Layout;
  readonly fonts: FontSet;
  readonly baseUrl: string;
  readonly id?: string;
  readonly allowCheckFailures: boolean;
};

export function oneOf<T extends string>(what: string, allowed: readonly T[], value: string): T {
  const found = allowed.find((a) => a === value);
  if (found === undefined) throw new UsageError(`--${what} must be one of ${allowed.join(', ')} / --${what} 只能是 ${allowed.join('、')}`);
  return found;
}

export function baseUrlOf(value: string): string {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (url === undefined || !['http:', 'https:'].includes(url.protocol) || url.search !== '' || url.hash !== '') {
    throw new UsageError('--base-url must be an http(s) URL without query / --base-url 须为不带查询参数的 http(s) 地址');
  }
  return url.href.replace(/\/+$/, '');
}

function idOf(value: string): string {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(value)) throw new UsageError('--id may hold only A-Z a-z 0-9 _ - (at most 64) / --id 只能含字母、数字、_ 和 -（最多 64 个）');
  return value;
}

function parseOptions(args: readonly string[]): Options {
  try {
    return optionsOf(args);
  } catch (error) {
    // parseArgs refuses unknown flags and missing values with a TypeError of its own.
    if (error instanceof TypeError) throw new UsageError(error.message, { cause: error });
    throw error;
  }
}

function optionsOf(args: readonly string[]): Options {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string', default: 'out' },
      format: { type: 'string', default: 'pdf' },
      lang: { type: 'string', default: 'zh' },
      layout: { type: 'string', default: 'official' },
      fonts: { type: 'string', default: 'official' },
      'base-url': { type: 'string', default: defaultBaseUrl },
      id: { type: 'string' },
      'allow-check-failures': { type: 'boolean', default: false },
    },
  });
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UsageError('give exactly one FILE, or - for standard input / 请给出一个输入文件，或用 - 表示标准输入');
  return {
    file,
    out: values.out,
    formats: values.format.split(',').map((f) => oneOf('format', formats, f.trim())),
    lang: oneOf('lang', languages, values.lang),
    layout: oneOf('layout', layouts, values.layout),
    fonts: oneOf('fonts', fontSets, values.fonts),
    baseUrl: baseUrlOf(values['base-url']),
    ...(values.id === undefined ? {} : { id: idOf(values.id) }),
    allowCheckFailures: values['allow-check-failures'],
  };
}

/** The same reader as `nianbao validate`: a size limit, and one sentence when it cannot read. */
export async function readInput(file: string): Promise<unknown> {
  const input = await readInputText(file);
  if (!input.ok) throw new UsageError(`${input.message.zh} / ${input.message.en}`);
  const parsed = parseJsonText(input.text);
  if (!parsed.ok) throw new UsageError(`${parsed.message.zh} / ${parsed.message.en}`);
  return parsed.value;
}

/** JSON with object keys sorted at every level: the same report, however it was formatted. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The default report id: base64url of the first 16 bytes of the SHA-256 of the canonical input. */
export function reportIdOf(input: unknown): string {
  return createHash('sha256').update(canonicalJson(input)).digest().subarray(0, 16).toString('base64url');
}

export const refusals = {
  schema: '输入不符合年报格式 / The input does not match the report format',
  checks: '报告未通过勾稽校验（可用 --allow-check-failures 强制生成） / The report fails its cross-checks (use --allow-check-failures to render anyway)',
  preflight: '报告含有字体无法显示的字符 / The report contains characters no font can draw',
  format: '无法生成所要求的格式 / A requested format is not available',
} as const;

/** Writes one file into the output folder, refusing any name that would land elsewhere. */
export async function write(out: string, name: string, bytes: Uint8Array): Promise<string> {
  const folder = resolve(out);
  const path = resolve(join(folder, name));
  if (!path.startsWith(folder + sep)) throw new Error(`output name leaves ${folder}`);
  try {
    await mkdir(folder, { recursive: true });
    await writeFile(path, bytes);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError(`cannot write ${path} (${code}) / 无法写入输出文件（${code}）`, { cause });
  }
  return path;
}

export async function run(args: readonly string[]): Promise<number> {
  try {
    const options = parseOptions(args);
    const input = await readInput(options.file);
    const id = options.id ?? reportIdOf(input);
    const rendered = await renderReport(input, {
      formats: options.formats,
      lang: options.lang,
      layout: options.layout,
      fonts: options.fonts,
      qrUrl: reportLinks(options.baseUrl, id).landingPage,
      allowCheckFailures: options.allowCheckFailures,
    });
    for (const finding of rendered.findings) process.stderr.write(findingText(finding));
    for (const file of rendered.files) {
      const path = await write(options.out, `${rendered.facts.fileName}.${file.extension}`, file.bytes);
      process.stdout.write(`${path}\t${file.sha256}\n`);
    }
    return 0;
  } catch (error) {
    return explain(error);
  }
}

export function explain(error: unknown, usageLine: string = usage): number {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n${usageLine}\n`);
    return 2;
  }
  if (error instanceof RenderRejectedError) {
    process.stderr.write(`${refusals[error.reason]}\n${error.findings.map(findingText).join('')}`);
    return 1;
  }
  const stage = error instanceof RenderFailedError ? ` (${error.stage})` : '';
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  process.stderr.write(`渲染失败 / Rendering failed${stage}${cause}\n`);
  return 70;
}
