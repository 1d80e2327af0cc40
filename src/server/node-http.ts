/**
 * Serves an HttpApp with Node's http server: the local stand-in for API Gateway. Bodies
 * are read up to one byte past the limit (so the app can answer 413) and the rest is
 * drained, so the client still reads the answer.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { defaultLog, type HttpApp, type LogLine } from '../http/app.ts';
import { describeError } from '../http/errors.ts';
import type { HttpRequest } from '../http/types.ts';
import { answerClientError } from './client-error.ts';

/** Past this many bytes a client is not just over the limit but flooding: hang up. */
const FLOOD_FACTOR = 16;

/** The body never arrived whole: the client hung up, or was cut off for flooding. */
class BodyCutOff extends Error {
  override readonly name = 'BodyCutOff';
}

function readBody(request: IncomingMessage, maxBodyBytes: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const kept: Buffer[] = [];
    let keptBytes = 0;
    let seenBytes = 0;
    request.on('data', (chunk: Buffer) => {
      seenBytes += chunk.byteLength;
      if (seenBytes > maxBodyBytes * FLOOD_FACTOR) {
        reject(new BodyCutOff(`request body past ${maxBodyBytes * FLOOD_FACTOR} bytes: connection closed`));
        request.destroy();
        return;
      }
      if (keptBytes > maxBodyBytes) return;
      kept.push(chunk);
      keptBytes += chunk.byteLength;
    });
    request.on('end', () => resolve(Buffer.concat(kept).subarray(0, maxBodyBytes + 1)));
    request.on('error', (cause) => reject(new BodyCutOff(`request failed after ${seenBytes} body bytes`, { cause })));
    // After 'end' this settles nothing; before it, the body is not coming.
    request.on('close', () => reject(new BodyCutOff(`connection closed after ${seenBytes} body bytes`)));
  });
}

function headersOf(request: IncomingMessage): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

/**
 * The path and query of a request target, taken as sent: resolving it as a URL would read
 * `//x/v1/…` as host `x` and path `/v1/…`, and fail on `//`. The router refuses odd paths.
 */
function requestTarget(target: string): { path: string; query: URLSearchParams } {
  const at = target.indexOf('?');
  return at < 0
    ? { path: target, query: new URLSearchParams() }
    : { path: target.slice(0, at), query: new URLSearchParams(target.slice(at + 1)) };
}

async function handle(app: HttpApp, maxBodyBytes: number, request: IncomingMessage, response: ServerResponse, requestId: string) {
  const { path, query } = requestTarget(request.url ?? '/');
  const httpRequest: HttpRequest = {
    method: request.method ?? 'GET',
    path,
    query,
    headers: headersOf(request),
    body: await readBody(request, maxBodyBytes),
    requestId,
  };
  const answer = await app(httpRequest);
  response.writeHead(answer.status, answer.headers);
  response.end(answer.body);
}

/** What the server runs; read per request, so it can be set once the port is known. */
export type Serving = {
  readonly app: HttpApp;
  readonly maxBodyBytes: number;
  /** Where a request that failed outside the app is logged, as the app logs its own. */
  readonly log: (line: LogLine) => void;
};

const starting = JSON.stringify({ error: { code: 'starting', message: { zh: '服务正在启动，请稍后重试。', en: 'The service is starting; please retry shortly.' } } });

export function nodeServer(serving: () => Serving | undefined): Server {
  const server = createServer((request, response) => {
    const ready = serving();
    if (!ready) {
      response.writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'retry-after': '1' }).end(starting);
      return;
    }
    const started = performance.now();
    const requestId = randomUUID();
    handle(ready.app, ready.maxBodyBytes, request, response, requestId).catch((error: unknown) => {
      // A client that hung up is no fault of the service, and gets no answer; anything else is one.
      const cutOff = error instanceof BodyCutOff;
      ready.log({
        level: cutOff ? 'warn' : 'error',
        requestId,
        method: request.method ?? 'GET',
        route: null,
        status: cutOff ? null : 500,
        durationMs: Math.round(performance.now() - started),
        error: describeError(error),
      });
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
      response.end();
    });
  });
  server.on('clientError', (error, socket) => answerClientError(error, socket, serving()?.log ?? defaultLog));
  return server;
}
