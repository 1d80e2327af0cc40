/**
 * How long a call to S3 may wait, in one place. A stalled store must give a 503 within
 * seconds, well inside API Gateway's 29 s and each function's timeout, and a socket the
 * server closed while a render held the event loop must cost a retry, not a 503.
 *
 * Worst case of one call: 3 attempts × (1 s to connect or 2.5 s to the answer's headers,
 * or 2.5 s of silence mid-body) plus backoff, cut off at `operationDeadlineMs` in any case.
 */
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';

export const s3Timeouts = {
  connectionTimeoutMs: 1_000,
  requestTimeoutMs: 2_500,
  socketTimeoutMs: 2_500,
  /** Every S3 call nianbao makes is idempotent (GET, LIST, PUT of fixed bytes), so all retry. */
  maxAttempts: 3,
  /** Hard stop for one storage operation, retries included. */
  operationDeadlineMs: 7_000,
  /** Idle keep-alive sockets are dropped before servers usually close them (S3: ~20 s; Node: 5 s). */
  freeSocketTimeoutMs: 4_000,
} as const;

const agentOptions = { keepAlive: true, timeout: s3Timeouts.freeSocketTimeoutMs, maxSockets: 50 };

/** The SDK's NodeHttpHandler options: timeouts that throw, keep-alive agents that let idle sockets go. */
export const s3RequestHandler = () => ({
  connectionTimeout: s3Timeouts.connectionTimeoutMs,
  requestTimeout: s3Timeouts.requestTimeoutMs,
  socketTimeout: s3Timeouts.socketTimeoutMs,
  throwOnRequestTimeout: true,
  httpAgent: new HttpAgent(agentOptions),
  httpsAgent: new HttpsAgent(agentOptions),
});

/** The signal that ends one storage operation (all its attempts) at the deadline. */
export const operationDeadline = () => AbortSignal.timeout(s3Timeouts.operationDeadlineMs);
