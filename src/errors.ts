/**
 * The one base of every error the project raises on purpose. Its `code` is what
 * `src/http/problems.ts` looks up to answer a client (status, title, a fixed bilingual
 * sentence); the message is for the log only and never reaches a client.
 */
export const errorCodes = [
  // The request itself (src/http).
  'invalid_json', 'invalid_parameter', 'invalid_idempotency_key', 'invalid_format_version',
  'api_key_missing', 'api_key_invalid', 'not_found', 'no_such_route', 'method_not_allowed',
  'body_too_large', 'unsupported_media_type', 'malformed_request',
  // What the service refuses.
  'report_invalid', 'page_unreadable', 'idempotency_conflict', 'idempotency_in_progress',
  // What fails underneath.
  'storage_unavailable', 'starting', 'internal',
  // API Gateway's own answers (cdk/gateway-responses.ts), before any function runs.
  'api_key_required', 'gateway_bad_request', 'gateway_forbidden', 'throttled', 'quota_exceeded', 'gateway_timeout', 'gateway_error',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export class NianbaoError extends Error {
  override name = 'NianbaoError';
  constructor(readonly code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
