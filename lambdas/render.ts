/**
 * Lambda for the write routes: POST /v1/reports and POST /v1/validate. Its bundle carries core
 * faces; the whole faces (NIANBAO_WHOLE_FACES, cdk/whole-faces.ts) are fetched from S3 by a
 * render that needs them.
 */
import { offerWholeFaces } from '../src/fonts/faces.ts';
import { writeApi } from '../src/http/api.ts';
import { createReportService } from '../src/service/service.ts';
import { s3ObjectReader } from '../src/storage/s3-storage.ts';
import { proxyHandler } from './api-gateway.ts';

export const handler = proxyHandler((deps, { config, s3 }) => {
  const read = s3ObjectReader(s3);
  offerWholeFaces(new Map([...config.wholeFaces].map(([id, location]) => [id, () => read(location)])));
  return createReportService(deps);
}, writeApi);
