/**
 * The OpenAPI 3.1 document, generated from the zod schemas (input, options, answers):
 * nothing in it is written by hand except paths and descriptions.
 */
import * as z from 'zod';
import packageJson from '../../package.json' with { type: 'json' };
import { formats } from '../render/renderer.ts';
import { reportIdPattern } from '../service/ids.ts';
import { manifestSchema } from '../service/manifest.ts';
import { languages } from '../template.ts';
import { defaultTemplate, templates } from '../templates.ts';
import { listQuery, submitQuery } from './query-options.ts';
import { problemMediaType } from './errors.ts';
import type { ErrorCode } from '../errors.ts';
import { problemTable, problemType } from './problem-table.ts';
import { importedSchema, listingSchema, problemSchema, submittedSchema, validatedSchema } from './responses.ts';
import { healthSchema, versionSchema } from './routes/service-routes.ts';
import { formatVersionChoices, importMediaTypes } from './routes/import-route.ts';
import { idempotencyDescription, limitsDescription } from './openapi-notes.ts';
import { gatheringPath } from './routes/write-routes.ts';

const inputName = defaultTemplate.schemaName;
const schema = (s: z.ZodType) => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const body = (name: string, description: string, extra: Record<string, unknown> = {}) =>
  ({ description, content: { 'application/json': { schema: ref(name), ...extra } } });

/** Points a `$ref` into the input schema's `$defs` at the component of the same name instead. */
function relocateRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(relocateRefs);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [
    key,
    key === '$ref' && typeof inner === 'string' ? inner.replace(/^#\/\$defs\//, '#/components/schemas/') : relocateRefs(inner),
  ]));
}

/**
 * The very schema `GET /v1/schema` and `nianbao schema` publish, as components: the report
 * and, beside it, its named shapes (RequestRow, Count, …). In OpenAPI a `#/$defs/…` ref
 * would resolve against the document's root, so the shapes move to `#/components/schemas/`.
 */
function inputComponents(): Record<string, unknown> {
  const { $schema: _dialect, $defs, ...report } = defaultTemplate.jsonSchema();
  return relocateRefs({ [inputName]: report, ...($defs as Record<string, unknown>) }) as Record<string, unknown>;
}

/** The import's answer: its zod shape, with the report referring to the input schema's component. */
function importedComponent(): Record<string, unknown> {
  const generated = schema(importedSchema);
  const properties = generated.properties ?? {};
  const required = (generated.required ?? []) as string[];
  return { ...generated, properties: { report: ref(inputName), ...properties }, required: ['report', ...required] };
}

function queryParameters(s: z.ZodObject) {
  const properties = (schema(s).properties ?? {}) as Record<string, Record<string, unknown>>;
  const required = new Set((schema(s).required ?? []) as string[]);
  return Object.entries(properties).map(([name, p]) => ({
    name, in: 'query', required: required.has(name), description: p['description'], schema: { ...p, description: undefined },
  }));
}

const idempotencyKeyParameter = {
  name: 'Idempotency-Key', in: 'header', required: false, description: 'Same key and body: the same report, rendered once', schema: { type: 'string', maxLength: 255 },
};
const idParameter = { name: 'id', in: 'path', required: true, description: 'Report id', schema: { type: 'string', pattern: reportIdPattern.source } };
const apiKey = [{ apiKey: [] }];
const publicRoute: never[] = [];

const header = (description: string, schema: Record<string, unknown>) => ({ description, schema });
const retryAfter = header('Seconds to wait before retrying', { type: 'integer', minimum: 1 });
const location = header('URL of the stored report’s manifest', { type: 'string', format: 'uri' });

const exampleFinding = {
  rule: 'requests.balance', severity: 'error', path: '$.requests', table: '三', column: 'total', expected: 12, found: 11,
  message: { zh: '三、收到和处理政府信息公开申请情况：一 + 二 应等于 （七）总计 + 四。', en: 'Section 三: 一 + 二 must equal (7) total + 四.' },
};

/** A problem answer as the table defines it, with an example of exactly that code. */
function problem(code: ErrorCode, description: string) {
  const entry = problemTable[code];
  const example = {
    type: problemType(code), title: entry.title, status: entry.status, detail: entry.message.en,
    instance: '/v1/reports', code, message: entry.message, requestId: 'c0a80101-0000-4000-8000-000000000000',
    ...(code === 'report_invalid' ? { findings: [exampleFinding] } : {}),
  };
  const headers = 'retry-after' in (entry.headers ?? {}) ? { 'Retry-After': retryAfter } : undefined;
  return { description, ...(headers ? { headers } : {}), content: { [problemMediaType]: { schema: ref('Problem'), example } } };
}

