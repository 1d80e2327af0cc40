/**
 * How long a call to S3 may wait, in one place. A stalled store must give a 503 within
 * seconds, well inside API Gateway's 29 s and each function's timeout, and a socket the
 * server closed while a render held the event loop must cost a retry, not a 503.
 *
 * Each attempt: 2 s to connect, 4 s to the answer's headers, 4 s of silence mid-body; 3
 * attempts with backoff; and the whole operation ends after `operationDeadlineMs` of time
 * in which this process could have read an answer (see `withDeadline`).
 */
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';

export const s3Timeouts = {
  connectionTimeoutMs: 2_000,
  requestTimeoutMs: 4_000,
  socketTimeoutMs: 4_000,
  /** Every S3 call nianbao makes is idempotent (GET, LIST, DELETE, PUT of fixed bytes), so all retry. */
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

const TICK_MS = 100;

/**
 * Runs one storage operation under a deadline that counts only time the event loop was free
 * to read the answer: while a render holds the loop (the local server serves many requests
 * in one process) an answer that arrived cannot be read, and that is no fault of the store.
 */
export async function withDeadline<T>(run: (signal: AbortSignal) => Promise<T>, deadlineMs: number = s3Timeouts.operationDeadlineMs): Promise<T> {
  const controller = new AbortController();
  let waited = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    // A tick that came late was held up by this process, not by the store: count one tick.
    waited += Math.min(now - last, 2 * TICK_MS);
    last = now;
    if (waited >= deadlineMs) controller.abort(new Error(`storage operation past ${deadlineMs} ms`));
  }, TICK_MS);
  ticker.unref();
  try {
    return await run(controller.signal);
  } finally {
    clearInterval(ticker);
  }
}
