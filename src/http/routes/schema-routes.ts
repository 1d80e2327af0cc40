/**
 * GET /v1/schema (the same JSON Schema `nianbao schema` prints) and GET /v1/openapi.json,
 * both generated from the zod schemas once.
 */
import { defaultTemplate } from '../../templates.ts';
import { openApiDocument } from '../openapi.ts';
import { json, type Route } from '../types.ts';

export function schemaRoutes(config: { readonly baseUrl: string }): Route[] {
  const inputSchema = json(200, defaultTemplate.jsonSchema(), { 'cache-control': 'public, max-age=300' });
  const openApi = json(200, openApiDocument(config.baseUrl), { 'cache-control': 'public, max-age=300' });
  return [
    { method: 'GET', path: '/v1/schema', handler: async () => inputSchema },
    { method: 'GET', path: '/v1/openapi.json', handler: async () => openApi },
  ];
}
