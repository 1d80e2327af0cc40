/**
 * The functions every entry point shares (Lambda, local server, tests): submit, validate,
 * read a manifest, a download link, the landing page and the staff listing.
 */
import { annualReportTemplate } from '../../templates/annual-report/index.ts';
import { hasErrors, type Finding } from '../findings.ts';
import type { Format } from '../render/renderer.ts';
import type { Storage } from '../storage/storage.ts';
import type { Language } from '../template.ts';
import { validate, type Validation } from '../validation.ts';
import type { AnnualReport } from '../../templates/annual-report/schema.ts';
import { ReportNotFoundError, ReportRejectedError } from './errors.ts';
import { claim, requestFingerprint, singleFlight } from './idempotency.ts';
import { isReportId, newReportId } from './ids.ts';
import { renderLandingPage } from './landing.ts';
import { listReports, writeIndexEntry, type ListingEntry, type ListQuery } from './listing.ts';
import { decodeJson, manifestSchema, reportKeys, type Manifest } from './manifest.ts';
import { validateForRendering } from './render-report.ts';
import { renderAndStore, type SubmitOptions } from './submit.ts';

export type ServiceDependencies = {
  readonly storage: Storage;
  readonly prefix: string;
  /** Public base URL for QR codes and links, without a trailing slash. */
  readonly baseUrl: string;
  readonly downloadTtlSeconds: number;
  readonly now?: () => Date;
};

export type Submitted = { readonly manifest: Manifest; readonly replayed: boolean };

export type ReportService = {
  submit(input: unknown, options: SubmitOptions, idempotencyKey?: string): Promise<Submitted>;
  validate(input: unknown): { readonly valid: boolean; readonly findings: readonly Finding[] };
  getManifest(id: string): Promise<Manifest>;
  downloadLink(id: string, format: Format): Promise<string>;
  landingPage(id: string, lang: Language): Promise<string>;
  listReports(query: ListQuery): Promise<ListingEntry[]>;
};

export function createReportService(deps: ServiceDependencies): ReportService {
  const { storage, prefix } = deps;
  const now = deps.now ?? (() => new Date());
  const flight = singleFlight<Submitted>();

  async function readManifest(id: string): Promise<Manifest | undefined> {
    if (!isReportId(id)) return undefined;
    const bytes = await storage.get(reportKeys(prefix, id).manifest);
    return bytes ? manifestSchema.parse(decodeJson(bytes)) : undefined;
  }

  async function getManifest(id: string): Promise<Manifest> {
    const manifest = await readManifest(id);
    if (!manifest) throw new ReportNotFoundError(`report ${id}`);
    return manifest;
  }

  async function submitOnce(checked: Validation<AnnualReport>, options: SubmitOptions, idempotencyKey: string, request: string): Promise<Submitted> {
    const claimed = await claim(storage, prefix, idempotencyKey, { id: newReportId(), createdAt: now().toISOString(), request });
    const existing = await readManifest(claimed.id);
    if (existing) {
      // The first attempt may have failed between manifest and index: repair it.
      await writeIndexEntry(storage, prefix, existing);
      return { manifest: existing, replayed: true };
    }
    return { manifest: await renderAndStore(deps, claimed, checked, options), replayed: false };
  }

  return {
    async submit(input, options, idempotencyKey) {
      const checked = validate(annualReportTemplate, input);
      if (!checked.report || (hasErrors(checked.findings) && !options.allowCheckFailures)) {
        throw new ReportRejectedError(checked.findings);
      }
      if (idempotencyKey === undefined) {
        const manifest = await renderAndStore(deps, { id: newReportId(), createdAt: now().toISOString() }, checked, options);
        return { manifest, replayed: false };
      }
      const request = requestFingerprint({ input, options });
      return flight(`${idempotencyKey}\n${request}`, () => submitOnce(checked, options, idempotencyKey, request));
    },

    validate(input) {
      const { findings } = validateForRendering(input);
      return { valid: !hasErrors(findings), findings };
    },

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
      return renderLandingPage(deps.baseUrl, manifest, decodeJson(input), lang);
    },

    listReports: (query) => listReports(storage, prefix, query),
  };
}
