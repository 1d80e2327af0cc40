/**
 * The one table from an error code to its HTTP answer: status, RFC 9457 title and the fixed
 * sentence a client reads (an HttpError may say something more precise). Typed over every
 * code, so a new code cannot ship without an answer.
 */
import type { ErrorCode } from '../errors.ts';

export type Message = { readonly zh: string; readonly en: string };

export type ProblemEntry = {
  readonly status: number;
  readonly title: string;
  readonly message: Message;
  readonly headers?: Readonly<Record<string, string>>;
};

/** How long a client should wait before retrying when storage (or the server) is not ready. */
export const RETRY_AFTER_SECONDS = 5;

const badRequest: Message = { zh: '请求无效。', en: 'The request is not valid.' };

export const problemTable: Readonly<Record<ErrorCode, ProblemEntry>> = {
  invalid_json: { status: 400, title: 'Body is not JSON', message: { zh: '请求体不是有效的 UTF-8 JSON。', en: 'The request body is not valid UTF-8 JSON.' } },
  invalid_parameter: { status: 400, title: 'Invalid query parameter', message: badRequest },
  invalid_idempotency_key: { status: 400, title: 'Invalid Idempotency-Key', message: badRequest },
  invalid_format_version: { status: 400, title: 'Invalid formatVersion', message: badRequest },
  malformed_request: { status: 400, title: 'Malformed request', message: badRequest },
  api_key_missing: { status: 401, title: 'API key missing', message: { zh: '缺少 x-api-key 请求头中的 API 密钥。', en: 'The API key in the x-api-key header is missing.' } },
  api_key_invalid: { status: 403, title: 'API key not valid', message: { zh: 'API 密钥不正确。', en: 'The API key is not valid.' } },
  not_found: { status: 404, title: 'Not found', message: { zh: '没有这个编号的报告或文件。', en: 'No report or file exists under this id.' } },
  no_such_route: { status: 404, title: 'No such route', message: { zh: '没有这个地址。', en: 'No such path exists.' } },
  method_not_allowed: { status: 405, title: 'Method not allowed', message: { zh: '这个地址不支持该请求方法。', en: 'This path does not accept that method.' } },
  idempotency_conflict: { status: 409, title: 'Idempotency-Key reused', message: { zh: '这个 Idempotency-Key 已用于另一份不同的请求。', en: 'This Idempotency-Key was already used for a different request.' } },
  idempotency_in_progress: {
    status: 409, title: 'Idempotency-Key in progress',
    message: { zh: '使用这个 Idempotency-Key 的另一个请求仍在处理中，请稍后重试。', en: 'Another request with this Idempotency-Key is still in progress; retry shortly.' },
    headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
  },
  body_too_large: { status: 413, title: 'Body too large', message: { zh: '请求体过大。', en: 'The request body is too large.' } },
  unsupported_media_type: { status: 415, title: 'Unsupported media type', message: { zh: '不支持此内容类型。', en: 'This content type is not supported.' } },
  report_invalid: { status: 422, title: 'Report failed validation', message: { zh: '报告未通过校验，每个问题都列在 findings 中。', en: 'The report failed validation; every problem is listed in findings.' } },
  page_unreadable: { status: 422, title: 'Page cannot be read as a report', message: { zh: '无法把这个网页读作报告。', en: 'The page cannot be read as a report.' } },
  throttled: {
    status: 429, title: 'Too many requests', message: { zh: '请求过于频繁，请稍后再试。', en: 'Too many requests; please retry later.' },
    headers: { 'retry-after': '1' },
  },
  quota_exceeded: { status: 429, title: 'Quota exceeded', message: { zh: '今日请求次数已用完。', en: 'The daily request quota is used up.' } },
  internal: { status: 500, title: 'Internal error', message: { zh: '服务内部出错，请稍后重试。', en: 'An internal error occurred; please retry later.' } },
  storage_unavailable: {
    status: 503, title: 'Storage unavailable',
    message: { zh: '存储暂时不可用，请按 Retry-After 所示稍后重试。', en: 'Storage is temporarily unavailable; retry after the delay in Retry-After.' },
    headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
  },
  starting: {
    status: 503, title: 'Starting', message: { zh: '服务正在启动，请稍后重试。', en: 'The service is starting; please retry shortly.' },
    headers: { 'retry-after': '1' },
  },
  gateway_bad_request: { status: 400, title: 'Bad request', message: { zh: '请求无效。', en: 'The request is not valid.' } },
  api_key_required: { status: 403, title: 'API key required', message: { zh: '缺少有效的 API 密钥（x-api-key）。', en: 'A valid API key (x-api-key) is required.' } },
  gateway_forbidden: { status: 403, title: 'Forbidden', message: { zh: '请求被拒绝。', en: 'The request was refused.' } },
  gateway_timeout: { status: 504, title: 'Timed out', message: { zh: '处理超时，请稍后重试。', en: 'Processing timed out; please retry.' } },
  gateway_error: { status: 502, title: 'Service unavailable', message: { zh: '服务暂时不可用，请稍后重试。', en: 'The service is temporarily unavailable; please retry.' } },
};

/** RFC 9457 `type`: a tag URI per code, stable and never dereferenced. */
export const problemType = (code: ErrorCode) => `tag:nianbao,2026:problem:${code}`;
