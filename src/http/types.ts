/**
 * HTTP as plain data, the same for API Gateway events and Node's http server: adapters
 * turn their requests into an HttpRequest and write back the HttpResponse.
 */
export type HttpRequest = {
  readonly method: string;
  /** The path without query string, e.g. `/v1/reports/abc`. */
  readonly path: string;
  readonly query: URLSearchParams;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: Uint8Array;
  /** Set by the adapter; echoed in the answer and the log line. */
  readonly requestId: string;
};

export type HttpResponse = {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Uint8Array;
};

export type Handler = (request: HttpRequest, params: Readonly<Record<string, string>>) => Promise<HttpResponse>;

/** A route is data: a method, a path pattern with `{name}` parameters, and its handler. */
export type Route = {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly handler: Handler;
};

export const json = (status: number, value: unknown, headers: Record<string, string> = {}): HttpResponse => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  body: `${JSON.stringify(value, null, 2)}\n`,
});
