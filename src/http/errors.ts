/**
 * Every error becomes an HTTP answer here and nowhere else: an RFC 9457 problem
 * (`application/problem+json`) looked up by the error's code in the one table. The real
 * error goes to the log; the client gets a fixed sentence in Chinese and English (and, for a
 * rejected report, every finding) — never a stack trace or an internal message.
 */
import { type ErrorCode, NianbaoError } from '../errors.ts';
import type { Finding } from '../findings.ts';
import { type Message, problemTable, problemType } from './problem-table.ts';
import type { HttpResponse } from './types.ts';

export type { Message } from './problem-table.ts';

/** A problem with the request itself, found by the HTTP layer, with its own precise sentence. */
export class HttpError extends NianbaoError {
  override readonly name = 'HttpError';
  readonly safeMessage: Message;
  constructor(code: ErrorCode, safeMessage?: Message, readonly headers: Readonly<Record<string, string>> = {}) {
    const message = safeMessage ?? problemTable[code].message;
    super(code, message.en);
    this.safeMessage = message;
  }
}

/**
 * Where a problem happened: the request path (`instance`; none when the request could not be
 * parsed) and the id the log line carries.
 */
export type ProblemContext = { readonly path?: string; readonly requestId: string };

export const problemMediaType = 'application/problem+json';

export function problemResponse(
  code: ErrorCode,
  context: ProblemContext,
  options: { message?: Message; findings?: readonly Finding[]; headers?: Readonly<Record<string, string>> } = {},
): HttpResponse {
  const entry = problemTable[code];
  const message = options.message ?? entry.message;
  const body = {
    type: problemType(code),
    title: entry.title,
    status: entry.status,
    detail: message.en,
    ...(context.path === undefined ? {} : { instance: context.path }),
    code,
    message,
    requestId: context.requestId,
    ...(options.findings ? { findings: options.findings } : {}),
  };
  return {
    status: entry.status,
    headers: { 'content-type': problemMediaType, ...entry.headers, ...options.headers },
    body: `${JSON.stringify(body, null, 2)}\n`,
  };
}

const findingsOf = (error: NianbaoError): readonly Finding[] | undefined =>
  'findings' in error && Array.isArray(error.findings) ? (error.findings as readonly Finding[]) : undefined;

export function errorResponse(error: unknown, context: ProblemContext): HttpResponse {
  if (!(error instanceof NianbaoError)) return problemResponse('internal', context);
  return problemResponse(error.code, context, {
    ...(error instanceof HttpError ? { message: error.safeMessage, headers: error.headers } : {}),
    ...(error.code === 'report_invalid' ? { findings: findingsOf(error) ?? [] } : {}),
  });
}

/** What the log line records of an error: names, codes and messages, with causes, never a body. */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { name: typeof error };
  const described: Record<string, unknown> = { name: error.name, message: error.message };
  if (error instanceof NianbaoError) described['code'] = error.code;
  if (error.cause !== undefined) described['cause'] = describeError(error.cause);
  // Expected refusals need no stack; faults do.
  if (!(error instanceof NianbaoError && problemTable[error.code].status < 500)) described['stack'] = error.stack;
  return described;
}

export const notFound = () => new HttpError('not_found');
