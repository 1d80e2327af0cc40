/** Finds the route for a method and path; `{name}` segments become parameters. */
import { HttpError } from './errors.ts';
import type { Route } from './types.ts';

export type Match = { readonly route: Route; readonly params: Record<string, string> };

function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, segment] of want.entries()) {
    const actual = got[i] ?? '';
    if (segment.startsWith('{') && segment.endsWith('}')) {
      if (actual === '') return undefined;
      params[segment.slice(1, -1)] = actual;
    } else if (segment !== actual) return undefined;
  }
  return params;
}

/** A path the API could serve: absolute, without empty segments (`//`) or a fragment. */
const wellFormed = (path: string) => path.startsWith('/') && !path.includes('//') && !path.includes('#');

export function route(routes: readonly Route[], method: string, path: string): Match {
  if (!wellFormed(path)) {
    throw new HttpError(400, 'malformed_request', { zh: '请求地址格式不正确。', en: 'The request path is malformed.' });
  }
  const onPath = routes.flatMap((r) => {
    const params = matchPath(r.path, path);
    return params ? [{ route: r, params }] : [];
  });
  if (onPath.length === 0) {
    throw new HttpError(404, 'no_such_route', { zh: '没有这个地址。', en: 'No such path exists.' });
  }
  // A literal segment beats a parameter (`/v1/reports` before `/v1/reports/{id}`), so take the first by method.
  const found = onPath.find((m) => m.route.method === method || (method === 'HEAD' && m.route.method === 'GET'));
  if (!found) {
    throw new HttpError(405, 'method_not_allowed', { zh: '这个地址不支持该请求方法。', en: 'This path does not accept that method.' });
  }
  return found;
}
