/**
 * The functions every entry point shares (Lambda, local server, tests): submit, validate,
 * and the read half (read-service.ts): a manifest, a download link, the landing page and
 * the staff listing. Which report kind a request is, and so which template serves it,
 * comes from the registry.
 */
import { hasErrors, type Finding } from '../findings.ts';
import type { AnyTemplate } from '../template.ts';
import { defaultTemplate, templateOf } from '../templates.ts';
import { validate, type Validation } from '../validation.ts';
import { gatherInput } from './gather.ts';
import { IdempotencyInProgressError, ReportNotFoundError, ReportRejectedError } from './errors.ts';
import { keyFlights, keyRecords, payloadHash } from './idempotency.ts';
import { newReportId } from './ids.ts';
import { reportLinks } from './links.ts';
import { writeIndexEntry } from './listing.ts';
import { decodeJson, reportKeys, type Manifest } from './manifest.ts';
import { createReadService, readManifest, type ReadService, type ServiceDependencies } from './read-service.ts';
import { validateForRendering } from './render-report.ts';
import type { ServiceObserver } from './observer.ts';
import { renderAndStore, type SubmitOptions } from './submit.ts';

export type { ServiceDependencies } from './read-service.ts';

export type Submitted = { readonly manifest: Manifest; readonly replayed: boolean };

export type ReportService = ReadService & {
  submit(input: unknown, options: SubmitOptions, idempotencyKey?: string): Promise<Submitted>;
  /** A report of `kind` compiled from stored reports named in `request` (an aggregate). */
  submitGathered(kind: string, request: unknown, options: SubmitOptions, idempotencyKey?: string): Promise<Submitted>;
  validate(input: unknown): { readonly valid: boolean; readonly findings: readonly Finding[] };
};

export function createReportService(deps: ServiceDependencies): ReportService {
  const { storage, prefix } = deps;
  const now = deps.now ?? (() => new Date());
  const flight = keyFlights<Submitted>();
  const records = keyRecords(storage, prefix, now);

  async function submitOnce(template: AnyTemplate, checked: Validation<unknown>, options: SubmitOptions, idempotencyKey: string, request: string): Promise<Submitted> {
    const begun = await records.begin(idempotencyKey, request, { id: newReportId(), createdAt: now().toISOString() });
    // A stored manifest is the proof of a finished request, whatever the record says.
    const existing = await readManifest(storage, prefix, begun.record.id);
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
      manifest = await renderAndStore(deps, begun.record, checked, options, template);
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
      const manifest = await renderAndStore(deps, { id: newReportId(), createdAt: now().toISOString() }, checked, options, template);
      return { manifest, replayed: false };
    }
    const request = payloadHash(fingerprint);
    return flight(idempotencyKey, request, () => submitOnce(template, checked, options, idempotencyKey, request));
  }

  /** Tells the observer of a refusal (the rules that failed) on the way out. */
  async function observed(submitting: () => Promise<Submitted>): Promise<Submitted> {
    try {
      return await submitting();
    } catch (error) {
      if (error instanceof ReportRejectedError) deps.observer?.refused(error.findings);
      throw error;
    }
  }

  return {
    submit: (input, options, idempotencyKey) => observed(() => submitWith(defaultTemplate, input, options, idempotencyKey, { input, options })),

    async submitGathered(kind, request, options, idempotencyKey) {
      const template = templateOf(kind);
      if (!template?.gathers) throw new ReportNotFoundError(`report kind ${kind}`);
      const input = await gatherInput(template.gathers, request, {
        read: async (id) => {
          const manifest = await readManifest(storage, prefix, id);
          const stored = manifest && await storage.get(reportKeys(prefix, id).input);
          return manifest && stored ? { manifest, input: decodeJson(stored) } : undefined;
        },
        link: (id) => reportLinks(deps.baseUrl, id).landingPage,
      }, options);
      // The request names the members; its fingerprint, not the gathered inputs', identifies a retry.
      return observed(() => submitWith(template, input, options, idempotencyKey, { kind, request, options }));
    },

    validate(input) {
      const { findings } = validateForRendering(input);
      return { valid: !hasErrors(findings), findings };
    },

    ...createReadService(deps),
  };
}
