/**
 * The prose of the OpenAPI document that states limits and contracts, built from the
 * constants that enforce them, so the document cannot drift from the code.
 */
import { idempotencyTimes } from '../service/idempotency.ts';
import { s3Timeouts } from '../storage/s3-timeouts.ts';
import { textLimits } from '../text-limits.ts';
import { defaultTemplate } from '../templates.ts';

/** CPU seconds: the worst report within the limits measured 3.6 s (README, "Limits"). */
export const renderBudgetSeconds = 5;

export const limitsDescription = [
  `Limits, the same in /v1/validate and /v1/reports (422 with a finding naming the field):`,
  `at most ${textLimits.marksPerBase} combining marks on one character and ${textLimits.marksPerReport} in a report;`,
  `at most ${textLimits.charactersPerReport} characters in all texts of a report together;`,
  ...(defaultTemplate.limitsNote === undefined ? [] : [defaultTemplate.limitsNote]),
  `Every report within them renders (pdf, docx and html, zh-en) in under ${renderBudgetSeconds} s of CPU on the development machine.`,
  `A storage call gives up after ${s3Timeouts.operationDeadlineMs / 1000} s (503 with Retry-After).`,
].join(' ');

export const idempotencyDescription = [
  'Idempotency-Key (1–255 visible ASCII characters, scoped to the API key): the key\'s record holds the report id,',
  'the SHA-256 of the body and options, and a state.',
  `While the first request renders (in progress, a lease of ${idempotencyTimes.leaseSeconds} s), another request with the key gets 409`,
  '`idempotency_in_progress` with Retry-After. Once the report is stored (done), the same body and options replay it',
  `(201, Idempotent-Replayed: true) and anything else gets 409 \`idempotency_conflict\`, for ${idempotencyTimes.keepSeconds / 3600} hours.`,
  'A refusal (4xx) or a failure (5xx) leaves the key free: only a stored report spends it.',
].join(' ');
