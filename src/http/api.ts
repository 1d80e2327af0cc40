/** Every route of the API, built from its dependencies; Lambda may serve a subset. */
import type { ReportService } from '../service/service.ts';
import { readApi, type ApiConfig } from './read-api.ts';
import { importRoute } from './routes/import-route.ts';
import { writeRoutes } from './routes/write-routes.ts';
import type { Route } from './types.ts';

export { readApi, type ApiConfig } from './read-api.ts';

export const writeApi = (service: ReportService, config: ApiConfig): Route[] => [...writeRoutes(service, config), importRoute(config)];
export const fullApi = (service: ReportService, config: ApiConfig): Route[] =>
  [...writeApi(service, config), ...readApi(service, config)];
