/**
 * The functions every entry point shares (Lambda, local server, tests): submit, validate,
 * read a manifest, a download link, the landing page and the staff listing. Which report
 * kind a request is, and so which template serves it, comes from the registry.
 */
import { hasErrors, type Finding } from '../findings.ts';
import type { Format } from '../render/renderer.ts';
import type { Storage } from '../storage/storage.ts';
import type { AnyTemplate, Language } from '../template.ts';
import { defaultTemplate, templateOf } from '../templates.ts';
import { validate } from '../validation.ts';
import { gatherInput } from './gather.ts';
import { IdempotencyInProgressError, ReportNotFoundError, ReportRejectedError } from './errors.ts';
import { keyFlights, keyRecords, payloadHash } from './idempotency.ts';
import { isReportId, newReportId } from './ids.ts';
import { renderLandingPage } from './landing.ts';
import { reportLinks } from './links.ts';
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
  /** A report of `kind` compiled from stored reports named in `request` (an aggregate). */
  submitGathered(kind: string, request: unknown, options: SubmitOptions, idempotencyKey?: string): Promise<Submitted>;
  validate(input: unknown): { readonly valid: boolean; readonly findings: readonly Finding[] };
  getManifest(id: string): Promise<Manifest>;
  downloadLink(id: string, format: Format): Promise<string>;
  landingPage(id: string, lang: Language): Promise<string>;
  listReports(query: ListQuery): Promise<ListingEntry[]>;
};

export function createReportService(deps: ServiceDependencies): ReportService {
  const { storage, prefix } = deps;
  const now = deps.now ?? (() => new Date());
  const flight = keyFlights<Submitted>();
  const records = keyRecords(storage, prefix, now);

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

  function templateFor(manifest: Manifest): AnyTemplate {
    const template = templateOf(manifest.template.kind);
    if (!template) throw new ReportNotFoundError(`template ${manifest.template.kind} of report ${manifest.id}`);
    return template;
  }

  async function submitOnce(template: AnyTemplate, input: unknown, options: SubmitOptions, idempotencyKey: string, request: string): Promise<Submitted> {
    const begun = await records.begin(idempotencyKey, request, { id: newReportId(), createdAt: now().toISOString() });
    // A stored manifest is the proof of a finished request, whatever the record says.
    const existing = await readManifest(begun.record.id);
    if (existing) {
      // `done` is written after the index entry; short of it, an earlier attempt may have failed between manifest and index.
      if (begun.state !== 'done') {
        await writeIndexEntry(storage, prefix, existing);
        await records.finish(idempotencyKey, begun.record);
      }
      return { manifest: existing, replayed: true };
    }
    if (begun.state === 'in-progress') throw new IdempotencyInProgressError();
    let manifest: Manifest;
    try {
      manifest = await renderAndStore(deps, begun.record, input, options, template);
    } catch (error) {
      // Only a stored report spends a key. If the store is down this fails too, and the lease lapses.
      await records.release(idempotencyKey).catch(() => undefined);
      throw error;
    }
    await records.finish(idempotencyKey, begun.record);
    return { manifest, replayed: false };
  }

  /** Validates, then renders and stores — once per Idempotency-Key and `fingerprint` when a key is given. */
  async function submitWith(template: AnyTemplate, input: unknown, options: SubmitOptions, idempotencyKey: string | undefined, fingerprint: unknown): Promise<Submitted> {
    const checked = validate(template, input);
    if (!checked.report || (hasErrors(checked.findings) && !options.allowCheckFailures)) {
      throw new ReportRejectedError(checked.findings);
    }
    if (idempotencyKey === undefined) {
      const manifest = await renderAndStore(deps, { id: newReportId(), createdAt: now().toISOString() }, input, options, template);
      return { manifest, replayed: false };
    }
    const request = payloadHash(fingerprint);
    return flight(idempotencyKey, request, () => submitOnce(template, input, options, idempotencyKey, request));
  }

  return {
    submit: (input, options, idempotencyKey) => submitWith(defaultTemplate, input, options, idempotencyKey, { input, options }),

    async submitGathered(kind, request, options, idempotencyKey) {
      const template = templateOf(kind);
      if (!template?.gathers) throw new ReportNotFoundError(`report kind ${kind}`);
      const input = await gatherInput(template.gathers, request, {
        read: async (id) => {
          const manifest = await readManifest(id);
          const stored = manifest && await storage.get(reportKeys(prefix, id).input);
          return manifest && stored ? { manifest, input: decodeJson(stored) } : undefined;
        },
        link: (id) => reportLinks(deps.baseUrl, id).landingPage,
      }, options);
      // The request names the members; its fingerprint, not the gathered inputs', identifies a retry.
      return submitWith(template, input, options, idempotencyKey, { kind, request, options });
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
      return renderLandingPage(deps.baseUrl, templateFor(manifest), manifest, decodeJson(input), lang);
    },

    listReports: (query) => listReports(storage, prefix, query),
  };
}
