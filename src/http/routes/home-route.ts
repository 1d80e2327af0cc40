/**
 * GET /: a browser gets a small page linking the OpenAPI document and the quick start; a JSON
 * client gets the same links as JSON. Chosen by Accept (RFC 9110 q-values); JSON on a tie.
 */
import packageJson from '../../../package.json' with { type: 'json' };
import { homePage } from '../../render/html/home-page.ts';
import { htmlAnswer } from '../html-response.ts';
import { json, type HttpRequest, type Route } from '../types.ts';

/** The highest q the Accept header gives any of `types`; `*` wildcards count. */
function weightOf(accept: string, types: readonly string[]): number {
  let best = 0;
  for (const part of accept.split(',')) {
    const [range = '', ...parameters] = part.trim().toLowerCase().split(';');
    const q = Number(parameters.map((p) => p.trim()).find((p) => p.startsWith('q='))?.slice(2) ?? '1');
    const [type, subtype] = range.trim().split('/');
    const matches = types.some((t) => {
      const [wantType, wantSubtype] = t.split('/');
      return (type === '*' || type === wantType) && (subtype === '*' || subtype === wantSubtype);
    });
    if (matches && Number.isFinite(q)) best = Math.max(best, q);
  }
  return best;
}

const prefersHtml = (request: HttpRequest) => {
  const accept = request.headers['accept'] ?? '';
  return weightOf(accept, ['text/html']) > weightOf(accept, ['application/json']);
};

export function homeRoute(config: { readonly baseUrl: string }): Route {
  const links = { openApi: `${config.baseUrl}/v1/openapi.json`, schema: `${config.baseUrl}/v1/schema`, reports: `${config.baseUrl}/v1/reports` };
  const page = homePage(packageJson.name, packageJson.description, links);
  const about = { name: packageJson.name, version: packageJson.version, description: packageJson.description, links };
  return {
    method: 'GET',
    path: '/',
    handler: async (request) => (prefersHtml(request)
      ? htmlAnswer(200, page, 'zh-CN, en', 'Accept')
      : json(200, about, { vary: 'Accept' })),
  };
}
