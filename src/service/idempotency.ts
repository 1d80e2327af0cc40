/**
 * Idempotency-Key: a retried POST returns the first report instead of a second one.
 *
 * A key's record (`idempotency/<key hash>.json`) holds the report id, the payload hash
 * (SHA-256 of the body and options) and a state:
 * - `in-progress`: a request is rendering under this id; the record is a lease that lapses
 *   after `leaseSeconds`, so a crashed renderer never holds the key for good. Another
 *   request with the same key meanwhile gets 409 (`idempotency_in_progress`, Retry-After).
 * - `done`: the report is stored; the same payload replays it (201, `Idempotent-Replayed`),
 *   another payload gets 409 (`idempotency_conflict`), until `keepSeconds` have passed.
 * A refusal (422) or a failure deletes the record: only a stored report spends a key.
 *
 * The record is created with `If-None-Match: *`, so across processes one request wins;
 * in one process the first request's flight decides at once (s3rver ignores the condition).
 */
import * as z from 'zod';
import { sha256 } from '../sha256.ts';
import { AlreadyExistsError, type Storage } from '../storage/storage.ts';
import { IdempotencyConflictError, IdempotencyInProgressError } from './errors.ts';
import { keyFolders } from './key-folders.ts';
import { decodeJson, encodeJson } from './manifest.ts';

export const idempotencyKeyPattern = /^[\x21-\x7e]{1,255}$/;

export const idempotencyTimes = {
  /** Longer than any render may take (the render function stops at 28 s). */
  leaseSeconds: 60,
  /** How long a stored report answers for its key (as Stripe's 24 hours). */
  keepSeconds: 24 * 60 * 60,
} as const;

const recordSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  /** The payload hash. */
  request: z.string(),
  // Records written before states existed are leases long lapsed: their manifest decides.
  state: z.enum(['in-progress', 'done']).default('in-progress'),
  expiresAt: z.string().default('1970-01-01T00:00:00.000Z'),
});
export type IdempotencyRecord = z.infer<typeof recordSchema>;

export const payloadHash = (request: unknown) => sha256(JSON.stringify(request));

const recordKey = (prefix: string, idempotencyKey: string) =>
  `${prefix}${keyFolders.idempotency}${sha256(idempotencyKey)}.json`;

const later = (now: Date, seconds: number) => new Date(now.getTime() + seconds * 1000).toISOString();

/** What a request with this key may do: render under `record`, or see the one before it. */
export type Begun =
  | { readonly state: 'claimed'; readonly record: IdempotencyRecord }
  | { readonly state: 'done' | 'in-progress'; readonly record: IdempotencyRecord };

export type KeyRecords = {
  begin(idempotencyKey: string, request: string, proposed: { id: string; createdAt: string }): Promise<Begun>;
  finish(idempotencyKey: string, record: IdempotencyRecord): Promise<void>;
  release(idempotencyKey: string): Promise<void>;
};

export function keyRecords(storage: Storage, prefix: string, now: () => Date): KeyRecords {
  async function read(key: string): Promise<IdempotencyRecord | undefined> {
    const bytes = await storage.get(key);
    return bytes ? recordSchema.parse(decodeJson(bytes)) : undefined;
  }
  const write = (key: string, record: IdempotencyRecord, ifAbsent: boolean) =>
    storage.put(key, encodeJson(record), { contentType: 'application/json', ifAbsent });

  return {
    async begin(idempotencyKey, request, proposed) {
      const key = recordKey(prefix, idempotencyKey);
      for (let attempt = 0; attempt < 2; attempt += 1) {
        const existing = await read(key);
        const live = existing !== undefined && existing.expiresAt > now().toISOString();
        if (existing && live) {
          if (existing.request !== request) throw new IdempotencyConflictError();
          return { state: existing.state, record: existing };
        }
        // A lapsed lease of this very payload may have stored its report: keep its id.
        const sameWork = existing?.request === request;
        const record: IdempotencyRecord = {
          ...(sameWork ? { id: existing.id, createdAt: existing.createdAt } : proposed),
          request,
          state: 'in-progress',
          expiresAt: later(now(), idempotencyTimes.leaseSeconds),
        };
        try {
          await write(key, record, existing === undefined);
          return { state: 'claimed', record };
        } catch (error) {
          if (!(error instanceof AlreadyExistsError)) throw error;
        }
      }
      throw new IdempotencyInProgressError();
    },

    finish: (idempotencyKey, record) =>
      write(recordKey(prefix, idempotencyKey), { ...record, state: 'done', expiresAt: later(now(), idempotencyTimes.keepSeconds) }, false),

    release: (idempotencyKey) => storage.delete(recordKey(prefix, idempotencyKey)),
  };
}

/**
 * One flight per key in this process: the same payload joins the running request, another
 * payload is refused at once.
 */
export function keyFlights<T>(): (key: string, request: string, run: () => Promise<T>) => Promise<T> {
  const inFlight = new Map<string, { request: string; running: Promise<T> }>();
  return (key, request, run) => {
    const flight = inFlight.get(key);
    if (flight) {
      if (flight.request !== request) return Promise.reject(new IdempotencyConflictError());
      return flight.running;
    }
    const running = run().finally(() => inFlight.delete(key));
    inFlight.set(key, { request, running });
    return running;
  };
}