const internal = { 500: problem('internal', 'An internal error; nothing is said about it but the request id') };
/** API Gateway's throttle (stage and usage plan) answers before a function runs. */
const throttled = { 429: problem('throttled', 'Too many requests, or the daily quota is used up') };
const writeErrors = {
  400: problem('invalid_json', 'Not JSON, or a bad parameter'), 401: problem('api_key_missing', 'No API key'),
  403: problem('api_key_invalid', 'Wrong API key'), 413: problem('body_too_large', 'Body over the limit'),
  415: problem('unsupported_media_type', 'Not application/json'), ...throttled, ...internal,
};
const notFoundProblem = (description: string) => ({ 404: problem('not_found', description) });
const storeDown = { 503: problem('storage_unavailable', 'Storage unavailable; retry after Retry-After seconds') };
const reportBody = { required: true, content: { 'application/json': { schema: ref(inputName) } } };

const tags = [
  { name: 'Reports', description: 'Submit, list and read stored reports' },
  { name: 'Checks', description: 'Validate or import without storing anything' },
  { name: 'Public', description: 'What a printed QR code leads to: no key needed' },
  { name: 'Service', description: 'Health, version and the machine-readable contracts' },
];

/** Each kind compiled from stored reports (the aggregate): its request, and its POST /v1/<kind>s. */
const gathering = Object.values(templates).flatMap((t) => (t.gathers === undefined ? [] : [{ kind: t.kind, name: `${t.schemaName}Request`, request: t.gathers.request }]));

function gatheringPaths() {
  return Object.fromEntries(gathering.map((g) => [gatheringPath(g.kind), {
    post: {
      operationId: `compile${g.kind[0]!.toUpperCase()}${g.kind.slice(1)}`,
      tags: ['Reports'],
      summary: `Compile a ${g.kind} from stored reports (read back with bounded concurrency), render and store it`,
      security: apiKey,
      parameters: [...queryParameters(submitQuery), idempotencyKeyParameter],
      requestBody: { required: true, content: { 'application/json': { schema: ref(g.name) } } },
      responses: {
        201: { ...body('Submitted', 'Stored; links, SHA-256 and findings'), headers: { Location: location } },
        ...writeErrors,
        409: problem('idempotency_in_progress', 'Idempotency-Key in use by a request in progress (idempotency_in_progress, with Retry-After) or spent on another request (idempotency_conflict)'),
        422: problem('report_invalid', 'Every finding: an unknown report id, members of different years or format versions, failed checks'),
        ...storeDown,
      },
    },
  }]));
}

