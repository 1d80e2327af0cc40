/**
 * Configuration from the environment, the same names locally and in Lambda. Read once at
 * start-up: a missing or malformed variable stops the process there, not on a request.
 */
import { NianbaoError } from './errors.ts';
import { z } from 'zod';

const MiB = 1024 * 1024;

const environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  /** Write routes require it in `x-api-key`; the local server generates one when unset. */
  NIANBAO_API_KEY: z.string().min(16, 'at least 16 characters').optional(),
  /** The public base URL that QR codes and links use, without a trailing slash. */
  NIANBAO_BASE_URL: z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, '')),
  NIANBAO_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'an S3 bucket name'),
  /** Key prefix for everything nianbao stores, e.g. `nianbao/`; empty for the bucket root. */
  NIANBAO_PREFIX: z.string().regex(/^([A-Za-z0-9._-]+\/)*$/, 'path segments each ending with /').default(''),
  NIANBAO_MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(10 * MiB).default(MiB),
  /** An S3-protocol endpoint such as s3rver on 127.0.0.1; unset on AWS. */
  NIANBAO_S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  /** Local server only: where the embedded S3 keeps its data. */
  NIANBAO_DATA_DIR: z.string().min(1).default('.data'),
  /** Lifetime of a download redirect's presigned URL. */
  NIANBAO_DOWNLOAD_TTL_SECONDS: z.coerce.number().int().min(10).max(3600).default(300),
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
};

export class ConfigError extends NianbaoError {
  override readonly name = 'ConfigError';
  constructor(message: string) {
    super('internal', message);
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`invalid configuration / 配置有误 — ${problems.join('; ')}`);
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
  };
}
