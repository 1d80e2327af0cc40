/**
 * Every error becomes an HTTP answer here and nowhere else. The real error goes to the
 * log; the client gets one fixed sentence in Chinese and English (and, for a rejected
 * report, every finding) — never a stack trace or an internal message.
 */
import { IdempotencyConflictError, IdempotencyInProgressError, ReportNotFoundError, ReportRejectedError, ServiceError } from '../service/errors.ts';
import { StorageUnavailableError } from '../storage/storage.ts';
import { json, type HttpResponse } from './types.ts';

export type Message = { readonly zh: string; readonly en: string };

/** A problem with the request itself, found by the HTTP layer. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(readonly status: number, readonly code: string, readonly safeMessage: Message) {
    super(safeMessage.en);
  }
}

const RETRY_AFTER_SECONDS = 5;

const fixed = {
  rejected: { zh: '报告未通过校验，每个问题都列在 findings 中。', en: 'The report failed validation; every problem is listed in findings.' },
  notFound: { zh: '没有这个编号的报告或文件。', en: 'No report or file exists under this id.' },
  inProgress: { zh: '使用这个 Idempotency-Key 的另一个请求仍在处理中，请稍后重试。', en: 'Another request with this Idempotency-Key is still in progress; retry shortly.' },
  conflict: { zh: '这个 Idempotency-Key 已用于另一份不同的请求。', en: 'This Idempotency-Key was already used for a different request.' },
  unavailable: { zh: '存储暂时不可用，请按 Retry-After 所示稍后重试。', en: 'Storage is temporarily unavailable; retry after the delay in Retry-After.' },
  internal: { zh: '服务内部出错，请稍后重试。', en: 'An internal error occurred; please retry later.' },
} satisfies Record<string, Message>;

const errorBody = (code: string, message: Message, extra: Record<string, unknown> = {}) =>
  ({ error: { code, message, ...extra } });

export function errorResponse(error: unknown): HttpResponse {
  if (error instanceof HttpError) return json(error.status, errorBody(error.code, error.safeMessage));
  if (error instanceof ReportRejectedError) {
    return json(422, errorBody('report_invalid', fixed.rejected, { findings: error.findings }));
  }
  if (error instanceof ReportNotFoundError) return json(404, errorBody('not_found', fixed.notFound));
  if (error instanceof IdempotencyInProgressError) {
    return json(409, errorBody('idempotency_in_progress', fixed.inProgress), { 'retry-after': String(RETRY_AFTER_SECONDS) });
  }
  if (error instanceof IdempotencyConflictError) return json(409, errorBody('idempotency_conflict', fixed.conflict));
  if (error instanceof StorageUnavailableError) {
    return json(503, errorBody('storage_unavailable', fixed.unavailable), { 'retry-after': String(RETRY_AFTER_SECONDS) });
  }
  return json(500, errorBody('internal', fixed.internal));
}

/** What the log line records of an error: names and messages, with causes, never a body. */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { name: typeof error };
  const described: Record<string, unknown> = { name: error.name, message: error.message };
  if (error.cause !== undefined) described['cause'] = describeError(error.cause);
  // Expected refusals need no stack; faults do.
  if (!(error instanceof HttpError || error instanceof ServiceError)) described['stack'] = error.stack;
  return described;
}

export const notFound = () => new HttpError(404, 'not_found', fixed.notFound);
