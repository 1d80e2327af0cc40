/**
 * The OpenAPI 3.1 document, generated from the zod schemas (input, options, answers):
 * nothing in it is written by hand except paths and descriptions.
 */
import { z } from 'zod';
import packageJson from '../../package.json' with { type: 'json' };
import { formats } from '../render/renderer.ts';
import { reportIdPattern } from '../service/ids.ts';
import { manifestSchema } from '../service/manifest.ts';
import { languages } from '../template.ts';
import { defaultTemplate, templates } from '../templates.ts';
import { listQuery, submitQuery } from './query-options.ts';
import { errorSchema, importedSchema, listingSchema, submittedSchema, validatedSchema } from './responses.ts';
import { formatVersionChoices, importMediaTypes } from './routes/import-route.ts';
import { idempotencyDescription, limitsDescription } from './openapi-notes.ts';
import { gatheringPath } from './routes/write-routes.ts';

const inputName = defaultTemplate.schemaName;
const schema = (s: z.ZodType) => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const body = (name: string, description: string) => ({ description, content: { 'application/json': { schema: ref(name) } } });
const error = (description: string) => body('Error', description);

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

const idempotencyKeyParameter = { name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 255 } };
const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: reportIdPattern.source } };
const apiKey = [{ apiKey: [] }];
const writeErrors = {
  400: error('Not JSON, or a bad parameter'), 401: error('No API key'), 403: error('Wrong API key'),
  413: error('Body over the limit'), 415: error('Not application/json'),
};

/** Each kind compiled from stored reports (the aggregate): its request, and its POST /v1/<kind>s. */
const gathering = Object.values(templates).flatMap((t) => (t.gathers === undefined ? [] : [{ kind: t.kind, name: `${t.schemaName}Request`, request: t.gathers.request }]));

function gatheringPaths() {
  return Object.fromEntries(gathering.map((g) => [gatheringPath(g.kind), {
    post: {
      summary: `Compile a ${g.kind} from stored reports (read back with bounded concurrency), render and store it`,
      security: apiKey,
      parameters: [...queryParameters(submitQuery), idempotencyKeyParameter],
      requestBody: { required: true, content: { 'application/json': { schema: ref(g.name) } } },
      responses: {
        201: body('Submitted', 'Stored; links, SHA-256 and findings'), ...writeErrors,
        409: error('Idempotency-Key reused for another request'),
        422: error('Every finding: an unknown report id, members of different years or format versions, failed checks'),
        503: error('Storage unavailable; retry after Retry-After seconds'),
      },
    },
  }]));
}

export function openApiDocument(baseUrl: string) {
  return {
    openapi: '3.1.0',
    info: { title: 'nianbao', version: packageJson.version, description: packageJson.description },
    servers: [{ url: baseUrl }],
    components: {
      securitySchemes: { apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' } },
      schemas: {
        ...inputComponents(),
        Manifest: schema(manifestSchema),
        Submitted: schema(submittedSchema),
        Validated: schema(validatedSchema),
        Listing: schema(listingSchema),
        Imported: importedComponent(),
        Error: schema(errorSchema),
        ...Object.fromEntries(gathering.map((g) => [g.name, schema(g.request)])),
      },
    },
    paths: {
      '/v1/reports': {
        post: {
          summary: 'Validate, render and store a report',
          description: `${limitsDescription}\n\n${idempotencyDescription}`,
          security: apiKey,
          parameters: [...queryParameters(submitQuery), idempotencyKeyParameter],
          requestBody: { required: true, content: { 'application/json': { schema: ref(inputName) } } },
          responses: {
            201: body('Submitted', 'Stored; links, SHA-256 and findings'), ...writeErrors,
            409: error('Idempotency-Key in use by a request in progress (idempotency_in_progress, with Retry-After) or spent on another request (idempotency_conflict)'),
            422: error('Every finding'),
            503: error('Storage unavailable; retry after Retry-After seconds'),
          },
        },
        get: {
          summary: 'Staff listing, newest first',
          security: apiKey,
          parameters: queryParameters(listQuery),
          responses: { 200: body('Listing', 'Reports of the agency'), 400: error('Bad parameter'), 401: error('No API key'), 403: error('Wrong API key') },
        },
      },
      '/v1/validate': {
        post: {
          summary: 'The checks a render applies (schema, cross-checks, font coverage); nothing is stored',
          description: limitsDescription,
          security: apiKey,
          requestBody: { required: true, content: { 'application/json': { schema: ref(inputName) } } },
          responses: { 200: body('Validated', 'Valid'), 422: body('Validated', 'Every finding'), ...writeErrors },
        },
      },
      '/v1/imports': {
        post: {
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
            400: error('Bad formatVersion'), 415: error('Not text/plain or text/html'),
            422: error('The page cannot be read as a report (empty, not text, no title)'),
          },
        },
      },
      ...gatheringPaths(),
      '/v1/reports/{id}': {
        get: { summary: 'The manifest', parameters: [idParameter], responses: { 200: body('Manifest', 'The manifest'), 404: error('Unknown id') } },
      },
      '/v1/reports/{id}/{format}': {
        get: {
          summary: 'Short-lived redirect to the stored file',
          parameters: [idParameter, { name: 'format', in: 'path', required: true, schema: { enum: [...formats] } }],
          responses: { 302: { description: 'Redirect to a presigned URL' }, 404: error('Unknown id or format') },
        },
      },
      '/r/{id}': {
        get: {
          summary: 'The landing page the QR code leads to',
          parameters: [idParameter, { name: 'lang', in: 'query', required: false, schema: { enum: [...languages] } }],
          responses: { 200: { description: 'HTML', content: { 'text/html': {} } }, 404: { description: 'Unknown or malformed id: a bilingual HTML page', content: { 'text/html': {} } } },
        },
      },
      '/v1/schema': { get: { summary: 'JSON Schema of the input', responses: { 200: { description: 'JSON Schema' } } } },
      '/v1/openapi.json': { get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } } },
    },
  };
}
