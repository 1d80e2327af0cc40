/**
 * API Gateway's routes against the app's own: every route the app serves is reachable through
 * the gateway, on the function that serves it, and wherever the app asks for an API key the
 * gateway demands one — in Lambda the app only checks the header is present and trusts the
 * gateway to have checked its value.
 */
import { describe, expect, it } from 'vitest';
import { routes as gatewayRoutes } from '../../cdk/report-api.ts';
import { readApi, writeApi, type ApiConfig } from '../../src/http/api.ts';
import { HttpError } from '../../src/http/errors.ts';
import type { Route } from '../../src/http/types.ts';
import type { ReportService } from '../../src/service/service.ts';

const config: ApiConfig = { baseUrl: 'https://nianbao.example.gov.cn', apiKey: 'a-key-of-sixteen-chars', maxBodyBytes: 1024 * 1024 };

/** A service that refuses every call: a route that reaches it did not stop for a missing key. */
const refusingService = new Proxy({} as ReportService, {
  get: () => () => {
    throw new Error('service reached');
  },
});

async function asksForApiKey(route: Route): Promise<boolean> {
  const request = { method: route.method, path: route.path, query: new URLSearchParams(), headers: {}, body: new Uint8Array(), requestId: 'routes-test' };
  try {
    await route.handler(request, { id: 'AAAAAAAAAAAAAAAAAAAAAA', format: 'pdf' });
    return false;
  } catch (error) {
    return error instanceof HttpError && error.status === 401;
  }
}

/** POST /v1/aggregates runs the write handler on a function of its own, sized for 2,000 members. */
const writeFunction = (route: Route) => (route.path === '/v1/aggregates' ? 'aggregate' as const : 'render' as const);

const served = [
  ...writeApi(refusingService, config).map((route) => ({ route, fn: writeFunction(route) })),
  ...readApi(refusingService, config).map((route) => ({ route, fn: 'read' as const })),
];

describe('gateway routes', () => {
  it.each(served.map(({ route, fn }) => [`${route.method} ${route.path}`, route, fn] as const))(
    '%s reaches its function, with the API key the app expects',
    async (_name, route, fn) => {
      const gateway = gatewayRoutes.find((g) => g.method === route.method && g.path === route.path);
      expect(gateway).toBeDefined();
      expect(gateway!.fn).toBe(fn);
      expect(gateway!.apiKey).toBe(await asksForApiKey(route));
    },
  );
});
