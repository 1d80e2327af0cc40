import { describe, expect, it } from 'vitest';
import { readSettings, SettingsError } from '../../cdk/settings.ts';

const from = (context: Record<string, unknown>) => readSettings((key) => context[key]);

describe('deployment settings from CDK context', () => {
  it('defaults to a kept bucket, no report expiry and the prod stage', () => {
    const settings = from({});
    expect(settings).toMatchObject({ stageName: 'prod', prefix: 'nianbao/', retainData: true, logRetentionDays: 90 });
    expect(settings.reportExpiryDays).toBeUndefined();
  });

  it('coerces the strings that `-c key=value` passes', () => {
    const settings = from({ 'nianbao:reportExpiryDays': '3650', 'nianbao:retainData': 'false', 'nianbao:writeRateLimit': '2.5', 'nianbao:logRetentionDays': '365' });
    expect(settings).toMatchObject({ reportExpiryDays: 3650, retainData: false, writeRateLimit: 2.5, logRetentionDays: 365 });
    expect(from({ 'nianbao:renderConcurrency': '20', 'nianbao:readConcurrency': '50' })).toMatchObject({ renderConcurrency: 20, readConcurrency: 50 });
  });

  it.each([
    [{ 'nianbao:logRetentionDays': '100' }, 'nianbao:logRetentionDays'],
    [{ 'nianbao:prefix': '../etc' }, 'nianbao:prefix'],
    [{ 'nianbao:domainName': 'nianbao.example.gov.cn' }, 'domainName and certificateArn go together'],
    [{ 'nianbao:retainData': 'yes' }, 'nianbao:retainData'],
    [{ 'nianbao:webAclArn': 'arn:aws:wafv2:eu-west-1:123456789012:global/webacl/x/1' }, 'nianbao:webAclArn'],
    [{ 'nianbao:renderConcurrency': '0' }, 'nianbao:renderConcurrency'],
    [{ 'nianbao:maxBodyBytes': String(6 * 1024 * 1024) }, 'nianbao:maxBodyBytes'],
  ])('refuses %o, naming the key in Chinese and English', (context, named) => {
    expect(() => from(context)).toThrow(SettingsError);
    expect(() => from(context)).toThrow(/部署参数有误.*invalid deployment settings|invalid deployment settings.*部署参数有误/);
    expect(() => from(context)).toThrow(named);
  });
});
