/**
 * What the service can refuse, as typed errors. The HTTP layer maps each to a status in
 * one function; the message here is for logs, the client gets a fixed sentence.
 */
import type { Finding } from '../findings.ts';

export class ServiceError extends Error {}

/** The report failed its schema, cross-checks or preflight: every finding travels with it. */
export class ReportRejectedError extends ServiceError {
  override readonly name = 'ReportRejectedError';
  constructor(readonly findings: readonly Finding[], options?: { cause?: unknown }) {
    super(`report rejected with ${findings.length} finding(s)`, options);
  }
}

/** No report (manifest) under this id, or no such file in it. */
export class ReportNotFoundError extends ServiceError {
  override readonly name = 'ReportNotFoundError';
  constructor(what: string) {
    super(`not found: ${what}`);
  }
}

/** An Idempotency-Key already used for a different request body. */
export class IdempotencyConflictError extends ServiceError {
  override readonly name: string = 'IdempotencyConflictError';
  constructor(message = 'idempotency key reused with a different request') {
    super(message);
  }
}

/** Another request with this Idempotency-Key is still being rendered: retry shortly. */
export class IdempotencyInProgressError extends IdempotencyConflictError {
  override readonly name: string = 'IdempotencyInProgressError';
  constructor() {
    super('another request with this idempotency key is in progress');
  }
}
