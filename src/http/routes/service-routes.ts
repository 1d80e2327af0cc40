/**
 * GET /health (200 while the store answers, 503 otherwise: what a load balancer or uptime
 * check polls) and GET /version (what is deployed). Both public and free of report data.
 */
import packageJson from '../../../package.json' with { type: 'json' };
import type { ReadService } from '../../service/read-service.ts';
import { StorageUnavailableError } from '../../storage/storage.ts';
import * as z from 'zod';
import { json, type Route } from '../types.ts';

export const healthSchema = z.object({ status: z.literal('ok'), store: z.literal('ok') });
export const versionSchema = z.object({ name: z.string(), version: z.string().describe('package.json version of the deployed code') });

export function serviceRoutes(service: Pick<ReadService, 'storeAnswers'>): Route[] {
  const version: z.infer<typeof versionSchema> = { name: packageJson.name, version: packageJson.version };
  return [
    {
      method: 'GET',
      path: '/health',
      async handler() {
        if (!(await service.storeAnswers())) throw new StorageUnavailableError('probe', 'health');
        const healthy: z.infer<typeof healthSchema> = { status: 'ok', store: 'ok' };
        return json(200, healthy);
      },
    },
    { method: 'GET', path: '/version', handler: async () => json(200, version) },
  ];
}