export function openApiDocument(baseUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'nianbao', version: packageJson.version, description: packageJson.description,
      license: { name: 'MIT', identifier: packageJson.license },
    },
    servers: [{ url: baseUrl }],
    tags,
    components: {
      securitySchemes: { apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' } },
      schemas: {
        ...inputComponents(),
        Manifest: schema(manifestSchema),
        Submitted: schema(submittedSchema),
        Validated: schema(validatedSchema),
        Listing: schema(listingSchema),
        Imported: importedComponent(),
        Problem: schema(problemSchema),
        Health: schema(healthSchema),
        Version: schema(versionSchema),
        ...Object.fromEntries(gathering.map((g) => [g.name, schema(g.request)])),
      },
    },
    paths: {
      '/v1/reports': {
        post: {
          operationId: 'submitReport',
          tags: ['Reports'],
          summary: 'Validate, render and store a report',
          description: `${limitsDescription}\n\n${idempotencyDescription}`,
          security: apiKey,
          parameters: [...queryParameters(submitQuery), idempotencyKeyParameter],
          requestBody: reportBody,
          responses: {
            201: {
              ...body('Submitted', 'Stored; links, SHA-256 and findings'),
              headers: { Location: location, 'Idempotent-Replayed': header('true when an earlier request with the same key made this report', { type: 'string', enum: ['true'] }) },
            },
            ...writeErrors,
            409: problem('idempotency_in_progress', 'Idempotency-Key in use by a request in progress (idempotency_in_progress, with Retry-After) or spent on another request (idempotency_conflict)'),
            422: problem('report_invalid', 'Every finding'),
            ...storeDown,
          },
        },
        get: {
          operationId: 'listReports',
          tags: ['Reports'],
          summary: 'Staff listing, newest first',
          security: apiKey,
          parameters: queryParameters(listQuery),
          responses: {
            200: body('Listing', 'Reports of the agency'), 400: problem('invalid_parameter', 'Bad parameter'),
            401: problem('api_key_missing', 'No API key'), 403: problem('api_key_invalid', 'Wrong API key'), ...throttled, ...internal, ...storeDown,
          },
        },
      },
      '/v1/validate': {
        post: {
          operationId: 'validateReport',
          tags: ['Checks'],
          summary: 'The checks a render applies (schema, cross-checks, font coverage); nothing is stored',
          description: limitsDescription,
          security: apiKey,
          requestBody: reportBody,
          responses: { 200: body('Validated', 'Valid (warnings allowed)'), ...writeErrors, 422: problem('report_invalid', 'Every finding, as POST /v1/reports refuses it') },
        },
      },
      '/v1/imports': {
        post: {
          operationId: 'importPage',
          tags: ['Checks'],
          summary: 'A published report page to report JSON and its findings; nothing is stored',
          security: apiKey,
          parameters: [{
            name: 'formatVersion', in: 'query', required: false, description: 'Overrides the version the tables show',
            schema: { enum: [...formatVersionChoices], default: 'auto' },
          }],
          requestBody: {
            required: true,
            content: Object.fromEntries(importMediaTypes.map((type) => [type, { schema: { type: 'string' } }])),
          },
          responses: {
            200: body('Imported', 'The report, every finding, and what decided the format version'),
            ...writeErrors,
            400: problem('invalid_format_version', 'Bad formatVersion'), 415: problem('unsupported_media_type', 'Not text/plain or text/html'),
            422: problem('page_unreadable', 'The page cannot be read as a report (empty, not text, no title)'),
          },
        },
      },
      ...gatheringPaths(),
      '/v1/reports/{id}': {
        get: {
          operationId: 'getManifest',
          tags: ['Public'],
          summary: 'The manifest',
          security: publicRoute,
          parameters: [idParameter],
          responses: { 200: body('Manifest', 'The manifest'), ...notFoundProblem('Unknown id'), ...throttled, ...internal, ...storeDown },
        },
      },
      '/v1/reports/{id}/{format}': {
        get: {
          operationId: 'downloadDocument',
          tags: ['Public'],
          summary: 'Short-lived redirect to the stored file',
          security: publicRoute,
          parameters: [idParameter, { name: 'format', in: 'path', required: true, description: 'A format the report was rendered in', schema: { enum: [...formats] } }],
          responses: {
            302: { description: 'Redirect to a presigned URL', headers: { Location: header('Presigned download URL, valid for minutes', { type: 'string', format: 'uri' }) } },
            ...notFoundProblem('Unknown id or format'), ...throttled, ...internal, ...storeDown,
          },
        },
      },
      '/r/{id}': {
        get: {
          operationId: 'landingPage',
          tags: ['Public'],
          summary: 'The landing page the QR code leads to',
          security: publicRoute,
          parameters: [idParameter, { name: 'lang', in: 'query', required: false, description: 'Page language; default from Accept-Language', schema: { enum: [...languages] } }],
          responses: {
            200: { description: 'HTML', content: { 'text/html': { schema: { type: 'string' } } } },
            404: { description: 'Unknown or malformed id: a bilingual HTML page', content: { 'text/html': { schema: { type: 'string' } } } },
            ...throttled, ...internal, ...storeDown,
          },
        },
      },
      '/v1/schema': {
        get: {
          operationId: 'getInputSchema', tags: ['Service'], summary: 'JSON Schema of the input', security: publicRoute,
          responses: { 200: { description: 'JSON Schema (2020-12)', content: { 'application/json': { schema: { type: 'object' } } } }, ...throttled, ...internal },
        },
      },
      '/v1/openapi.json': {
        get: {
          operationId: 'getOpenApi', tags: ['Service'], summary: 'This document', security: publicRoute,
          responses: { 200: { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } }, ...throttled, ...internal },
        },
      },
      '/health': {
        get: {
          operationId: 'getHealth', tags: ['Service'], summary: 'Whether the service and its store answer', security: publicRoute,
          responses: {
            200: body('Health', 'The store answers', { example: { status: 'ok', store: 'ok' } }),
            ...throttled, ...internal, 503: problem('storage_unavailable', 'The store does not answer'),
          },
        },
      },
      '/version': {
        get: {
          operationId: 'getVersion', tags: ['Service'], summary: 'The deployed version', security: publicRoute,
          responses: { 200: body('Version', 'Name and version', { example: { name: packageJson.name, version: packageJson.version } }), ...throttled, ...internal },
        },
      },
      '/': {
        get: {
          operationId: 'home', tags: ['Service'], security: publicRoute,
          summary: 'What this service is: a small page for a browser (Accept: text/html), links as JSON otherwise',
          responses: {
            200: { description: 'HTML or JSON by Accept', content: { 'text/html': { schema: { type: 'string' } }, 'application/json': { schema: { type: 'object' } } } },
            ...throttled, ...internal,
          },
        },
      },
    },
  };
}
