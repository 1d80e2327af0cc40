/**
 * Deployment settings from CDK context (`cdk.json` or `-c nianbao:key=value`). Values given on
 * the command line arrive as strings, so numbers and booleans are coerced; a bad value stops
 * synthesis with a sentence naming the key instead of producing a half-configured stack.
 */
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import * as z from 'zod';

const CONTEXT_PREFIX = 'nianbao:';

const flag = z.union([z.boolean(), z.enum(['true', 'false']).transform((text) => text === 'true')]);

const settingsSchema = z.object({
  stageName: z.string().regex(/^[A-Za-z0-9_]{1,64}$/, 'letters, digits and _ only').default('prod'),
  /** Key prefix of every stored object (NIANBAO_PREFIX of the service, which adds its own `reports/`, `index/`…). */
  prefix: z.string().regex(/^([A-Za-z0-9._-]+\/)*$/, 'path segments each ending with /').default('nianbao/'),
  /** Delete stored reports after this many days; absent keeps them forever. */
  reportExpiryDays: z.coerce.number().int().min(1).optional(),
  accessLogExpiryDays: z.coerce.number().int().min(1).default(365),
  /** `false` lets `cdk destroy` remove the (empty) buckets; the default keeps them and their data. */
  retainData: flag.default(true),
  /** Lambda takes at most 6 MB synchronously, the event's headers included: 5 MiB of body leaves room for them. */
  maxBodyBytes: z.coerce.number().int().min(1024).max(5 * 1024 * 1024).default(1024 * 1024),
  /** Reserved concurrency of the render and read functions; absent draws from the account's pool. */
  renderConcurrency: z.coerce.number().int().min(1).optional(),
  readConcurrency: z.coerce.number().int().min(1).optional(),
  /** An AWS WAF (REGIONAL) web ACL to associate with the API stage. */
  webAclArn: z.string().regex(/^arn:[a-z-]+:wafv2:[a-z0-9-]+:\d{12}:regional\/webacl\/.+/, 'a regional wafv2 web ACL ARN').optional(),
  /** Optional custom domain; needs an ACM certificate in the same region. */
  domainName: z.string().regex(/^([a-z0-9-]+\.)+[a-z]{2,}$/, 'a lower-case host name').optional(),
  certificateArn: z.string().startsWith('arn:').optional(),
  /** Steady rate and burst (requests per second) per API key on the write routes. */
  writeRateLimit: z.coerce.number().positive().default(5),
  writeBurstLimit: z.coerce.number().int().positive().default(10),
  /** Requests per day per API key on the write routes. */
  writeDailyQuota: z.coerce.number().int().positive().default(5000),
  /** Stage-wide throttle that also covers the public read routes. */
  stageRateLimit: z.coerce.number().positive().default(100),
  stageBurstLimit: z.coerce.number().int().positive().default(200),
  alarmEmail: z.email().optional(),
  /** CloudWatch Logs accepts only its fixed list of retention periods (1, 3, 5, 7, 14, 30, 60, 90, …). */
  logRetentionDays: z.coerce
    .number()
    .refine((days) => (Object.values(RetentionDays) as unknown[]).includes(days), 'a CloudWatch Logs retention period')
    .default(90)
    .transform((days) => days as RetentionDays),
}).refine((s) => (s.domainName === undefined) === (s.certificateArn === undefined), {
  message: 'domainName and certificateArn go together',
  path: ['domainName'],
});

export type StackSettings = z.output<typeof settingsSchema>;

export class SettingsError extends Error {
  override readonly name = 'SettingsError';
}

/** Reads every `nianbao:*` context key through `tryGetContext`, so defaults in cdk.json and `-c` both apply. */
export function readSettings(tryGetContext: (key: string) => unknown): StackSettings {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(settingsSchema.shape)) {
    const value = tryGetContext(CONTEXT_PREFIX + key);
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const parsed = settingsSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${CONTEXT_PREFIX}${issue.path.join('.')}: ${issue.message}`);
    throw new SettingsError(`invalid deployment settings / 部署参数有误 — ${problems.join('; ')}`);
  }
  return parsed.data;
}
