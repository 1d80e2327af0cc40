/**
 * The checks every request body passes, in the order the bad-input table lists them:
 * size (413), content type (415), syntax (400).
 */
import { parseJsonText } from '../json-text.ts';
import { HttpError } from './errors.ts';
import type { HttpRequest } from './types.ts';

/** 413 when the body is over the limit: the first check of every write route. */
export function refuseOversizedBody(request: HttpRequest, maxBodyBytes: number): void {
  if (request.body.byteLength > maxBodyBytes) {
    throw new HttpError('body_too_large', {
      zh: `请求体超过 ${maxBodyBytes} 字节的上限。`,
      en: `The request body exceeds the limit of ${maxBodyBytes} bytes.`,
    });
  }
}

/** The Content-Type without its parameters, in lower case; empty when absent. */
export const mediaTypeOf = (request: HttpRequest): string =>
  request.headers['content-type']?.split(';')[0]?.trim().toLowerCase() ?? '';

export function readJsonBody(request: HttpRequest, maxBodyBytes: number): unknown {
  refuseOversizedBody(request, maxBodyBytes);
  if (mediaTypeOf(request) !== 'application/json') {
    throw new HttpError('unsupported_media_type', {
      zh: '请求体须为 JSON，Content-Type 应为 application/json。',
      en: 'The request body must be JSON sent as Content-Type application/json.',
    });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(request.body);
  } catch {
    throw new HttpError('invalid_json', { zh: '请求体不是有效的 UTF-8 文本。', en: 'The request body is not valid UTF-8.' });
  }
  // The sentence carries the line and column of the syntax error, for whatever shape the error answer takes.
  const parsed = parseJsonText(text, { zh: '请求体', en: 'The request body' });
  if (!parsed.ok) throw new HttpError('invalid_json', parsed.message);
  return parsed.value;
}
