/**
 * The HTTP application: route, run, map errors to answers in one place, and write one
 * structured JSON log line per request (no report content). Both the Lambda handlers and
 * the local server call the function this returns.
 */
import { powertoolsLog } from '../observability/powertools.ts';
import { describeError, errorResponse } from './errors.ts';
import { route } from './router.ts';
import type { HttpRequest, HttpResponse, Route } from './types.ts';

export type LogLine = Record<string, unknown>;
export type HttpApp = (request: HttpRequest) => Promise<HttpResponse>;

/** One JSON line on stdout in the Powertools Logger's shape: what CloudWatch and `npm start` both read. */
export const defaultLog: (line: LogLine) => void = powertoolsLog;
const byteLength = (body: string | Uint8Array) => (typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength);

const baseHeaders = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' };

export function createHttpApp(routes: readonly Route[], log: (line: LogLine) => void = defaultLog): HttpApp {
  return async (request) => {
    const started = performance.now();
    let routePath: string | undefined;
    let failure: unknown;
    let response: HttpResponse;
    try {
      const match = route(routes, request.method, request.path);
      routePath = match.route.path;
      response = await match.route.handler(request, match.params);
    } catch (error) {
      failure = error;
      response = errorResponse(error, request);
    }
    const answered = { ...response, headers: { ...baseHeaders, ...response.headers, 'x-request-id': request.requestId } };
    log({
      level: answered.status >= 500 ? 'error' : 'info',
      requestId: request.requestId,
      method: request.method,
      route: routePath ?? null,
      status: answered.status,
      durationMs: Math.round(performance.now() - started),
      requestBytes: request.body.byteLength,
      responseBytes: byteLength(answered.body),
      ...(failure === undefined ? {} : { error: describeError(failure) }),
    });
    return request.method === 'HEAD' ? { ...answered, body: '' } : answered;
  };
}
