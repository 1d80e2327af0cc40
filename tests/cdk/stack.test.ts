import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../cdk/report-api.ts';
import { reportKeys } from '../../src/service/manifest.ts';
import { projectRoot, synthesize, type Synthesized } from './synth.ts';

type Statement = { Action: string | string[]; Resource: unknown; Effect: string };
type Resource = { Type: string; Properties: Record<string, any> };

let synthesized: Synthesized;
let resources: Record<string, Resource>;
beforeAll(() => {
  synthesized = synthesize();
  resources = synthesized.template.toJSON()['Resources'];
});

const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
const functionNamed = (prefix: string) => {
  const found = ofType('AWS::Lambda::Function').find(([id]) => id.startsWith(prefix));
  if (!found) throw new Error(`no function ${prefix}`);
  return found;
};
const statementsOf = (roleLogicalId: string): Statement[] =>
  ofType('AWS::IAM::Policy')
    .filter(([, p]) => p.Properties['Roles'].some((r: { Ref: string }) => r.Ref === roleLogicalId))
    .flatMap(([, p]) => p.Properties['PolicyDocument'].Statement);
const actionsOf = (statements: Statement[]) => statements.flatMap((s) => [s.Action].flat()).sort();

describe('report bucket', () => {
  it('is private, TLS-only, encrypted, owner-enforced, logged and kept on stack deletion', () => {
    const buckets = ofType('AWS::S3::Bucket');
    expect(buckets).toHaveLength(2);
    for (const [id, bucket] of buckets) {
      expect(bucket.Properties['PublicAccessBlockConfiguration'], id).toEqual({
        BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true,
      });
      expect(bucket.Properties['BucketEncryption'].ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toBe('AES256');
      expect(bucket.Properties['OwnershipControls'].Rules).toEqual([{ ObjectOwnership: 'BucketOwnerEnforced' }]);
      expect((resources[id] as unknown as { DeletionPolicy: string }).DeletionPolicy).toBe('Retain');
    }
    const [, reports] = buckets.find(([, b]) => b.Properties['LoggingConfiguration'])!;
    expect(reports.Properties['LifecycleConfiguration'].Rules).toContainEqual(
      expect.objectContaining({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 }, Status: 'Enabled' }),
    );
    synthesized.template.resourcePropertiesCountIs('AWS::S3::BucketPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    }, 2);
  });

  it('keeps every version, and refuses any write to a report that could replace an object', () => {
    const [reportsId, reports] = ofType('AWS::S3::Bucket').find(([, b]) => b.Properties['LoggingConfiguration'])!;
    expect(reports.Properties['VersioningConfiguration']).toEqual({ Status: 'Enabled' });
    const policy = ofType('AWS::S3::BucketPolicy').find(([, p]) => p.Properties['Bucket'].Ref === reportsId)![1];
    const deny = policy.Properties['PolicyDocument'].Statement.find((s: { Sid?: string }) => s.Sid === 'DenyOverwritingReports');
    expect(deny).toMatchObject({ Effect: 'Deny', Principal: { AWS: '*' }, Action: 's3:PutObject', Condition: { Null: { 's3:if-none-match': 'true' } } });
    expect(JSON.stringify(deny.Resource)).toContain('/nianbao/reports/*');
    expect(reportKeys('nianbao/', 'abc').manifest.startsWith('nianbao/reports/')).toBe(true);
  });

  it('expires reports only when asked, and only under the prefix', () => {
    const rulesOf = (s: Synthesized) => Object.values(s.template.findResources('AWS::S3::Bucket'))
      .flatMap((b) => b['Properties']['LifecycleConfiguration']?.Rules ?? []);
    expect(rulesOf(synthesized).filter((r: { Id: string }) => r.Id === 'expire-reports')).toEqual([]);
    const expiring = synthesize({ context: { 'nianbao:reportExpiryDays': '30', 'nianbao:retainData': 'false' } });
    const expiry = rulesOf(expiring).filter((r: { Id: string }) => r.Id.startsWith('expire-') && r.Id !== 'expire-access-logs');
    expect(expiry).toEqual([
      expect.objectContaining({ Id: 'expire-reports', Prefix: 'nianbao/reports/', ExpirationInDays: 30 }),
      expect.objectContaining({ Id: 'expire-index', Prefix: 'nianbao/index/', ExpirationInDays: 30 }),
      expect.objectContaining({ Id: 'expire-idempotency', Prefix: 'nianbao/idempotency/', ExpirationInDays: 30 }),
    ]);
    // The report rule covers the keys the service really writes under NIANBAO_PREFIX.
    expect(reportKeys('nianbao/', 'abc').file('pdf').startsWith(expiry[0].Prefix)).toBe(true);
    expiring.template.allResources('AWS::S3::Bucket', { DeletionPolicy: 'Delete' });
  });
});

describe('functions', () => {
  it('run the current Node.js on arm64 with a log group that has retention', () => {
    for (const [, fn] of ofType('AWS::Lambda::Function')) {
      expect(fn.Properties['Runtime']).toBe('nodejs24.x');
      expect(fn.Properties['Architectures']).toEqual(['arm64']);
      expect(fn.Properties['LoggingConfig'].LogGroup.Ref).toMatch(/Logs/);
    }
    expect(ofType('AWS::Lambda::Function')).toHaveLength(3);
    synthesized.template.allResourcesProperties('AWS::Logs::LogGroup', { RetentionInDays: 90 });
  });

  it('trace actively with X-Ray and log JSON, application lines from INFO', () => {
    for (const [id, fn] of ofType('AWS::Lambda::Function')) {
      expect(fn.Properties['TracingConfig'], id).toEqual({ Mode: 'Active' });
      expect(fn.Properties['LoggingConfig'], id).toMatchObject({ LogFormat: 'JSON', ApplicationLogLevel: 'INFO', SystemLogLevel: 'WARN' });
      expect(fn.Properties['ReservedConcurrentExecutions'], id).toBeUndefined();
    }
    const reserved = synthesize({ context: { 'nianbao:renderConcurrency': '20', 'nianbao:readConcurrency': '50' } }).template;
    reserved.hasResourceProperties('AWS::Lambda::Function', { Description: Match.stringLikeRegexp('render'), ReservedConcurrentExecutions: 20 });
    reserved.hasResourceProperties('AWS::Lambda::Function', { Description: Match.stringLikeRegexp('manifests'), ReservedConcurrentExecutions: 50 });
  });

  it('size the render function for fonts and layout, within API Gateway’s 29 s', () => {
    const [, render] = functionNamed('Render');
    // The render p50 stops improving at 2,560 MB, its CPU share (bench/results/bench.json).
    expect(render.Properties['MemorySize']).toBeGreaterThanOrEqual(2560);
    expect(render.Properties['Timeout']).toBeLessThan(29);
    expect(functionNamed('Read')[1].Properties['MemorySize']).toBeLessThan(render.Properties['MemorySize']);
    // 2,000 members peak at 0.8–1.5 GB (bench/results/aggregate.json).
    const aggregate = functionNamed('Aggregate')[1];
    expect(aggregate.Properties['MemorySize']).toBeGreaterThanOrEqual(3008);
    expect(aggregate.Properties['Timeout']).toBeLessThan(29);
  });

  it('take bucket, prefix, limits, fonts folder and the public base URL from the stack', () => {
    const env = functionNamed('Render')[1].Properties['Environment'].Variables;
    expect(env.NIANBAO_BUCKET).toEqual({ Ref: expect.stringMatching(/^StorageReports/) });
    expect(env.NIANBAO_PREFIX).toBe('nianbao/');
    expect(env.NIANBAO_MAX_BODY_BYTES).toBe('1048576');
    expect(env.NIANBAO_FONTS_DIR).toBe('fonts');
    expect(JSON.stringify(env.NIANBAO_BASE_URL)).toMatch(/execute-api.*AWS::Region.*AWS::URLSuffix.*\/prod/);
    const custom = synthesize({ context: { 'nianbao:domainName': 'nianbao.example.gov.cn', 'nianbao:certificateArn': 'arn:aws-cn:acm:cn-northwest-1:111122223333:certificate/abc' } });
    const customEnv = Object.values(custom.template.findResources('AWS::Lambda::Function')).map((f) => f['Properties']['Environment'].Variables);
    expect(customEnv.map((e) => e.NIANBAO_BASE_URL)).toEqual(Array(3).fill('https://nianbao.example.gov.cn'));
    custom.template.resourceCountIs('AWS::ApiGateway::BasePathMapping', 1);
  });
});

describe('least privilege', () => {
  it('lists every action by name: no * anywhere', () => {
    for (const [id, policy] of ofType('AWS::IAM::Policy')) {
      for (const action of actionsOf(policy.Properties['PolicyDocument'].Statement)) expect(action, id).not.toMatch(/\*/);
    }
  });

  it('lets the read function only read, the render function read and write, under the prefix', () => {
    const roleOf = (prefix: string) => functionNamed(prefix)[1].Properties['Role']['Fn::GetAtt'][0];
    const read = statementsOf(roleOf('Read'));
    const render = statementsOf(roleOf('Render'));
    const xray = ['xray:PutTelemetryRecords', 'xray:PutTraceSegments'];
    expect(actionsOf(read)).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents', 's3:GetObject', 's3:ListBucket', ...xray]);
    // s3:GetObject twice: the reports under the prefix, and the whole faces.
    expect(actionsOf(render)).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents', 's3:GetObject', 's3:GetObject', 's3:ListBucket', 's3:PutObject', ...xray]);
    const objectStatement = render.find((s) => [s.Action].flat().includes('s3:PutObject'))!;
    expect(JSON.stringify(objectStatement.Resource)).toMatch(/"\/nianbao\/\*"/);
  });

  it('lets the render and aggregate functions read exactly the whole faces’ asset objects, named in their environment', () => {
    const faceIds = Object.keys(JSON.parse(readFileSync(join(projectRoot, 'fonts/fonts.json'), 'utf8')).pdf.faces);
    for (const name of ['Render', 'Aggregate']) {
      const [, fn] = functionNamed(name);
      const faces = statementsOf(fn.Properties['Role']['Fn::GetAtt'][0]).find((s) => s.Action === 's3:GetObject' && Array.isArray(s.Resource))!;
      const objects = (faces.Resource as unknown[]).map((resource) => JSON.stringify(resource));
      expect(objects).toHaveLength(faceIds.length);
      // Tests synthesize without bundling, where an asset's key ends .zip; bundled (tests/cdk/bundle.test.ts), .ttf.
      for (const object of objects) expect(object).toMatch(/cdk-[a-z0-9]+-assets-.*\/[0-9a-f]{64}\.(ttf|zip)"\]\]\}$/);
      const variable = JSON.stringify(fn.Properties['Environment'].Variables.NIANBAO_WHOLE_FACES);
      for (const id of faceIds) expect(variable).toContain(`\\"${id}\\":\\"s3://`);
      for (const object of objects) expect(variable).toContain(/([0-9a-f]{64}\.\w+)/.exec(object)![1]);
    }
    expect(functionNamed('Read')[1].Properties['Environment'].Variables.NIANBAO_WHOLE_FACES).toBeUndefined();
  });
});

describe('API', () => {
  const methods = () => ofType('AWS::ApiGateway::Method').map(([, m]) => m.Properties);

  it('requires an API key on every write method and the staff listing, on no other read method', () => {
    const all = methods();
    expect(all).toHaveLength(routes.length);
    const keyed = all.filter((m) => m['ApiKeyRequired'] === true);
    expect(keyed.filter((m) => m['HttpMethod'] === 'POST')).toHaveLength(4);
    expect(keyed.filter((m) => m['HttpMethod'] === 'GET')).toHaveLength(1);
    for (const post of all.filter((m) => m['HttpMethod'] === 'POST')) {
      expect(post['ApiKeyRequired']).toBe(true);
      expect(post['RequestValidatorId']).toBeDefined();
    }
    const listing = keyed.find((m) => m['HttpMethod'] === 'GET')!;
    expect(resources[listing['ResourceId'].Ref]!.Properties['PathPart']).toBe('reports');
  });

  it('throttles the write routes through a usage plan bound to the stage', () => {
    synthesized.template.hasResourceProperties('AWS::ApiGateway::UsagePlan', {
      Throttle: { RateLimit: 5, BurstLimit: 10 },
      Quota: { Limit: 5000, Period: 'DAY' },
      ApiStages: [Match.objectLike({ Stage: Match.anyValue() })],
    });
    synthesized.template.resourceCountIs('AWS::ApiGateway::UsagePlanKey', 1);
  });

  it('logs access, keeps binary documents intact and answers gateway errors in both languages', () => {
    synthesized.template.hasResourceProperties('AWS::ApiGateway::Stage', {
      StageName: 'prod',
      AccessLogSetting: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('requestId') },
      MethodSettings: [Match.objectLike({ LoggingLevel: 'ERROR', ThrottlingRateLimit: 100, ThrottlingBurstLimit: 200 })],
    });
    synthesized.template.hasResourceProperties('AWS::ApiGateway::RestApi', {
      BinaryMediaTypes: Match.arrayWith(['application/pdf']),
      EndpointConfiguration: { Types: ['REGIONAL'] },
    });
    synthesized.template.hasResourceProperties('AWS::ApiGateway::GatewayResponse', {
      ResponseType: 'THROTTLED',
      StatusCode: '429',
      ResponseParameters: { 'gatewayresponse.header.Content-Type': "'application/problem+json'", 'gatewayresponse.header.Retry-After': "'1'" },
      ResponseTemplates: { 'application/json': Match.stringLikeRegexp('请求过于频繁') },
    });
  });

  it('answers every gateway error, DEFAULT_4XX and DEFAULT_5XX included, as a problem from the one table', () => {
    const answers = ofType('AWS::ApiGateway::GatewayResponse').map(([, r]) => r.Properties);
    expect(answers.map((a) => a['ResponseType'])).toEqual(expect.arrayContaining(['DEFAULT_4XX', 'DEFAULT_5XX', 'INVALID_API_KEY', 'WAF_FILTERED']));
    for (const answer of answers) {
      const body = JSON.parse(answer['ResponseTemplates']['application/json']);
      expect(body, answer['ResponseType']).toMatchObject({
        type: expect.stringMatching(/^tag:nianbao,2026:problem:/), title: expect.any(String), instance: '$context.path', requestId: '$context.requestId',
      });
      expect(body.message.zh).toMatch(/。$/);
      expect(answer['ResponseParameters']['gatewayresponse.header.Content-Type']).toBe("'application/problem+json'");
      if (answer['StatusCode']) expect(body.status).toBe(Number(answer['StatusCode']));
      else expect(['DEFAULT_4XX', 'DEFAULT_5XX']).toContain(answer['ResponseType']);
    }
  });

  it('traces the stage with X-Ray', () => {
    synthesized.template.hasResourceProperties('AWS::ApiGateway::Stage', { TracingEnabled: true });
  });

  it('keeps the execute-api endpoint only while no custom domain is set, and attaches a WAF web ACL when given', () => {
    synthesized.template.hasResourceProperties('AWS::ApiGateway::RestApi', { DisableExecuteApiEndpoint: false });
    synthesized.template.resourceCountIs('AWS::WAFv2::WebACLAssociation', 0);
    const webAclArn = 'arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/nianbao/0123';
    const custom = synthesize({ context: {
      'nianbao:domainName': 'nianbao.example.gov.cn', 'nianbao:certificateArn': 'arn:aws:acm:eu-west-1:123456789012:certificate/abc', 'nianbao:webAclArn': webAclArn,
    } }).template;
    custom.hasResourceProperties('AWS::ApiGateway::RestApi', { DisableExecuteApiEndpoint: true });
    custom.hasResourceProperties('AWS::WAFv2::WebACLAssociation', { WebACLArn: webAclArn, ResourceArn: Match.anyValue() });
  });
});

describe('alarms', () => {
  it('watch the 5xx rate, and errors and throttles of each function, notifying a TLS-only topic', () => {
    const alarms = ofType('AWS::CloudWatch::Alarm').map(([, a]) => a.Properties);
    const on = (namespace: string, metric: string) => alarms.filter((a) => a['Namespace'] === namespace && a['MetricName'] === metric);
    expect(on('AWS/ApiGateway', '5XXError')).toEqual([expect.objectContaining({ Statistic: 'Average', Threshold: 0.05 })]);
    expect(on('AWS/Lambda', 'Errors')).toHaveLength(3);
    expect(on('AWS/Lambda', 'Throttles')).toHaveLength(3);
    for (const alarm of alarms) expect(alarm['AlarmActions']).toEqual([{ Ref: expect.stringMatching(/^AlarmsTopic/) }]);
    synthesized.template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
  });
});
