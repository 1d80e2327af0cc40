/**
 * POST /v1/imports: a published report page (text/plain or text/html) to report JSON and
 * its findings, `{ report, findings, detected }`. Nothing is stored. `?formatVersion=`
 * (2019, 2021 or auto) overrides the version the tables show.
 */
import { UnreadableInput } from '../../import/unreadable.ts';
import { defaultTemplate } from '../../templates.ts';
import { requireApiKey } from '../api-key.ts';
import { HttpError } from '../errors.ts';
import { mediaTypeOf, refuseOversizedBody } from '../request-body.ts';
import type { Imported } from '../responses.ts';
import { json, type HttpRequest, type Route } from '../types.ts';

export type ImportRouteConfig = { readonly apiKey: string | undefined; readonly maxBodyBytes: number };

const shapes = { 'text/plain': 'text', 'text/html': 'html' } as const;
/** The content types the route reads, as the OpenAPI document lists them. */
export const importMediaTypes = Object.keys(shapes) as (keyof typeof shapes)[];
const importer = defaultTemplate.importer;
export const formatVersionChoices: readonly string[] = [...(importer?.versions ?? []), 'auto'];
const choices = (separator: string, last: string) =>
  `${formatVersionChoices.slice(0, -1).join(separator)}${last}${formatVersionChoices.at(-1)}`;

function shapeOf(request: HttpRequest): 'text' | 'html' {
  const shape = (shapes as Record<string, 'text' | 'html' | undefined>)[mediaTypeOf(request)];
  if (shape) return shape;
  throw new HttpError('unsupported_media_type', {
    zh: '请求体须为网页文本，Content-Type 应为 text/plain 或 text/html。',
    en: 'The request body must be a page sent as Content-Type text/plain or text/html.',
  });
}

function formatVersionOf(query: URLSearchParams): string {
  const value = query.get('formatVersion') ?? 'auto';
  const version = formatVersionChoices.find((v) => v === value);
  if (version) return version;
  throw new HttpError('invalid_format_version', {
    zh: `formatVersion 只能是 ${choices('、', ' 或 ')}。`,
    en: `formatVersion must be ${choices(', ', ' or ')}.`,
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
        // Checked against the published answer's type: a field the OpenAPI document declares cannot change unnoticed.
        if (!importer) throw new UnreadableInput('这类报告不能导入。', 'This report kind cannot be imported.');
        const imported: Imported = await importer.read(request.body, { shape, formatVersion });
        return json(200, imported);
      } catch (error) {
        if (error instanceof UnreadableInput) throw new HttpError('page_unreadable', { zh: error.zh, en: error.en });
        throw error;
      }
    },
  };
}
