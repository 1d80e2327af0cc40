/**
 * The read function's routes. Apart from api.ts so that its bundle holds neither the write
 * routes nor what they load (the render pipeline, the HTML import).
 */
import type { Config } from '../config.ts';
import type { ReadService } from '../service/read-service.ts';
import { homeRoute } from './routes/home-route.ts';
import { readRoutes } from './routes/read-routes.ts';
import { schemaRoutes } from './routes/schema-routes.ts';
import { serviceRoutes } from './routes/service-routes.ts';
import type { Route } from './types.ts';

export type ApiConfig = Pick<Config, 'baseUrl' | 'apiKey' | 'maxBodyBytes'>;

export const readApi = (service: ReadService, config: ApiConfig): Route[] =>
  [homeRoute(config), ...readRoutes(service, config), ...schemaRoutes(config), ...serviceRoutes(service)];
