/**
 * The write routes, all behind the API key: POST /v1/reports, POST /v1/validate, and for
 * each report kind compiled from stored reports, POST /v1/<kind>s (POST /v1/aggregates).
 */
import type { ReportService } from '../../service/service.ts';
import { idempotencyKeyPattern } from '../../service/idempotency.ts';
import { reportLinks } from '../../service/links.ts';
import { sha256 } from '../../sha256.ts';
import { templates } from '../../templates.ts';
import { requireApiKey } from '../api-key.ts';
import { HttpError } from '../errors.ts';
import { submitOptions } from '../query-options.ts';
import { readJsonBody } from '../request-body.ts';
import { submittedBody } from '../responses.ts';
import { json, type HttpRequest, type Route } from '../types.ts';

export type WriteRouteConfig = {
  readonly baseUrl: string;
  readonly apiKey: string | undefined;
  readonly maxBodyBytes: number;
};

/**
 * The Idempotency-Key, scoped to the caller's API key: two upstream systems that happen to
 * pick the same key never receive each other's report.
 */
function idempotencyKey(request: HttpRequest): string | undefined {
  const key = request.headers['idempotency-key'];
  if (key === undefined) return undefined;
  if (idempotencyKeyPattern.test(key)) {
    const caller = sha256(request.headers['x-api-key'] ?? '').slice(0, 32);
    return `${caller}:${key}`;
  }
  throw new HttpError(400, 'invalid_idempotency_key', {
    zh: 'Idempotency-Key 须为 1 至 255 个可见 ASCII 字符。',
    en: 'The Idempotency-Key must be 1 to 255 visible ASCII characters.',
  });
}

function submitRoute(service: ReportService, config: WriteRouteConfig): Route {
  return {
    method: 'POST',
    path: '/v1/reports',
    async handler(request) {
      requireApiKey(request, config.apiKey);
      const options = submitOptions(request.query);
      const key = idempotencyKey(request);
      const input = readJsonBody(request, config.maxBodyBytes);
      const { manifest, replayed } = await service.submit(input, options, key);
      return json(201, submittedBody(config.baseUrl, manifest), {
        location: reportLinks(config.baseUrl, manifest.id).manifest,
        ...(replayed ? { 'idempotent-replayed': 'true' } : {}),
      });
    },
  };
}

function validateRoute(service: ReportService, config: WriteRouteConfig): Route {
  return {
    method: 'POST',
    path: '/v1/validate',
    async handler(request) {
      requireApiKey(request, config.apiKey);
      const input = readJsonBody(request, config.maxBodyBytes);
      const result = service.validate(input);
      return json(result.valid ? 200 : 422, result);
    },
  };
}

/** The path a gathering kind is created at: its kind, plural. */
export const gatheringPath = (kind: string) => `/v1/${kind}s`;

function gatheringRoute(service: ReportService, config: WriteRouteConfig, kind: string): Route {
  return {
    method: 'POST',
    path: gatheringPath(kind),
    async handler(request) {
      requireApiKey(request, config.apiKey);
      const options = submitOptions(request.query);
      const key = idempotencyKey(request);
      const body = readJsonBody(request, config.maxBodyBytes);
      const { manifest, replayed } = await service.submitGathered(kind, body, options, key);
      return json(201, submittedBody(config.baseUrl, manifest), {
        location: reportLinks(config.baseUrl, manifest.id).manifest,
        ...(replayed ? { 'idempotent-replayed': 'true' } : {}),
      });
    },
  };
}

/** The kinds with a POST /v1/<kind>s route. */
export const gatheringKinds = Object.values(templates).filter((t) => t.gathers !== undefined).map((t) => t.kind);

export const writeRoutes = (service: ReportService, config: WriteRouteConfig): Route[] =>
  [submitRoute(service, config), validateRoute(service, config), ...gatheringKinds.map((kind) => gatheringRoute(service, config, kind))];
