import { RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { describe, expect, it, vi } from 'vitest';
import { synthesize } from './synth.ts';

/** Both packs cdk/app.ts runs on every synthesis. */
const unacknowledged = (scope: IConstruct, severity = 'error') =>
  [new AwsSolutionsChecks(), new ServerlessChecks()]
    .flatMap((pack) => pack.validateScope(scope).violations)
    .filter((v) => severity === 'any' || v.severity === severity)
    .map((v) => `${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath).join(', ')}`);

/** Validations.acknowledge() records `{ "Annotation::<rule id>": reason }` on the construct. */
const acknowledgementsIn = (scope: IConstruct) =>
  scope.node
    .findAll()
    .flatMap((c) => c.node.metadata.filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY))
    .flatMap((m) => Object.entries(m.data as Record<string, string>))
    .map(([id, reason]) => [id.replace(/^annotation::/i, ''), reason] as const);

describe('cdk-nag AwsSolutions and Serverless', () => {
  it('finds no unacknowledged error in the stack', () => {
    expect(unacknowledged(synthesize().app)).toEqual([]);
  });

  it('catches a deliberately bad variant: a public bucket without logs or TLS enforcement', () => {
    const { app, stack } = synthesize();
    const bad = new Bucket(stack as Stack, 'Leaky', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ACLS_ONLY,
      publicReadAccess: true,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const errors = unacknowledged(app);
    const onBad = errors.filter((e) => e.includes(bad.node.path));
    expect(onBad.map((e) => e.split(' ')[0])).toEqual(expect.arrayContaining(['AwsSolutions-S1', 'AwsSolutions-S2', 'AwsSolutions-S10']));
  });

  it('acknowledges nothing without a written reason, and each acknowledgement is needed', () => {
    const { app } = synthesize();
    const acknowledged = acknowledgementsIn(app);
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const [id, reason] of acknowledged) expect(reason.length, id).toBeGreaterThan(40);
    // Synthesized with acknowledge() silenced, every acknowledged rule must be reported, or it was dead weight.
    const silenced = vi.spyOn(Validations.prototype, 'acknowledge').mockImplementation(() => undefined);
    const bare = synthesize().app;
    silenced.mockRestore();
    expect(acknowledgementsIn(bare)).toEqual([]);
    const reported = new Set(unacknowledged(bare, 'any').map((e) => e.split(' ')[0]));
    for (const [id] of acknowledged) expect(reported, id).toContain(id);
  });
});
