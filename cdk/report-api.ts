/**
 * The REST API: routes as data, each sent to the render or the read function. Write routes and
 * the staff listing need an API key and count against a throttled usage plan; the other read
 * routes (landing page, manifest, downloads, schema) are public because the QR code on a printed
 * report must open on any phone. POST bodies pass a request validator, every request is access-logged, and the
 * stage throttle protects the functions from floods on the public routes.
 */
import { Aws, Fn, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import {
  AccessLogFormat,
  ApiKeySourceType,
  BasePathMapping,
  DomainName,
  EndpointType,
  JsonSchemaType,
  LambdaIntegration,
  LogGroupLogDestination,
  MethodLoggingLevel,
  Model,
  Period,
  RequestValidator,
  RestApi,
  SecurityPolicy,
  type IResource,
} from 'aws-cdk-lib/aws-apigateway';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { addGatewayResponses } from './gateway-responses.ts';

/** `apiKey`: API Gateway checks the key and counts the call against the usage plan. */
type Route = {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly fn: 'render' | 'aggregate' | 'read';
  readonly apiKey: boolean;
  readonly jsonBody?: boolean;
};

export const routes: readonly Route[] = [
  { method: 'POST', path: '/v1/reports', fn: 'render', apiKey: true, jsonBody: true },
  { method: 'POST', path: '/v1/validate', fn: 'render', apiKey: true, jsonBody: true },
  { method: 'POST', path: '/v1/imports', fn: 'render', apiKey: true },
  { method: 'POST', path: '/v1/aggregates', fn: 'aggregate', apiKey: true, jsonBody: true },
  // The staff listing reveals report ids, and unguessable ids are what keep unpublished reports private.
  { method: 'GET', path: '/v1/reports', fn: 'read', apiKey: true },
  { method: 'GET', path: '/v1/reports/{id}', fn: 'read', apiKey: false },
  { method: 'GET', path: '/v1/reports/{id}/{format}', fn: 'read', apiKey: false },
  { method: 'GET', path: '/r/{id}', fn: 'read', apiKey: false },
  { method: 'GET', path: '/v1/schema', fn: 'read', apiKey: false },
  { method: 'GET', path: '/v1/openapi.json', fn: 'read', apiKey: false },
];

/** Responses that may carry document bytes; JSON and HTML stay text. */
const BINARY_MEDIA_TYPES = ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'image/png'];

export type ReportApiProps = {
  readonly render: IFunction;
  /** The write function again, sized for compiling thousands of stored reports. */
  readonly aggregate: IFunction;
  readonly read: IFunction;
  readonly stageName: string;
  readonly writeRateLimit: number;
  readonly writeBurstLimit: number;
  readonly writeDailyQuota: number;
  readonly stageRateLimit: number;
  readonly stageBurstLimit: number;
  readonly logRetention: RetentionDays;
  readonly logRemovalPolicy: RemovalPolicy;
  readonly customDomain: { readonly domainName: string; readonly certificateArn: string } | undefined;
};

export class ReportApi extends Construct {
  readonly api: RestApi;
  /** The public root that QR codes and links use, without a trailing slash. */
  readonly baseUrl: string;
  readonly apiKeyId: string;
  readonly usagePlanId: string;
  readonly domain: DomainName | undefined;

