/**
 * Powertools for AWS Lambda, set up once: the Logger (one JSON shape for Lambda and the local
 * server: level, message, timestamp, service, and in Lambda cold start, request and X-Ray
 * trace ids), the Metrics (CloudWatch EMF) and the Tracer (X-Ray; inert outside Lambda).
 * The only file that knows these libraries.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';
import type { ServiceObserver } from '../service/observer.ts';

/** POWERTOOLS_SERVICE_NAME, which the stack sets on every function, else the project's name. */
const serviceName = process.env['POWERTOOLS_SERVICE_NAME'] || 'nianbao';
export const metricsNamespace = 'nianbao';

export const logger = new Logger({ serviceName });
export const tracer = new Tracer({ serviceName });

/** One request's line, as the HTTP app and the local server describe it (`level`: info, warn or error). */
export function powertoolsLog(line: Readonly<Record<string, unknown>>): void {
  const { level, ...attributes } = line;
  const write = level === 'error' ? logger.error : level === 'warn' ? logger.warn : logger.info;
  write.call(logger, 'request', attributes);
}

/**
 * The service's observations as EMF metrics: ReportsRendered, RenderTime, Pages and Bytes
 * (per format) on render; Refusals per rule on a refusal. Buffered until the handler publishes.
 */
export function metricsObserver(metrics: Metrics): ServiceObserver {
  return {
    rendered({ renderMs, files }) {
      metrics.addMetric('ReportsRendered', MetricUnit.Count, 1);
      metrics.addMetric('RenderTime', MetricUnit.Milliseconds, Math.round(renderMs));
      for (const file of files) {
        perDimension(metrics, 'format', file.format).addMetric('Bytes', MetricUnit.Bytes, file.bytes);
        if (file.pages !== undefined) perDimension(metrics, 'format', file.format).addMetric('Pages', MetricUnit.Count, file.pages);
      }
    },
    refused(findings) {
      const rules = new Set(findings.filter((f) => f.severity === 'error').map((f) => f.rule));
      for (const rule of rules) perDimension(metrics, 'rule', rule).addMetric('Refusals', MetricUnit.Count, 1);
    },
  };
}

/** A metric with its own dimension, written at once (the buffered ones share the service dimension only). */
function perDimension(metrics: Metrics, name: string, value: string): Metrics {
  const single = metrics.singleMetric();
  single.addDimension(name, value);
  return single;
}

export const newMetrics = () => new Metrics({ namespace: metricsNamespace, serviceName });
