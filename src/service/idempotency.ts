/**
 * Idempotency-Key: a retried POST returns the first report instead of a second one.
 *
 * - In this process, concurrent requests with one key share a single flight.
 * - Across processes, the first request claims the key with an S3 object written with
 *   `If-None-Match: *`; the claim fixes the report id and creation time. Whoever loses the
 *   race, or retries after a failure, renders under the same id — rendering is
 *   deterministic, so every writer stores the same bytes and the same manifest.
 *   (s3rver ignores `If-None-Match`, so locally the single flight alone decides.)
 */
import { z } from 'zod';
import { sha256 } from '../sha256.ts';
import { AlreadyExistsError, type Storage } from '../storage/storage.ts';
import { IdempotencyConflictError } from './errors.ts';
import { keyFolders } from './key-folders.ts';
import { decodeJson, encodeJson } from './manifest.ts';

export const idempotencyKeyPattern = /^[\x21-\x7e]{1,255}$/;

const claimSchema = z.object({ id: z.string(), createdAt: z.string(), request: z.string() });
export type Claim = z.infer<typeof claimSchema>;

export const requestFingerprint = (request: unknown) => sha256(JSON.stringify(request));

const claimKey = (prefix: string, idempotencyKey: string) =>
  `${prefix}${keyFolders.idempotency}${sha256(idempotencyKey)}.json`;

/** The claim for this key: the existing one, or `proposed` written now. */
export async function claim(storage: Storage, prefix: string, idempotencyKey: string, proposed: Claim): Promise<Claim> {
  const key = claimKey(prefix, idempotencyKey);
  const existing = await readClaim(storage, key);
  if (existing) return sameRequest(existing, proposed);
  try {
    await storage.put(key, encodeJson(proposed), { contentType: 'application/json', ifAbsent: true });
    return proposed;
  } catch (error) {
    if (!(error instanceof AlreadyExistsError)) throw error;
    const winner = await readClaim(storage, key);
    if (!winner) throw error;
    return sameRequest(winner, proposed);
  }
}

async function readClaim(storage: Storage, key: string): Promise<Claim | undefined> {
  const bytes = await storage.get(key);
  return bytes ? claimSchema.parse(decodeJson(bytes)) : undefined;
}

function sameRequest(existing: Claim, proposed: Claim): Claim {
  if (existing.request !== proposed.request) throw new IdempotencyConflictError();
  return existing;
}

/** Concurrent calls with one key in this process share the first call's promise. */
export function singleFlight<T>(): (key: string, run: () => Promise<T>) => Promise<T> {
  const inFlight = new Map<string, Promise<T>>();
  return (key, run) => {
    const running = inFlight.get(key);
    if (running) return running;
    const started = run().finally(() => inFlight.delete(key));
    inFlight.set(key, started);
    return started;
  };
}
