/**
 * The nianbao stack: the report bucket, a render function and a read function, the REST API in
 * front of them, and alarms. Nothing names a partition or region: ARNs and URLs come from
 * tokens (Aws.REGION, Aws.URL_SUFFIX, the partition of formatArn), so the same template deploys
 * to aws (us-east-1 …) and aws-cn (cn-northwest-1, cn-north-1).
 */
import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { ServiceAlarms } from './alarms.ts';
import { BUNDLED_FONTS_DIR, renderBundleFiles } from './bundled-files.ts';
import { NianbaoFunction } from './nianbao-function.ts';
import { grantReportAccess } from './report-access.ts';
import { ReportApi } from './report-api.ts';
import { ReportBucket } from './report-bucket.ts';
import type { StackSettings } from './settings.ts';
import { WHOLE_FACES_VARIABLE, WholeFaces } from './whole-faces.ts';

export type NianbaoStackProps = StackProps & {
  readonly settings: StackSettings;
  /** Absolute path of the project (where package-lock.json lives). */
  readonly projectRoot: string;
};

/** API Gateway gives up after 29 s; the render function must answer (or fail) before that. */
const RENDER_TIMEOUT = Duration.seconds(28);

export class NianbaoStack extends Stack {
  readonly reports: ReportBucket;
  readonly render: NianbaoFunction;
  readonly aggregate: NianbaoFunction;
  readonly read: NianbaoFunction;
  readonly wholeFaces: WholeFaces;
  readonly api: ReportApi;
  readonly alarms: ServiceAlarms;

  constructor(scope: Construct, id: string, props: NianbaoStackProps) {
    super(scope, id, props);
    const { settings, projectRoot } = props;
    const logRemovalPolicy = settings.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    this.reports = new ReportBucket(this, 'Storage', settings);
    const environment = {
      NIANBAO_BUCKET: this.reports.bucket.bucketName,
      NIANBAO_PREFIX: settings.prefix,
      NIANBAO_MAX_BODY_BYTES: String(settings.maxBodyBytes),
    };
    const common = { projectRoot, environment, logRetention: settings.logRetentionDays, logRemovalPolicy };
    this.wholeFaces = new WholeFaces(this, 'WholeFaces', { projectRoot });
    // NIANBAO_FONTS_DIR is relative to the working directory, which Lambda sets to the bundle's folder (LAMBDA_TASK_ROOT).
    const renderEnvironment = { ...environment, NIANBAO_FONTS_DIR: BUNDLED_FONTS_DIR, [WHOLE_FACES_VARIABLE]: this.wholeFaces.locations() };

    // Lambda's CPU share grows with memory (one vCPU at 1,769 MB), and a render uses more than
    // one core (V8's collector and compilers run beside it): its p50 stops improving between
    // 2,048 and 2,560 MB (bench/lambda.ts runs it under each size's CPU quota).
    this.render = new NianbaoFunction(this, 'Render', {
      ...common,
      entry: 'lambdas/render.ts',
      description: 'nianbao: validate, render (PDF, Word, HTML) and store reports',
      memorySize: 2560,
      timeout: RENDER_TIMEOUT,
      reservedConcurrency: settings.renderConcurrency,
      files: renderBundleFiles(projectRoot),
      environment: renderEnvironment,
    });
    // The same handler as Render, for POST /v1/aggregates: 2,000 members peak at 0.8–1.5 GB
    // (bench/results/aggregate.json), and memory past 1,769 MB buys a whole vCPU.
    this.aggregate = new NianbaoFunction(this, 'Aggregate', {
      ...common,
      entry: 'lambdas/render.ts',
      description: 'nianbao: compile stored reports into an aggregate and store it',
      memorySize: 3008,
      timeout: RENDER_TIMEOUT,
      files: renderBundleFiles(projectRoot),
      environment: renderEnvironment,
    });
    this.read = new NianbaoFunction(this, 'Read', {
      ...common,
      entry: 'lambdas/read.ts',
      description: 'nianbao: manifests, download links, landing pages, listing',
      memorySize: 512,
      timeout: Duration.seconds(10),
      reservedConcurrency: settings.readConcurrency,
      files: [],
    });
    grantReportAccess(this.render.role!, this.reports.bucket, settings.prefix, 'read-write');
    grantReportAccess(this.aggregate.role!, this.reports.bucket, settings.prefix, 'read-write');
    this.wholeFaces.grantRead(this.render.role!);
    this.wholeFaces.grantRead(this.aggregate.role!);
    grantReportAccess(this.read.role!, this.reports.bucket, settings.prefix, 'read');

    this.api = new ReportApi(this, 'Http', {
      ...settings,
      render: this.render,
      aggregate: this.aggregate,
      read: this.read,
      logRetention: settings.logRetentionDays,
      logRemovalPolicy,
      webAclArn: settings.webAclArn,
      customDomain:
        settings.domainName && settings.certificateArn
          ? { domainName: settings.domainName, certificateArn: settings.certificateArn }
          : undefined,
    });
    for (const fn of [this.render, this.aggregate, this.read]) fn.addEnvironment('NIANBAO_BASE_URL', this.api.baseUrl);

    this.alarms = new ServiceAlarms(this, 'Alarms', {
      stage: this.api.api.deploymentStage,
      functions: { Render: this.render, Aggregate: this.aggregate, Read: this.read },
      render: this.render,
      alarmEmail: settings.alarmEmail,
    });

    new CfnOutput(this, 'BaseUrl', { value: this.api.baseUrl, description: 'Public root of the API and of QR links' });
    new CfnOutput(this, 'ApiKeyId', { value: this.api.apiKeyId, description: 'aws apigateway get-api-key --include-value --api-key <id>' });
    new CfnOutput(this, 'UsagePlanId', { value: this.api.usagePlanId, description: 'Attach further upstream API keys to this plan' });
    new CfnOutput(this, 'BucketName', { value: this.reports.bucket.bucketName });
    if (this.api.domain) {
      new CfnOutput(this, 'DomainTarget', {
        value: this.api.domain.domainNameAliasDomainName,
        description: 'Point the custom domain (CNAME/alias) here',
      });
    }
  }
}
