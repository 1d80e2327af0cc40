/**
 * Answers that API Gateway gives by itself, before a request reaches a function (throttling,
 * missing API key, body validation, size limit, unknown route, WAF, timeouts). Its defaults are
 * English-only `{"message": …}`; these are the service's own RFC 9457 problems, each code's
 * status, title and bilingual sentence taken from the one table (src/http/problem-table.ts).
 */
import { ResponseType, type RestApi } from 'aws-cdk-lib/aws-apigateway';
import type { ErrorCode } from '../src/errors.ts';
import { problemMediaType } from '../src/http/errors.ts';
import { problemTable, problemType } from '../src/http/problem-table.ts';

type GatewayAnswer = {
  readonly type: ResponseType;
  readonly code: ErrorCode;
  /** The catch-alls keep the status API Gateway chose (401, 403, 500, 502 …), so the body names none. */
  readonly keepStatus?: true;
};

export const gatewayAnswers: readonly GatewayAnswer[] = [
  { type: ResponseType.BAD_REQUEST_BODY, code: 'invalid_json' },
  { type: ResponseType.BAD_REQUEST_PARAMETERS, code: 'invalid_parameter' },
  { type: ResponseType.INVALID_API_KEY, code: 'api_key_required' },
  { type: ResponseType.ACCESS_DENIED, code: 'gateway_forbidden' },
  { type: ResponseType.WAF_FILTERED, code: 'gateway_forbidden' },
  { type: ResponseType.MISSING_AUTHENTICATION_TOKEN, code: 'no_such_route' },
  { type: ResponseType.RESOURCE_NOT_FOUND, code: 'no_such_route' },
  { type: ResponseType.REQUEST_TOO_LARGE, code: 'body_too_large' },
  { type: ResponseType.UNSUPPORTED_MEDIA_TYPE, code: 'unsupported_media_type' },
  { type: ResponseType.THROTTLED, code: 'throttled' },
  { type: ResponseType.QUOTA_EXCEEDED, code: 'quota_exceeded' },
  { type: ResponseType.INTEGRATION_TIMEOUT, code: 'gateway_timeout' },
  { type: ResponseType.DEFAULT_4XX, code: 'gateway_bad_request', keepStatus: true },
  { type: ResponseType.DEFAULT_5XX, code: 'gateway_error', keepStatus: true },
];

/** The problem body as a mapping template: API Gateway fills in the path and its request id. */
export function problemTemplate(answer: GatewayAnswer): string {
  const entry = problemTable[answer.code];
  return JSON.stringify({
    type: problemType(answer.code),
    title: entry.title,
    ...(answer.keepStatus ? {} : { status: entry.status }),
    detail: entry.message.en,
    instance: '$context.path',
    code: answer.code,
    message: entry.message,
    requestId: '$context.requestId',
  });
}

export function addGatewayResponses(api: RestApi): void {
  for (const answer of gatewayAnswers) {
    const entry = problemTable[answer.code];
    api.addGatewayResponse(answer.type.responseType, {
      type: answer.type,
      ...(answer.keepStatus ? {} : { statusCode: String(entry.status) }),
      responseHeaders: {
        'Content-Type': `'${problemMediaType}'`,
        ...(entry.headers?.['retry-after'] ? { 'Retry-After': `'${entry.headers['retry-after']}'` } : {}),
      },
      templates: { 'application/json': problemTemplate(answer) },
    });
  }
}
