/**
 * API Gateway (REST API, Lambda proxy integration) events to the shared HttpApp and back.
 * Binary-safe: base64 bodies are decoded, byte answers are sent base64-encoded. Each
 * invocation logs with the Lambda context (Powertools Logger), runs in its own X-Ray
 * subsegment with S3 calls traced, and publishes its EMF metrics before it returns.
 */
import '../src/zod-jitless.ts';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import type { S3Client } from '@aws-sdk/client-s3';
import { type Config, loadConfig } from '../src/config.ts';
import type { ApiConfig } from '../src/http/api.ts';
import { createHttpApp } from '../src/http/app.ts';
import type { HttpRequest, Route } from '../src/http/types.ts';
import type { ServiceDependencies } from '../src/service/read-service.ts';
import { logger, metricsObserver, newMetrics, powertoolsLog, tracer } from '../src/observability/powertools.ts';
import { s3Client, s3Storage } from '../src/storage/s3-storage.ts';

export type ProxyHandler = (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;

function toHttpRequest(event: APIGatewayProxyEvent): HttpRequest {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(event.headers ?? {})) headers[name.toLowerCase()] = value;
  const query = new URLSearchParams();
  for (const [name, values] of Object.entries(event.multiValueQueryStringParameters ?? {})) {
    for (const value of values ?? []) query.append(name, value);
  }
  const body = event.body ?? '';
  return {
    method: event.httpMethod,
    path: event.path,
    query,
    headers,
    body: event.isBase64Encoded ? Buffer.from(body, 'base64') : Buffer.from(body, 'utf8'),
    requestId: event.requestContext?.requestId ?? 'unknown',
  };
}

/**
 * Builds the handler once per container, at start-up: a missing or malformed variable
 * fails the cold start, not a request. Each function names the service it needs, so the
 * read function's bundle holds no render pipeline; `createService` also gets the configuration
 * and the S3 client, for what a function sets up besides its service.
 */
export function proxyHandler<S>(
  createService: (deps: ServiceDependencies, setting: { readonly config: Config; readonly s3: S3Client }) => S,
  routes: (service: S, config: ApiConfig) => Route[],
): ProxyHandler {
  const config = loadConfig();
  const metrics = newMetrics();
  const storageOptions = { bucket: config.bucket, endpoint: config.s3Endpoint };
  const s3 = tracer.captureAWSv3Client(s3Client(storageOptions));
  const storage = s3Storage(storageOptions, s3);
  const service = createService({ storage, ...config, observer: metricsObserver(metrics) }, { config, s3 });
  const app = createHttpApp(routes(service, config), powertoolsLog);
  return async (event, context) => {
    logger.addContext(context);
    metrics.captureColdStartMetric();
    const facade = tracer.getSegment();
    const segment = facade?.addNewSubsegment(`## ${process.env['_HANDLER'] ?? 'handler'}`);
    if (segment) tracer.setSegment(segment);
    tracer.annotateColdStart();
    tracer.addServiceNameAnnotation();
    try {
      const answer = await app(toHttpRequest(event));
      tracer.putAnnotation('status', answer.status);
      const binary = typeof answer.body !== 'string';
      return {
        statusCode: answer.status,
        headers: { ...answer.headers },
        body: binary ? Buffer.from(answer.body).toString('base64') : answer.body as string,
        isBase64Encoded: binary,
      };
    } finally {
      if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
      segment?.close();
      if (facade) tracer.setSegment(facade);
    }
  };
}
