/**
 * The public read routes, reachable only by an unguessable id: the manifest, the
 * download redirects and the landing page; and the staff listing, behind the API key.
 * The API routes answer a missing report in JSON, the landing page with an HTML page.
 */
import { notFoundPage } from '../../render/html/not-found-page.ts';
import { formats, type Format } from '../../render/renderer.ts';
import { ReportNotFoundError } from '../../service/errors.ts';
import { isReportId } from '../../service/ids.ts';
import { reportLinks } from '../../service/links.ts';
import type { ReadService } from '../../service/read-service.ts';
import type { Language } from '../../template.ts';
import { requireApiKey } from '../api-key.ts';
import { HttpError, notFound } from '../errors.ts';
import { htmlAnswer } from '../html-response.ts';
import { listOptions } from '../query-options.ts';
import { json, type HttpRequest, type Route } from '../types.ts';
import { preferredLanguage } from './language.ts';

export type ReadRouteConfig = { readonly baseUrl: string; readonly apiKey: string | undefined };

/** Ids are checked by pattern before anything builds a storage key from them. */
function reportId(params: Readonly<Record<string, string>>): string {
  const id = params['id'] ?? '';
  if (!isReportId(id)) throw notFound();
  return id;
}

const isNotFound = (error: unknown) =>
  error instanceof ReportNotFoundError || (error instanceof HttpError && error.code === 'not_found');

/** Any stored format downloads this way (pdf and docx by default; html when it was asked for). */
const isFormat = (value: string | undefined): value is Format => (formats as readonly (string | undefined)[]).includes(value);

export function readRoutes(service: ReadService, config: ReadRouteConfig): Route[] {
  return [
    {
      method: 'GET',
      path: '/v1/reports/{id}',
      handler: async (_request, params) => json(200, await service.getManifest(reportId(params))),
    },
    {
      method: 'GET',
      path: '/v1/reports/{id}/{format}',
      async handler(_request, params) {
        const format = params['format'];
        if (!isFormat(format)) throw notFound();
        const url = await service.downloadLink(reportId(params), format);
        return { status: 302, headers: { location: url, 'cache-control': 'no-store' }, body: '' };
      },
    },
    {
      method: 'GET',
      path: '/r/{id}',
      async handler(request: HttpRequest, params) {
        const lang: Language = preferredLanguage(request);
        try {
          return htmlAnswer(200, await service.landingPage(reportId(params), lang), lang === 'en' ? 'en' : 'zh-CN');
        } catch (error) {
          // A phone that followed a bad link gets a page, not JSON.
          if (isNotFound(error)) return htmlAnswer(404, notFoundPage(), 'zh-CN, en');
          throw error;
        }
      },
    },
    {
      method: 'GET',
      path: '/v1/reports',
      async handler(request) {
        // The listing reveals ids, and ids are what keeps reports private: staff only.
        requireApiKey(request, config.apiKey);
        const entries = await service.listReports(listOptions(request.query));
        const reports = entries.map((entry) => ({ ...entry, manifest: reportLinks(config.baseUrl, entry.id).manifest }));
        return json(200, { reports });
      },
    },
  ];
}
