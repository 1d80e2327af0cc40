/** Lambda for the read routes: manifest, downloads, landing page, listing, schema and OpenAPI. */
import { readApi } from '../src/http/read-api.ts';
import { createReadService } from '../src/service/read-service.ts';
import { proxyHandler } from './api-gateway.ts';

export const handler = proxyHandler(createReadService, readApi);
