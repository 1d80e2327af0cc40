/**
 * What the service can refuse, as typed errors. Each carries a code that the HTTP layer's
 * one table maps to an answer; the message here is for logs, the client gets a fixed sentence.
 */
import { NianbaoError } from '../errors.ts';
import type { Finding } from '../findings.ts';

export class ServiceError extends NianbaoError {}

/** The report failed its schema, cross-checks or preflight: every finding travels with it. */
export class ReportRejectedError extends ServiceError {
  override readonly name = 'ReportRejectedError';
  constructor(readonly findings: readonly Finding[], options?: { cause?: unknown }) {
    super('report_invalid', `report rejected with ${findings.length} finding(s)`, options);
  }
}

/** No report (manifest) under this id, or no such file in it. */
export class ReportNotFoundError extends ServiceError {
  override readonly name = 'ReportNotFoundError';
  constructor(what: string) {
    super('not_found', `not found: ${what}`);
  }
}

/** An Idempotency-Key already used for a different request body. */
export class IdempotencyConflictError extends ServiceError {
  override readonly name = 'IdempotencyConflictError';
  constructor() {
    super('idempotency_conflict', 'idempotency key reused with a different request');
  }
}
