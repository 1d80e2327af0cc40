/**
 * Least-privilege S3 access, written as explicit statements: `grantRead`/`grantPut` would add
 * wildcard actions such as `s3:GetObject*` and `s3:Abort*`.
 *
 * s3:ListBucket is granted on the bucket without an `s3:prefix` condition on purpose: S3 answers
 * a GET for a missing key with 404 only to callers holding ListBucket, and it evaluates that check
 * without a prefix, so a prefix-conditioned grant turns every "not found" (unknown report id, a
 * fresh Idempotency-Key) into 403 — which the service would have to report as storage failure.
 * The bucket belongs to nianbao alone, so listing it reveals only nianbao's own keys.
 */
import { Stack, Validations } from 'aws-cdk-lib';
import { Effect, PolicyStatement, type IRole } from 'aws-cdk-lib/aws-iam';
import type { Bucket, CfnBucket } from 'aws-cdk-lib/aws-s3';

export type ReportAccess = 'read' | 'read-write';

export function grantReportAccess(role: IRole, bucket: Bucket, prefix: string, access: ReportAccess): void {
  const objects = bucket.arnForObjects(`${prefix}*`);
  const objectActions = access === 'read' ? ['s3:GetObject'] : ['s3:GetObject', 's3:PutObject'];
  role.addToPrincipalPolicy(new PolicyStatement({ effect: Effect.ALLOW, actions: objectActions, resources: [objects] }));
  role.addToPrincipalPolicy(new PolicyStatement({ effect: Effect.ALLOW, actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }));

  const bucketLogicalId = Stack.of(bucket).getLogicalId(bucket.node.defaultChild as CfnBucket);
  Validations.of(role).acknowledge({
    id: `AwsSolutions-IAM5[Resource::<${bucketLogicalId}.Arn>/${prefix}*]`,
    reason: `Object keys are report ids chosen at run time, so access is granted to every key under the report prefix "${prefix}" and nothing outside it; the actions themselves are listed one by one.`,
  });
}
