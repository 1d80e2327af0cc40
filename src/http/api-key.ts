/**
 * The write routes' API key in `x-api-key`, compared in constant time. When no key is
 * configured (Lambda behind an API Gateway that requires its own API key) only the
 * header's presence is checked here.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { HttpError } from './errors.ts';
import type { HttpRequest } from './types.ts';

const digest = (value: string) => createHash('sha256').update(value).digest();

export function requireApiKey(request: HttpRequest, expected: string | undefined): void {
  const given = request.headers['x-api-key'];
  if (!given) {
    throw new HttpError('api_key_missing');
  }
  // Hashing first gives equal lengths, so timingSafeEqual never leaks the key's length.
  if (expected !== undefined && !timingSafeEqual(digest(given), digest(expected))) {
    throw new HttpError('api_key_invalid');
  }
}
