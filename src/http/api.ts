/** Every route of the API, built from its dependencies; Lambda may serve a subset. */
import type { Config } from '../config.ts';
import type { ReadService } from '../service/read-service.ts';
import type { ReportService } from '../service/service.ts';
import { importRoute } from './routes/import-route.ts';
import { readRoutes } from './routes/read-routes.ts';
import { schemaRoutes } from './routes/schema-routes.ts';
import { writeRoutes } from './routes/write-routes.ts';
import type { Route } from './types.ts';

export type ApiConfig = Pick<Config, 'baseUrl' | 'apiKey' | 'maxBodyBytes'>;

export const writeApi = (service: ReportService, config: ApiConfig): Route[] => [...writeRoutes(service, config), importRoute(config)];
export const readApi = (service: ReadService, config: ApiConfig): Route[] =>
  [...readRoutes(service, config), ...schemaRoutes(config)];
export const fullApi = (service: ReportService, config: ApiConfig): Route[] =>
  [...writeApi(service, config), ...readApi(service, config)];
