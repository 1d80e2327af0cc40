import { describe, expect, it } from 'vitest';
import { synthesize } from './synth.ts';

const templateText = (region?: string) => JSON.stringify(synthesize({ region }).template.toJSON());

/** Each place the needle occurs, with a little context, so a failure says where. */
const occurrences = (text: string, needle: string) =>
  [...text.matchAll(new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => text.slice(Math.max(0, m.index - 80), m.index + 40));

describe('partitions', () => {
  it.each([
    ['environment-agnostic', undefined],
    ['us-east-1', 'us-east-1'],
    ['cn-northwest-1', 'cn-northwest-1'],
  ])('synthesizes %s with no arn:aws: literal and no other region named', (_name, region) => {
    const text = templateText(region);
    expect(occurrences(text, 'arn:aws:')).toEqual([]);
    for (const other of ['us-east-1', 'cn-northwest-1', 'cn-north-1'].filter((r) => r !== region)) {
      expect(occurrences(text, `${other}`), other).toEqual([]);
    }
  });

  it('leaves ARN partitions and URL suffixes to CloudFormation, so aws-cn gets its own', () => {
    const agnostic = templateText();
    expect(agnostic).toContain('"Ref":"AWS::Partition"');
    expect(agnostic).toContain('"Ref":"AWS::URLSuffix"');
    // cdk.json turns off @aws-cdk/core:enablePartitionLiterals, so even a region-pinned
    // template leaves the partition to CloudFormation instead of writing arn:aws-cn: itself.
    const china = templateText('cn-northwest-1');
    expect(occurrences(china, 'arn:aws-cn:')).toEqual([]);
    expect(china).toContain('"Ref":"AWS::Partition"');
  });
});
