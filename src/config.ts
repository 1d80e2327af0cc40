/**
 * Configuration from the environment, the same names locally and in Lambda. Read once at
 * start-up: a missing or malformed variable stops the process there, not on a request.
 */
import { NianbaoError } from './errors.ts';
import * as z from 'zod';
import { integerText } from './integer-text.ts';
import { describeProblem } from './schema-problems.ts';

const MiB = 1024 * 1024;

/** `s3://bucket/key`: an S3 bucket name, then a key. */
const s3Location = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\/(.+)$/;

export type S3Location = { readonly bucket: string; readonly key: string };

const integer = (min: number, max: number, fallback: number) => integerText(min, max).default(fallback);

const environment = z.object({
  PORT: integer(0, 65_535, 3000),
  /** Write routes require it in `x-api-key`; the local server generates one when unset. */
  NIANBAO_API_KEY: z.string().min(16, 'at least 16 characters').optional(),
  /** The public base URL that QR codes and links use, without a trailing slash. */
  NIANBAO_BASE_URL: z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, '')),
  NIANBAO_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'an S3 bucket name (3–63 of a-z 0-9 . -) / S3 存储桶名称（3 至 63 个 a-z 0-9 . -）'),
  /** Key prefix for everything nianbao stores, e.g. `nianbao/`; empty for the bucket root. */
  NIANBAO_PREFIX: z.string().regex(/^([A-Za-z0-9._-]+\/)*$/, 'path segments each ending with / / 以 / 结尾的路径段').default(''),
  NIANBAO_MAX_BODY_BYTES: integer(1024, 10 * MiB, MiB),
  /** An S3-protocol endpoint such as s3rver on 127.0.0.1; unset on AWS. */
  NIANBAO_S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  /** Local server only: where the embedded S3 keeps its data. */
  NIANBAO_DATA_DIR: z.string().min(1).default('.data'),
  /** Lifetime of a download redirect's presigned URL. */
  NIANBAO_DOWNLOAD_TTL_SECONDS: integer(10, 3600, 300),
  /** The render functions': where each whole face of the bundle's core faces lies (cdk/whole-faces.ts). */
  NIANBAO_WHOLE_FACES: z
    .string()
    .transform((text, context) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        context.addIssue({ code: 'custom', message: 'JSON / 应为 JSON' });
        return z.NEVER;
      }
    })
    .pipe(z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), z.string().regex(s3Location, 's3://bucket/key')))
    .optional(),
});

export type Config = {
  readonly port: number;
  readonly apiKey: string | undefined;
  readonly baseUrl: string;
  readonly bucket: string;
  readonly prefix: string;
  readonly maxBodyBytes: number;
  readonly s3Endpoint: string | undefined;
  readonly downloadTtlSeconds: number;
  readonly dataDir: string;
  /** Where the whole face of each core face lies, by face id; empty outside a render function. */
  readonly wholeFaces: ReadonlyMap<string, S3Location>;
};

export class ConfigError extends NianbaoError {
  override readonly name = 'ConfigError';
  constructor(message: string) {
    super('internal', message);
  }
}

/** Values never echoed in a message: only their length may be said. */
const secrets = new Set(['NIANBAO_API_KEY']);

/** 「PORT 应为 0 至 65535 的整数，实为文本 "abc"」 / `PORT must be a whole number from 0 to 65535; found the text "abc"`. */
function problemsOf(issues: readonly z.core.$ZodIssue[]): { zh: string; en: string } {
  const lines = issues.map((issue) => {
    const name = issue.path.join('.');
    const input = (issue as { input?: unknown }).input;
    const masked = secrets.has(name) && typeof input === 'string' ? ({ ...issue, input: '*'.repeat(input.length) } as z.core.$ZodIssue) : issue;
    const problem = describeProblem(masked);
    const gap = problem.en.startsWith(':') ? '' : ' ';
    return { zh: `${name}${/^[：:]/.test(problem.zh) ? '' : ' '}${problem.zh}`, en: `${name}${gap}${problem.en}` };
  });
  return { zh: lines.map((l) => l.zh).join('；'), en: lines.map((l) => l.en).join('; ') };
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = environment.safeParse(env, { reportInput: true });
  if (!parsed.success) {
    const problems = problemsOf(parsed.error.issues);
    throw new ConfigError(`配置有误 / invalid configuration — ${problems.zh} / ${problems.en}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    apiKey: e.NIANBAO_API_KEY,
    baseUrl: e.NIANBAO_BASE_URL,
    bucket: e.NIANBAO_BUCKET,
    prefix: e.NIANBAO_PREFIX,
    maxBodyBytes: e.NIANBAO_MAX_BODY_BYTES,
    s3Endpoint: e.NIANBAO_S3_ENDPOINT,
    downloadTtlSeconds: e.NIANBAO_DOWNLOAD_TTL_SECONDS,
    dataDir: e.NIANBAO_DATA_DIR,
    wholeFaces: new Map(
      Object.entries(e.NIANBAO_WHOLE_FACES ?? {}).map(([id, location]) => {
        const [, bucket = '', key = ''] = s3Location.exec(location) ?? [];
        return [id, { bucket, key }];
      }),
    ),
  };
}
