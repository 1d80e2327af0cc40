/**
 * The bucket that holds every report (input, rendered files, manifest), and the bucket that
 * receives its server access logs. The report bucket is versioned, and its policy refuses any
 * write to a report's objects that is not conditional on the key being free (If-None-Match: *):
 * what a printed QR code's landing page fingerprints (SHA-256) cannot be silently replaced, and
 * whatever an administrator does by hand leaves the earlier version behind. Both are private, TLS-only and encrypted with S3-managed
 * keys: SSE-S3 costs nothing, works in every partition including aws-cn, and — unlike SSE-KMS —
 * lets presigned download links and the functions read objects without extra kms:Decrypt grants.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { AnyPrincipal, Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership, type LifecycleRule } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { keyFolders } from '../src/service/key-folders.ts';

export type ReportBucketProps = {
  readonly prefix: string;
  readonly reportExpiryDays?: number;
  readonly accessLogExpiryDays: number;
  readonly retainData: boolean;
};

const hardened = {
  blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
  enforceSSL: true,
  encryption: BucketEncryption.S3_MANAGED,
  objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
} as const;

/** How long a replaced or expired object's earlier version is kept. */
const NONCURRENT_VERSION_DAYS = 90;

export class ReportBucket extends Construct {
  readonly bucket: Bucket;
  readonly accessLogs: Bucket;

  constructor(scope: Construct, id: string, props: ReportBucketProps) {
    super(scope, id);
    const removalPolicy = props.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    this.accessLogs = new Bucket(this, 'AccessLogs', {
      ...hardened,
      removalPolicy,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(props.accessLogExpiryDays) }],
    });

    this.bucket = new Bucket(this, 'Reports', {
      ...hardened,
      removalPolicy,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: 'reports-bucket/',
      versioned: true,
      lifecycleRules: reportLifecycle(props),
    });
    this.bucket.addToResourcePolicy(new PolicyStatement({
      sid: 'DenyOverwritingReports',
      effect: Effect.DENY,
      principals: [new AnyPrincipal()],
      actions: ['s3:PutObject'],
      resources: [this.bucket.arnForObjects(`${props.prefix}${keyFolders.reports}*`)],
      // True when the request carries no If-None-Match header, i.e. may replace an object.
      conditions: { Null: { 's3:if-none-match': 'true' } },
    }));
  }
}

function reportLifecycle(props: ReportBucketProps): LifecycleRule[] {
  const rules: LifecycleRule[] = [
    { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
    // Listing entries are rewritten on repair; their old versions, and expired reports', need not stay forever.
    { id: 'old-versions', noncurrentVersionExpiration: Duration.days(NONCURRENT_VERSION_DAYS), expiredObjectDeleteMarker: true },
  ];
  const days = props.reportExpiryDays;
  if (days === undefined) return rules;
  // A report's listing entry and idempotency claim are written with it and go with it: an
  // entry left behind would list a report that answers 404, a claim would pin a vanished id.
  const expiring = [['expire-reports', keyFolders.reports], ['expire-index', keyFolders.index], ['expire-idempotency', keyFolders.idempotency]] as const;
  for (const [id, folder] of expiring) rules.push({ id, prefix: `${props.prefix}${folder}`, expiration: Duration.days(days) });
  return rules;
}
