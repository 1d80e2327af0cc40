/**
 * Requests Node's HTTP parser refuses before any handler sees them — most often raw UTF-8
 * in the URL (`?agency=淮安市人民政府` not percent-encoded). Node's own answer is a bare 400
 * with no body and no log line; this one carries the app's error shape and is logged.
 */
import { randomUUID } from 'node:crypto';
import type { Duplex } from 'node:stream';
import type { LogLine } from '../http/app.ts';
import { problemResponse } from '../http/errors.ts';

type ParseError = Error & { code?: string };

const hungUp = new Set<string | undefined>(['ECONNRESET', 'HPE_INVALID_EOF_STATE']);

const malformed = {
  zh: '请求无法解析：网址中的中文等非 ASCII 字符须先做百分号编码（如 curl -G --data-urlencode）。',
  en: 'The request could not be parsed: percent-encode any non-ASCII characters in the URL (e.g. curl -G --data-urlencode).',
} as const;

/** Answers what can still be answered, logs one line (the parser's code, never the bytes received). */
export function answerClientError(error: ParseError, socket: Duplex, log: (line: LogLine) => void): void {
  // A client that hung up (reset, or closed mid-message) hears nothing, and is logged by
  // the request it abandoned, if any.
  if (hungUp.has(error.code) || !socket.writable) {
    socket.destroy();
    return;
  }
  const requestId = randomUUID();
  log({ level: 'warn', requestId, method: null, route: null, status: 400, error: { name: error.name, code: error.code ?? null } });
  const answer = problemResponse('malformed_request', { requestId }, { message: malformed });
  const body = answer.body as string;
  socket.end([
    'HTTP/1.1 400 Bad Request',
    `content-type: ${answer.headers['content-type']}`,
    `content-length: ${Buffer.byteLength(body)}`,
    `x-request-id: ${requestId}`,
    'x-content-type-options: nosniff',
    'cache-control: no-store',
    'connection: close',
    '',
    body,
  ].join('\r\n'));
}
