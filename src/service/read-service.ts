/**
 * The read half of the service: a manifest, a download link, the landing page and the staff
 * listing. Apart from submit and validate so that the read function's bundle carries no
 * render pipeline (no fonts, no PDF or Word libraries).
 */
import type { Format } from '../render/renderer.ts';
import { StorageUnavailableError, type Storage } from '../storage/storage.ts';
import type { AnyTemplate, Language } from '../template.ts';
import { templateOf } from '../templates.ts';
import { ReportNotFoundError } from './errors.ts';
import { isReportId } from './ids.ts';
import { renderLandingPage } from './landing.ts';
import { listReports, type ListingEntry, type ListQuery } from './listing.ts';
import { decodeJson, manifestSchema, reportKeys, type Manifest } from './manifest.ts';
import type { ServiceObserver } from './observer.ts';

export type ServiceDependencies = {
  readonly storage: Storage;
  readonly prefix: string;
  /** Public base URL for QR codes and links, without a trailing slash. */
  readonly baseUrl: string;
  readonly downloadTtlSeconds: number;
  readonly now?: () => Date;
  /** Told of renders and refusals by the write half (metrics in Lambda). */
  readonly observer?: ServiceObserver;
};

export type ReadService = {
  getManifest(id: string): Promise<Manifest>;
  downloadLink(id: string, format: Format): Promise<string>;
  landingPage(id: string, lang: Language): Promise<string>;
  listReports(query: ListQuery): Promise<ListingEntry[]>;
  /** Whether the store answers at all (a read of a key that never exists): what GET /health reports. */
  storeAnswers(): Promise<boolean>;
};

/** The manifest of a complete report, or undefined when none has the id. */
export async function readManifest(storage: Storage, prefix: string, id: string): Promise<Manifest | undefined> {
  if (!isReportId(id)) return undefined;
  const bytes = await storage.get(reportKeys(prefix, id).manifest);
  return bytes ? manifestSchema.parse(decodeJson(bytes)) : undefined;
}

export function createReadService(deps: ServiceDependencies): ReadService {
  const { storage, prefix } = deps;

  async function getManifest(id: string): Promise<Manifest> {
    const manifest = await readManifest(storage, prefix, id);
    if (!manifest) throw new ReportNotFoundError(`report ${id}`);
    return manifest;
  }

  function templateFor(manifest: Manifest): AnyTemplate {
    const template = templateOf(manifest.template.kind);
    if (!template) throw new ReportNotFoundError(`template ${manifest.template.kind} of report ${manifest.id}`);
    return template;
  }

  return {
    getManifest,

    async downloadLink(id, format) {
      const file = (await getManifest(id)).files.find((f) => f.format === format);
      if (!file) throw new ReportNotFoundError(`${format} of report ${id}`);
      return storage.signedUrl(file.key, deps.downloadTtlSeconds);
    },

    async landingPage(id, lang) {
      const manifest = await getManifest(id);
      const input = await storage.get(reportKeys(prefix, id).input);
      if (!input) throw new ReportNotFoundError(`input of report ${id}`);
      return renderLandingPage(deps.baseUrl, templateFor(manifest), manifest, decodeJson(input), lang);
    },

    listReports: (query) => listReports(storage, prefix, query),

    async storeAnswers() {
      try {
        await storage.get(`${prefix}health-probe`);
        return true;
      } catch (error) {
        if (error instanceof StorageUnavailableError) return false;
        throw error;
      }
    },
  };
}