  constructor(scope: Construct, id: string, props: ReportApiProps) {
    super(scope, id);
    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: props.logRetention, removalPolicy: props.logRemovalPolicy });

    this.api = new RestApi(this, 'Api', {
      // Unique per stack, because alarms and dashboards find the API's metrics by this name.
      restApiName: Stack.of(this).stackName,
      description: 'nianbao: government information-disclosure annual reports',
      endpointConfiguration: { types: [EndpointType.REGIONAL] },
      binaryMediaTypes: BINARY_MEDIA_TYPES,
      apiKeySourceType: ApiKeySourceType.HEADER,
      // API Gateway needs an account-level role to write any logs; a fresh account has none.
      cloudWatchRole: true,
      cloudWatchRoleRemovalPolicy: RemovalPolicy.RETAIN,
      deployOptions: {
        stageName: props.stageName,
        accessLogDestination: new LogGroupLogDestination(accessLogs),
        accessLogFormat: AccessLogFormat.jsonWithStandardFields(),
        loggingLevel: MethodLoggingLevel.ERROR,
        dataTraceEnabled: false,
        metricsEnabled: true,
        throttlingRateLimit: props.stageRateLimit,
        throttlingBurstLimit: props.stageBurstLimit,
      },
    });
    addGatewayResponses(this.api);
    this.addRoutes(props);

    const plan = this.api.addUsagePlan('WritePlan', {
      description: 'Upstream systems that submit reports',
      throttle: { rateLimit: props.writeRateLimit, burstLimit: props.writeBurstLimit },
      quota: { limit: props.writeDailyQuota, period: Period.DAY },
      apiStages: [{ api: this.api, stage: this.api.deploymentStage }],
    });
    const key = this.api.addApiKey('UpstreamKey', { description: 'First upstream system; add more with the CLI (README, Deploying to AWS)' });
    plan.addApiKey(key);
    this.apiKeyId = key.keyId;
    this.usagePlanId = plan.usagePlanId;

    this.domain = props.customDomain && this.addDomain(props.customDomain);
    // Built from the API id rather than api.url: the URL names the stage, the stage depends on
    // the methods, the methods on the functions — and the functions carry this URL.
    this.baseUrl = props.customDomain
      ? `https://${props.customDomain.domainName}`
      : Fn.join('', ['https://', this.api.restApiId, '.execute-api.', Aws.REGION, '.', Aws.URL_SUFFIX, '/', props.stageName]);
    this.acknowledgeNagFindings();
  }

  private addRoutes(props: ReportApiProps): void {
    const validator = new RequestValidator(this, 'BodyValidator', {
      restApi: this.api,
      validateRequestBody: true,
      validateRequestParameters: true,
    });
    const jsonObject = new Model(this, 'JsonObject', {
      restApi: this.api,
      contentType: 'application/json',
      description: 'Any JSON object; the service checks the report itself',
      schema: { type: JsonSchemaType.OBJECT },
    });
    const integrations = {
      render: new LambdaIntegration(props.render, { allowTestInvoke: false }),
      aggregate: new LambdaIntegration(props.aggregate, { allowTestInvoke: false }),
      read: new LambdaIntegration(props.read, { allowTestInvoke: false }),
    };
    for (const route of routes) {
      resourceAt(this.api.root, route.path).addMethod(route.method, integrations[route.fn], {
        apiKeyRequired: route.apiKey,
        requestValidator: route.method === 'POST' ? validator : undefined,
        requestModels: route.jsonBody ? { 'application/json': jsonObject } : undefined,
      });
    }
  }

  private addDomain(custom: { domainName: string; certificateArn: string }): DomainName {
    const domain = new DomainName(this, 'Domain', {
      domainName: custom.domainName,
      certificate: Certificate.fromCertificateArn(this, 'Certificate', custom.certificateArn),
      endpointType: EndpointType.REGIONAL,
      securityPolicy: SecurityPolicy.TLS_1_2,
    });
    new BasePathMapping(this, 'Mapping', { domainName: domain, restApi: this.api, stage: this.api.deploymentStage });
    return domain;
  }

  private acknowledgeNagFindings(): void {
    Validations.of(this.api.node.findChild('CloudWatchRole')).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
      reason: 'This is the account-wide role API Gateway itself assumes to write access and execution logs; AWS maintains the managed policy for exactly this purpose and it grants nothing beyond CloudWatch Logs.',
    });
    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason: 'Read routes are public by design: the QR code printed on a report opens its landing page and downloads on any phone. Write routes are limited to upstream systems by API key and usage plan (apiKeyRequired).',
    });
    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions-COG4',
      reason: 'Callers are government systems and citizens, not users of a Cognito pool: write routes use API keys with a usage plan, read routes are public.',
    });
    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions-APIG3',
      reason: 'AWS WAF is optional: the stage and usage-plan throttles bound abuse; a WebACL can be associated with the stage where an agency requires it.',
    });
  }
}

function resourceAt(root: IResource, path: string): IResource {
  return path
    .split('/')
    .filter((part) => part !== '')
    .reduce((resource, part) => resource.getResource(part) ?? resource.addResource(part), root);
}
