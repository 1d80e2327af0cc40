/**
 * POST /v1/imports: a published report page (text/plain or text/html) to report JSON and
 * its findings, `{ report, findings, detected }`. Nothing is stored. `?formatVersion=`
 * (2019, 2021 or auto) overrides the version the tables show.
 */
import { UnreadableInput } from '../../import/unreadable.ts';
import { importReport } from '../../../templates/annual-report/import/import-report.ts';
import { requireApiKey } from '../api-key.ts';
import { HttpError } from '../errors.ts';
import { mediaTypeOf, refuseOversizedBody } from '../request-body.ts';
import { json, type HttpRequest, type Route } from '../types.ts';

export type ImportRouteConfig = { readonly apiKey: string | undefined; readonly maxBodyBytes: number };

const shapes = { 'text/plain': 'text', 'text/html': 'html' } as const;
const versions = ['2019', '2021', 'auto'] as const;

function shapeOf(request: HttpRequest): 'text' | 'html' {
  const shape = (shapes as Record<string, 'text' | 'html' | undefined>)[mediaTypeOf(request)];
  if (shape) return shape;
  throw new HttpError(415, 'unsupported_media_type', {
    zh: '请求体须为网页文本，Content-Type 应为 text/plain 或 text/html。',
    en: 'The request body must be a page sent as Content-Type text/plain or text/html.',
  });
}

function formatVersionOf(query: URLSearchParams): (typeof versions)[number] {
  const value = query.get('formatVersion') ?? 'auto';
  const version = versions.find((v) => v === value);
  if (version) return version;
  throw new HttpError(400, 'invalid_format_version', {
    zh: 'formatVersion 只能是 2019、2021 或 auto。',
    en: 'formatVersion must be 2019, 2021 or auto.',
  });
}

export function importRoute(config: ImportRouteConfig): Route {
  return {
    method: 'POST',
    path: '/v1/imports',
    async handler(request) {
      requireApiKey(request, config.apiKey);
      refuseOversizedBody(request, config.maxBodyBytes);
      const shape = shapeOf(request);
      const formatVersion = formatVersionOf(request.query);
      try {
        return json(200, importReport(request.body, { shape, formatVersion }));
      } catch (error) {
        if (error instanceof UnreadableInput) throw new HttpError(422, 'page_unreadable', { zh: error.zh, en: error.en });
        throw error;
      }
    },
  };
}
