/**
 * Every nianbao Lambda function: one NodejsFunction subclass carrying the defaults — the current
 * Node.js runtime on arm64 (Graviton is about 20 % cheaper per GB-second), its own log group with
 * retention, an ESM bundle made by local esbuild with the AWS SDK bundled in (the version tested
 * is the version deployed), and data files copied beside the bundle rather than inlined into it.
 */
import { type Duration, type RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Effect, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { ApplicationLogLevel, Architecture, LoggingFormat, Runtime, SystemLogLevel, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { bundleAlias, esmBanner, esmDefine } from '../scripts/esm-banner.ts';
import { heapNodeOptions } from '../src/heap-options.ts';

/** The newest Node.js runtime aws-cdk-lib offers; cdk-nag (AwsSolutions-L1) insists on it. */
const NODE_RUNTIME = Runtime.NODEJS_24_X;
const ESBUILD_TARGET = 'node24';

/**
 * A file put into the bundle directory: `from` relative to the project root, `to` relative
 * to the bundle; a `face` is written as its core, trimmed of its layout tables, with the whole
 * face's coverage beside it (scripts/build-fonts.ts --core).
 */
export type BundledFile = { readonly from: string; readonly to: string; readonly face?: 'core' };

export type NianbaoFunctionProps = {
  /** Entry point, relative to the project root. */
  readonly entry: string;
  readonly projectRoot: string;
  readonly description: string;
  readonly memorySize: number;
  readonly timeout: Duration;
  readonly environment: Record<string, string>;
  readonly files: readonly BundledFile[];
  readonly logRetention: RetentionDays;
  readonly logRemovalPolicy: RemovalPolicy;
  /** Reserved concurrency: a cap that also guarantees the function this much of the account's pool. */
  readonly reservedConcurrency?: number;
};


const SAFE_PATH = /^[A-Za-z0-9@._/-]+$/;

export class NianbaoFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: NianbaoFunctionProps) {
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: props.logRetention,
      removalPolicy: props.logRemovalPolicy,
    });
    // An explicit role with only what the function needs, instead of the AWSLambdaBasicExecutionRole managed policy.
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs the ${id} function`,
    });
    role.addToPolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [logGroup.logGroupArn],
      }),
    );

    super(scope, id, {
      entry: `${props.projectRoot}/${props.entry}`,
      projectRoot: props.projectRoot,
      depsLockFilePath: `${props.projectRoot}/package-lock.json`,
      handler: 'handler',
      description: props.description,
      runtime: NODE_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      role,
      logGroup,
      // JSON lines from Powertools' Logger, kept as they are; the platform's own lines only from WARN.
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: ApplicationLogLevel.INFO,
      systemLogLevelV2: SystemLogLevel.WARN,
      // X-Ray: the function's segment, and Powertools' Tracer adds the handler and S3 calls.
      tracing: Tracing.ACTIVE,
      ...(props.reservedConcurrency === undefined ? {} : { reservedConcurrentExecutions: props.reservedConcurrency }),
      environment: { NODE_OPTIONS: ['--enable-source-maps', ...heapNodeOptions].join(' '), ...props.environment },
      bundling: {
        format: OutputFormat.ESM,
        target: ESBUILD_TARGET,
        minify: true,
        // Readable stack traces in the logs, without shipping the sources a second time.
        sourceMap: true,
        sourcesContent: false,
        bundleAwsSDK: true,
        externalModules: [],
        forceDockerBundling: false,
        banner: esmBanner,
        define: esmDefine,
        esbuildArgs: Object.fromEntries(Object.entries(bundleAlias).map(([from, to]) => [`--alias:${from}`, to])),
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (inputDir, outputDir) => copyCommands(props.files, inputDir, outputDir),
        },
      },
    });
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'Active tracing adds xray:PutTraceSegments and xray:PutTelemetryRecords, which support no resource-level permissions: AWS requires Resource "*" for them.',
    });
    Validations.of(this).acknowledge({
      id: 'Serverless-LambdaDLQ',
      reason: 'API Gateway invokes the function synchronously and the client receives every failure as a problem answer; a dead-letter queue only ever receives asynchronous invocations, of which there are none.',
    });
  }
}

function copyCommands(files: readonly BundledFile[], inputDir: string, outputDir: string): string[] {
  return files.flatMap(({ from, to, face }) => {
    if (!SAFE_PATH.test(from) || !SAFE_PATH.test(to) || to.split('/').includes('..')) {
      throw new Error(`bundled file path not allowed: ${from} -> ${to}`);
    }
    const target = `${outputDir}/${to}`;
    const write = face
      ? `cd "${inputDir}" && "${process.execPath}" --import tsx scripts/build-fonts.ts --core "${from}" "${target}"`
      : `cp "${inputDir}/${from}" "${target}"`;
    return [`mkdir -p "${target.slice(0, target.lastIndexOf('/'))}"`, write];
  });
}
